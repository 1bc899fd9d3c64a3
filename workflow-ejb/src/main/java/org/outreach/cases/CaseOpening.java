package org.outreach.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
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

  /**
   * Opens a case that belongs to no registered person (the demo, a walk-in before registration).
   */
  public OpenedCase openCase() {
    return open(
        new OutreachCase(UUID.randomUUID(), CaseReference.random(), OffsetDateTime.now(clock)));
  }

  /**
   * Opens the case of a registered person and starts its outreach.
   *
   * @throws CaseAlreadyOpenException if the person has a case already
   */
  public OpenedCase openCaseFor(UUID personId) {
    Objects.requireNonNull(personId, "personId");
    long existing =
        entityManager
            .createQuery(
                "SELECT COUNT(c) FROM OutreachCase c WHERE c.personId = :person", Long.class)
            .setParameter("person", personId)
            .getSingleResult();
    if (existing > 0) {
      throw new CaseAlreadyOpenException(personId);
    }
    return open(
        new OutreachCase(
            UUID.randomUUID(), CaseReference.random(), personId, OffsetDateTime.now(clock)));
  }

  private OpenedCase open(OutreachCase outreachCase) {
    entityManager.persist(outreachCase);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            OutreachProcess.PROCESS_KEY,
            outreachCase.id().toString(),
            Map.of(OutreachProcess.VAR_CASE_ID, outreachCase.id().toString()));
    outreachCase.runBy(instance.getId());

    LOG.fine(() -> "Opened case " + outreachCase.id());
    return new OpenedCase(outreachCase.id(), outreachCase.reference(), instance.getId());
  }
}
