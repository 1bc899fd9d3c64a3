package org.outreach.caseview;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseReference;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.UnknownCaseException;
import org.outreach.caseview.InvalidCaseSearchException.Rule;
import org.outreach.documents.CaseDocuments;
import org.outreach.registry.InvalidPersonException;
import org.outreach.registry.PersonPart;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.PersonView;
import org.outreach.tasks.CaseTasks;
import org.outreach.users.UserDirectory;

/**
 * Finds and opens cases for the case view. A caseworker opens the cases their teams have or had a
 * task on, supervisors and administrators every case; any other case answers exactly like one that
 * does not exist ({@link CaseAccess}). Opening a case reads the person's record (the parts the
 * reader's role may see, {@code READ_PERSON}) and the timeline's decrypted notes and values ({@code
 * READ_CASE_TIMELINE}), both audited with the purpose the reader stated.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class CaseDesk {

  /** What a caseworker sees of the person on the case view: enough to work the case. */
  static final Set<PersonPart> CASEWORKER_PARTS =
      EnumSet.of(
          PersonPart.NAMES,
          PersonPart.DATE_OF_BIRTH,
          PersonPart.LANGUAGES,
          PersonPart.CUSTODY_FACTS,
          PersonPart.SAFE_CONTACT_POINTS,
          PersonPart.ATTORNEY);

  /** What a supervisor sees: the whole record, the risk note and unsafe contact points included. */
  static final Set<PersonPart> SUPERVISOR_PARTS = EnumSet.allOf(PersonPart.class);

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;
  @Inject private PersonRegistry registry;
  @Inject private CaseDocuments documents;
  @Inject private CaseTasks tasks;
  @Inject private CaseDiagrams diagrams;
  @Inject private UserDirectory users;
  @Inject @Any private Instance<CaseTimelineSource> sources;

  /** A case a search found: its id, and the reference to open it by. */
  public record FoundCase(UUID id, String reference) {}

  /**
   * The case a reference or an A-number names, for a reader who may open it. A search by A-number
   * is a search of the registry, audited with {@code purpose}; a reference names no person.
   *
   * @throws InvalidCaseSearchException if nothing was typed, or neither a reference nor an A-number
   * @throws UnknownCaseException if no case matches or the reader may not open it
   */
  public FoundCase find(String typed, AccessPurpose purpose) {
    if (purpose == null || !AccessPurpose.statedByPeople().contains(purpose)) {
      throw new InvalidCaseSearchException(Rule.PURPOSE);
    }
    if (typed == null || typed.isBlank()) {
      throw new InvalidCaseSearchException(Rule.REQUIRED);
    }
    Optional<CaseReference> reference = CaseReference.parse(typed.strip());
    Optional<CaseSummary> found;
    if (reference.isPresent()) {
      found = cases.findByReference(reference.get());
    } else {
      Optional<UUID> person;
      try {
        person = registry.idByANumber(typed.strip(), purpose);
      } catch (InvalidPersonException e) {
        throw new InvalidCaseSearchException(Rule.NOT_A_REFERENCE_OR_A_NUMBER);
      }
      found = person.flatMap(cases::findByPerson);
    }
    UUID caseId = found.map(CaseSummary::id).orElse(null);
    caseAccess.requireVisible(caseId);
    return new FoundCase(caseId, found.get().reference());
  }

  /**
   * The case as its reader may see it.
   *
   * @throws UnknownCaseException if there is no such case or the reader may not open it
   * @throws InvalidCaseSearchException if the purpose is not one a person may state
   */
  public CaseFile open(UUID caseId, AccessPurpose purpose) {
    if (purpose == null || !AccessPurpose.statedByPeople().contains(purpose)) {
      throw new InvalidCaseSearchException(Rule.PURPOSE);
    }
    caseAccess.requireVisible(caseId);
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    Optional<UUID> personId = cases.personOf(caseId);
    Set<PersonPart> parts = supervises() ? SUPERVISOR_PARTS : CASEWORKER_PARTS;
    Instant erasedAt = personId.flatMap(registry::erasedAt).orElse(null);
    Optional<PersonView> person =
        erasedAt != null
            ? Optional.empty()
            : personId.map(id -> registry.readParts(caseId, id, parts, purpose, null));

    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseTimelineSource source : sources) {
      entries.addAll(source.entriesFor(caseId));
    }
    entityManager.persist(
        AuditEvent.onCaseRecord(
            caller(),
            personId.orElse(null),
            caseId,
            AuditAction.READ_CASE_TIMELINE,
            purpose,
            null));

    Map<String, String> names = new HashMap<>();
    List<TimelineEntry> timeline =
        entries.stream()
            .sorted(Comparator.comparing(TimelineEntry::at).reversed())
            .map(
                entry ->
                    new TimelineEntry(
                        entry.at(), entry.kind(), displayName(names, entry.actor()), entry.facts()))
            .toList();
    List<CaseFile.OpenTask> open =
        tasks.openTasksOf(caseId).stream()
            .map(
                task ->
                    new CaseFile.OpenTask(
                        task.id(),
                        task.taskKey(),
                        task.assignee() == null ? null : displayName(names, task.assignee()),
                        task.created(),
                        task.due()))
            .toList();
    return new CaseFile(
        summary, person, erasedAt, timeline, open, documents.list(caseId), diagrams.of(caseId));
  }

  private String displayName(Map<String, String> names, String username) {
    if (username == null || AuditEvent.SYSTEM.equals(username)) {
      return null;
    }
    return names.computeIfAbsent(username, name -> users.displayNameOf(name).orElse(name));
  }

  private boolean supervises() {
    return session.isCallerInRole("supervisor") || session.isCallerInRole("admin");
  }

  private String caller() {
    return Objects.requireNonNull(session.getCallerPrincipal().getName(), "caller");
  }
}
