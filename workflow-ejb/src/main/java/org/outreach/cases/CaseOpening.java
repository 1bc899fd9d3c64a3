package org.outreach.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.outreach.processes.OutreachProcess;

/**
 * Opens a case and starts its outreach process in one transaction: if either fails, neither exists.
 * The process learns the case id and nothing else.
 */
@RolesAllowed({"supervisor", "admin"})
@Stateless
public class CaseOpening {

  private static final Logger LOG = Logger.getLogger(CaseOpening.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private RuntimeService runtimeService;

  private final Clock clock = Clock.systemUTC();

  public OpenedCase openCase() {
    OutreachCase outreachCase =
        new OutreachCase(UUID.randomUUID(), CaseReference.random(), OffsetDateTime.now(clock));
    entityManager.persist(outreachCase);

    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            OutreachProcess.PROCESS_KEY,
            outreachCase.id().toString(),
            Map.of(OutreachProcess.VAR_CASE_ID, outreachCase.id().toString()));
    outreachCase.runBy(instance.getId());

    LOG.info(() -> "Opened case " + outreachCase.id());
    return new OpenedCase(outreachCase.id(), outreachCase.reference(), instance.getId());
  }
}
