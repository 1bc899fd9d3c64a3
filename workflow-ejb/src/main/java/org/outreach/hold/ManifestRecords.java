package org.outreach.hold;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.access.SystemService;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.RemovalHoldState;
import org.outreach.correlation.CaseEvents;
import org.outreach.registry.PersonRegistry;

/**
 * Checks a valid manifest against the registry and the holds, and records what it found, in one
 * transaction ({@link RemovalManifests} makes it again if it meets a process changing at the same
 * moment). Only {@link RemovalManifests} calls it, with rows it checked.
 */
@Stateless
@SystemService
@RolesAllowed({"removal-office", "supervisor", "admin"})
public class ManifestRecords {

  private static final Logger LOG = Logger.getLogger(ManifestRecords.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private PersonRegistry registry;
  @Inject private CaseRecords cases;
  @Inject private CaseEvents caseEvents;
  @Resource private SessionContext session;

  public ManifestAnswer record(List<CheckedRemoval> checked) {
    Map<String, UUID> people =
        registry.idsByANumbers(checked.stream().map(CheckedRemoval::aNumber).distinct().toList());
    Map<UUID, List<CaseSummary>> casesOfPeople = cases.findByPeople(people.values());
    Set<Reported> reportedBefore = reportedBefore(people.values());
    String reporter = session.getCallerPrincipal().getName();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Set<UUID> audited = new HashSet<>();
    List<ManifestAnswer.Row> answers = new ArrayList<>(checked.size());
    int told = 0;
    for (CheckedRemoval removal : checked) {
      UUID personId = people.get(removal.aNumber());
      if (personId == null) {
        answers.add(new ManifestAnswer.Row(removal.row(), false));
        continue;
      }
      List<CaseSummary> personCases = casesOfPeople.getOrDefault(personId, List.of());
      boolean held =
          personCases.isEmpty()
              || personCases.stream().anyMatch(c -> c.removalHoldState() != RemovalHoldState.ENDED);
      answers.add(new ManifestAnswer.Row(removal.row(), held));
      UUID caseId = personCases.isEmpty() ? null : personCases.get(0).id();
      if (audited.add(personId)) {
        entityManager.persist(
            caseId == null
                ? AuditEvent.onPerson(
                    reporter,
                    personId,
                    AuditAction.CHECK_REMOVAL_MANIFEST,
                    AccessPurpose.REMOVAL_CHECK)
                : AuditEvent.onPersonOfCase(
                    reporter,
                    personId,
                    caseId,
                    AuditAction.CHECK_REMOVAL_MANIFEST,
                    AccessPurpose.REMOVAL_CHECK));
      }
      if (!reportedBefore.add(new Reported(personId, removal.scheduledFor()))) {
        continue;
      }
      entityManager.persist(
          new ReportedRemoval(personId, caseId, removal.scheduledFor(), held, reporter, now));
      for (CaseSummary personCase : personCases) {
        if (personCase.removalHoldState() == RemovalHoldState.IN_PLACE
            && caseEvents.removalScheduled(
                personCase.id(), removal.scheduledFor().atStartOfDay(ZoneOffset.UTC).toInstant())) {
          told++;
        }
      }
    }
    ManifestAnswer answer = new ManifestAnswer(answers);
    int processesTold = told;
    LOG.info(
        () ->
            "Removal manifest of "
                + checked.size()
                + " row(s) checked by "
                + reporter
                + ": "
                + answer.held()
                + " held, "
                + processesTold
                + " process(es) told of a removal during their hold");
    return answer;
  }

  private record Reported(UUID personId, LocalDate scheduledFor) {}

  private Set<Reported> reportedBefore(Collection<UUID> personIds) {
    Set<Reported> reported = new HashSet<>();
    if (personIds.isEmpty()) {
      return reported;
    }
    entityManager
        .createNamedQuery("ReportedRemoval.findByPeople", ReportedRemoval.class)
        .setParameter("personIds", personIds)
        .getResultStream()
        .forEach(r -> reported.add(new Reported(r.personId(), r.scheduledFor())));
    return reported;
  }
}
