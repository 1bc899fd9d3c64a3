package org.outreach.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which imports have a bulk start running in this server, so one import never has two at once. Held
 * in memory on purpose: after a restart nothing is running, and a retry may resume.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StartRuns {

  private final Set<UUID> running = ConcurrentHashMap.newKeySet();

  public boolean begin(UUID importId) {
    return running.add(importId);
  }

  public void end(UUID importId) {
    running.remove(importId);
  }

  public boolean isRunning(UUID importId) {
    return running.contains(importId);
  }
}
