package org.outreach.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.outreach.engine.ProcessEngineBootstrap;
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

  @Inject private ProcessEngineBootstrap engine;

  private final Clock clock = Clock.systemUTC();

  /**
   * Opens a case that belongs to no registered person (the demo, a walk-in before registration).
   */
  public OpenedCase openCase() {
    return open(
        outreachDefinition(),
        new OutreachCase(UUID.randomUUID(), CaseReference.random(), OffsetDateTime.now(clock)));
  }

  /**
   * Opens the case of a registered person and starts its outreach.
   *
   * @throws CaseAlreadyOpenException if the person has a case already
   */
  public OpenedCase openCaseFor(UUID personId) {
    Objects.requireNonNull(personId, "personId");
    return openCasesFor(List.of(personId)).get(0);
  }

  /**
   * Opens the cases of several registered people and starts their outreach, in the caller's
   * transaction: all of them, or (on an exception) none. One query checks that none of them has a
   * case yet, so a chunk of a bulk start costs one round trip more than its inserts.
   *
   * @return the opened cases, in the order of {@code personIds}
   * @throws CaseAlreadyOpenException if one of them has a case already (it names the first found)
   * @throws IllegalArgumentException if a person is listed twice
   */
  public List<OpenedCase> openCasesFor(List<UUID> personIds) {
    Objects.requireNonNull(personIds, "personIds");
    LinkedHashSet<UUID> people = new LinkedHashSet<>(personIds);
    if (people.contains(null)) {
      throw new NullPointerException("personIds holds null");
    }
    if (people.size() != personIds.size()) {
      throw new IllegalArgumentException("A person is listed twice");
    }
    if (people.isEmpty()) {
      return List.of();
    }
    List<UUID> withCase =
        entityManager
            .createQuery(
                "SELECT c.personId FROM OutreachCase c WHERE c.personId IN :people", UUID.class)
            .setParameter("people", people)
            .setMaxResults(1)
            .getResultList();
    if (!withCase.isEmpty()) {
      throw new CaseAlreadyOpenException(withCase.get(0));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String definitionId = outreachDefinition();
    List<OpenedCase> opened = new ArrayList<>(people.size());
    for (UUID personId : people) {
      opened.add(
          open(
              definitionId,
              new OutreachCase(UUID.randomUUID(), CaseReference.random(), personId, now)));
    }
    return opened;
  }

  /**
   * The outreach process is started by the id of the version deployed at boot: no query for the
   * latest version per start.
   */
  private String outreachDefinition() {
    return engine.deployedDefinitionId(OutreachProcess.PROCESS_KEY);
  }

  private OpenedCase open(String definitionId, OutreachCase outreachCase) {
    // the first step waits for the job executor, so the case row may follow the process in the same
    // transaction: one insert, no update for the process id
    ProcessInstance instance =
        runtimeService.startProcessInstanceById(
            definitionId,
            outreachCase.id().toString(),
            Map.of(OutreachProcess.VAR_CASE_ID, outreachCase.id().toString()));
    outreachCase.runBy(instance.getId());
    entityManager.persist(outreachCase);

    LOG.fine(() -> "Opened case " + outreachCase.id());
    return new OpenedCase(outreachCase.id(), outreachCase.reference(), instance.getId());
  }
}
