package org.outreach.it.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/** The caller's name as the services see it, to compare with what they record. */
@Stateless
@PermitAll
public class Caller {

  @Resource private SessionContext session;

  public String name() {
    return session.getCallerPrincipal().getName();
  }
}
