package org.outreach.access;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The identity of the server's own work: the engine's jobs run through {@link #run}, and the timers
 * and the public notice page call out under the same role ({@code @RunAs(SystemIdentity.ROLE)}).
 * The {@link SystemService system services} admit this role and the staff roles whose services call
 * them, and refuse a caller without identity, so no door that lacks a login can reach them even if
 * one is added by mistake. Reachable only from inside the server: the web layer may not use it (it
 * is a system service itself).
 */
@Stateless
@SystemService
@PermitAll
@RunAs(SystemIdentity.ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemIdentity {

  /** The role of the server's own work; no account has it. */
  public static final String ROLE = "system";

  /** Runs the work with the system's role; the work manages its own transactions. */
  public void run(Runnable work) {
    work.run();
  }
}
