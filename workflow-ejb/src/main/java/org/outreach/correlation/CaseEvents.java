package org.outreach.correlation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.processes.ProcessMessages;
import org.outreach.registry.CustodyStatus;

/**
 * Tells a case's processes what happened. Each method returns whether a process was waiting for it:
 * a process that is not (yet, or any more) waiting reads the registry's facts when it gets there,
 * so nothing is lost. Runs in the caller's transaction: if the change that caused the event rolls
 * back, so does the correlation.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class CaseEvents {

  private static final Logger LOG = Logger.getLogger(CaseEvents.class.getName());

  @Inject private RuntimeService runtimeService;

  public boolean custodyStatusChanged(UUID caseId, CustodyStatus status) {
    Objects.requireNonNull(status, "status");
    return correlate(
        ProcessMessages.CUSTODY_STATUS_CHANGED,
        caseId,
        Map.of(ProcessMessages.VAR_CUSTODY_STATUS, status.name()));
  }

  public boolean removalScheduled(UUID caseId, Instant scheduledFor) {
    Objects.requireNonNull(scheduledFor, "scheduledFor");
    return correlate(
        ProcessMessages.REMOVAL_SCHEDULED,
        caseId,
        Map.of(ProcessMessages.VAR_REMOVAL_SCHEDULED_FOR, Date.from(scheduledFor)));
  }

  public boolean noticeAcknowledged(UUID caseId) {
    return correlate(ProcessMessages.NOTICE_ACKNOWLEDGED, caseId, Map.of());
  }

  public boolean noticeReturned(UUID caseId) {
    return correlate(ProcessMessages.NOTICE_RETURNED, caseId, Map.of());
  }

  private boolean correlate(String message, UUID caseId, Map<String, Object> variables) {
    Objects.requireNonNull(caseId, "caseId");
    int delivered =
        runtimeService
            .createMessageCorrelation(message)
            .processInstanceBusinessKey(caseId.toString())
            .setVariables(variables)
            .correlateAllWithResult()
            .size();
    LOG.fine(() -> message + " for case " + caseId + " reached " + delivered + " execution(s)");
    return delivered > 0;
  }
}
