package org.outreach.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;
import org.outreach.registry.PersonChange.Part;

/**
 * The only door to affected people's records. Encrypts every personal field before it is stored,
 * finds people through blind indexes, and writes an audit event in the same transaction as every
 * read and change, so a read whose audit fails does not happen.
 */
@Stateless
public class PersonRegistry {

  private static final Logger LOG = Logger.getLogger(PersonRegistry.class.getName());

  /** Bounds the IN lists of batched lookups (PostgreSQL allows 32,767 parameters). */
  static final int LOOKUP_CHUNK = 1000;

  /** A search returns at most this many records: a broader one must be narrowed. */
  public static final int MAX_SEARCH_RESULTS = 50;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private BlindIndex blindIndex;
  @Resource private SessionContext session;

  private PersonSealing sealing;

  @PostConstruct
  void init() {
    sealing = new PersonSealing(cipher, blindIndex);
  }

  /**
   * Registers a person and returns the new id.
   *
   * @throws InvalidPersonException naming the field and rule, never a value; also when a person
   *     with the same A-number (in any spelling) is registered already
   */
  @RolesAllowed("admin")
  public UUID register(NewAffectedPerson person) {
    return registerAll(List.of(person)).get(0);
  }

  /**
   * Registers people in one transaction and returns their ids in the same order: one query for the
   * duplicate check, inserts batched by the persistence unit. All or none.
   *
   * @throws InvalidPersonException naming the position (when more than one), field and rule; also
   *     for an A-number registered already or given twice
   */
  // the import, open to supervisors as well as administrators, registers and updates through here
  @RolesAllowed({"admin", "supervisor"})
  public List<UUID> registerAll(List<NewAffectedPerson> people) {
    Objects.requireNonNull(people, "people");
    List<NewAffectedPerson> valid = new ArrayList<>(people.size());
    Map<String, Integer> positionByIndex = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      NewAffectedPerson checked = validated(people.get(i), people.size() == 1 ? null : i);
      String index = blindIndex.aNumber(checked.aNumber());
      if (positionByIndex.putIfAbsent(index, i) != null) {
        throw new InvalidPersonException(
            at(i, people.size()) + "aNumber: the same A-number is given twice");
      }
      valid.add(checked);
    }
    Map<String, UUID> registered = idsByIndexes(positionByIndex.keySet());
    if (!registered.isEmpty()) {
      int first = registered.keySet().stream().mapToInt(positionByIndex::get).min().orElseThrow();
      throw new InvalidPersonException(
          at(first, people.size()) + "aNumber: a person with this A-number is registered already");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String actor = caller();
    List<UUID> ids = new ArrayList<>(valid.size());
    for (NewAffectedPerson person : valid) {
      UUID id = UUID.randomUUID();
      AffectedPerson stored =
          new AffectedPerson(id, sealing.identity(id, person), person.custodyStatus(), now);
      stored.custody(person.custodyStatus(), sealing.custody(id, person.custodyFacts()));
      stored.attorney(sealing.attorney(id, person.attorney()));
      stored.riskNotes(
          person.riskNotes().disclosedToGovernment(),
          sealing.riskNote(id, person.riskNotes().note()));
      stored.noticeLanguage(NoticeLanguage.of(person.preferredLanguages()));
      stored.exposure(person.exposure());
      int position = 0;
      for (ContactPoint contactPoint : person.contactPoints()) {
        stored.addContactPoint(sealing.contactPoint(stored, position++, contactPoint));
      }
      entityManager.persist(stored);
      entityManager.persist(
          AuditEvent.onPerson(actor, id, AuditAction.CREATE_PERSON, AccessPurpose.REGISTRATION));
      ids.add(id);
    }
    if (ids.size() == 1) {
      LOG.info(() -> "Registered affected person " + ids.get(0));
    } else {
      LOG.info(() -> "Registered " + ids.size() + " affected people");
    }
    return ids;
  }

  /**
   * The ids of the people registered under these A-numbers, keyed by the A-number as given; the
   * ones not registered are left out. Goes through the blind index only: nothing is decrypted, so
   * this is not a read of anyone's record.
   *
   * @throws InvalidPersonException naming the position of an entry that is not an A-number
   */
  // the import, open to supervisors as well as administrators, registers and updates through here
  @RolesAllowed({"admin", "supervisor", "removal-office"})
  public Map<String, UUID> idsByANumbers(Collection<String> aNumbers) {
    Objects.requireNonNull(aNumbers, "aNumbers");
    Map<String, List<String>> givenByIndex = new LinkedHashMap<>();
    int position = 0;
    for (String aNumber : aNumbers) {
      String normalised;
      try {
        normalised = PersonRules.aNumber(aNumber);
      } catch (InvalidPersonException e) {
        throw new InvalidPersonException("aNumbers[" + position + "]: " + e.getMessage());
      }
      givenByIndex
          .computeIfAbsent(blindIndex.aNumber(normalised), key -> new ArrayList<>())
          .add(aNumber);
      position++;
    }
    Map<String, UUID> ids = new LinkedHashMap<>();
    idsByIndexes(givenByIndex.keySet())
        .forEach((index, id) -> givenByIndex.get(index).forEach(given -> ids.put(given, id)));
    return ids;
  }

  private Map<String, UUID> idsByIndexes(Collection<String> indexes) {
    Map<String, UUID> ids = new HashMap<>();
    List<String> all = new ArrayList<>(indexes);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      entityManager
          .createNamedQuery("AffectedPerson.idsByANumberIndexes", Object[].class)
          .setParameter("indexes", chunk)
          .getResultList()
          .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
    }
    return ids;
  }

  /**
   * Updates a registered person from a newer list (a re-import) and says what changed. Identity,
   * custody status and custody facts take the new values. Contact points are merged: a new one is
   * added, a known one (same kind and value) takes the new source, date and safe-to-contact flag,
   * none is ever removed (mark it unsafe instead). The attorney is replaced when one is given and
   * kept when none is. The risk note is replaced when one is given; disclosure to a government,
   * once recorded, stays. The exposure (which fields of the published file held the person) is
   * replaced when one is given and kept when none is. A change writes one audit event; no change
   * writes nothing.
   *
   * @throws UnknownPersonException if no person has this id
   * @throws InvalidPersonException naming field and rule; also when the new A-number belongs to
   *     another person
   */
  // the import, open to supervisors as well as administrators, registers and updates through here
  @RolesAllowed({"admin", "supervisor"})
  public PersonChange update(UUID personId, NewAffectedPerson person) {
    Objects.requireNonNull(personId, "personId");
    AffectedPerson stored = entityManager.find(AffectedPerson.class, personId);
    if (stored == null) {
      throw new UnknownPersonException(personId);
    }
    NewAffectedPerson valid = validated(person, null);
    String aNumberIndex = blindIndex.aNumber(valid.aNumber());
    if (!aNumberIndex.equals(stored.aNumberIndex())) {
      UUID other = idsByIndexes(List.of(aNumberIndex)).get(aNumberIndex);
      if (other != null && !other.equals(personId)) {
        throw new InvalidPersonException(
            "aNumber: a person with this A-number is registered already");
      }
    }
    OutreachFacts factsBefore = stored.outreachFacts();
    PersonView old = sealing.view(stored);
    Set<Part> parts = EnumSet.noneOf(Part.class);

    if (!old.familyName().equals(valid.familyName())
        || !old.givenNames().equals(valid.givenNames())
        || !old.alternateNames().equals(valid.alternateNames())) {
      parts.add(Part.NAMES);
    }
    if (!old.dateOfBirth().equals(valid.dateOfBirth())) {
      parts.add(Part.DATE_OF_BIRTH);
    }
    if (!old.nationality().equals(valid.nationality())) {
      parts.add(Part.NATIONALITY);
    }
    if (!old.aNumber().equals(valid.aNumber())) {
      parts.add(Part.A_NUMBER);
    }
    if (!old.preferredLanguages().equals(valid.preferredLanguages())) {
      parts.add(Part.PREFERRED_LANGUAGES);
    }
    if (!parts.isEmpty()) {
      stored.identity(sealing.identity(personId, valid));
      stored.noticeLanguage(NoticeLanguage.of(valid.preferredLanguages()));
    }

    if (old.custodyStatus() != valid.custodyStatus()) {
      parts.add(Part.CUSTODY_STATUS);
    }
    if (!old.custodyFacts().equals(valid.custodyFacts())) {
      parts.add(Part.CUSTODY_FACTS);
    }
    if (parts.contains(Part.CUSTODY_STATUS) || parts.contains(Part.CUSTODY_FACTS)) {
      stored.custody(valid.custodyStatus(), sealing.custody(personId, valid.custodyFacts()));
    }

    if (valid.attorney() != null && !valid.attorney().equals(old.attorney())) {
      parts.add(Part.ATTORNEY);
      stored.attorney(sealing.attorney(personId, valid.attorney()));
    }

    boolean disclosed =
        old.riskNotes().disclosedToGovernment() || valid.riskNotes().disclosedToGovernment();
    String note =
        valid.riskNotes().note() != null ? valid.riskNotes().note() : old.riskNotes().note();
    if (disclosed != old.riskNotes().disclosedToGovernment()
        || !Objects.equals(note, old.riskNotes().note())) {
      parts.add(Part.RISK_NOTES);
      stored.riskNotes(disclosed, sealing.riskNote(personId, note));
    }

    if (stored.exposure(valid.exposure())) {
      parts.add(Part.EXPOSURE);
    }

    int added = 0;
    int changed = 0;
    Map<String, Integer> knownByKey = new HashMap<>();
    for (int i = 0; i < old.contactPoints().size(); i++) {
      knownByKey.putIfAbsent(contactKey(old.contactPoints().get(i)), i);
    }
    Set<String> seen = new HashSet<>();
    int nextPosition =
        stored.contactPoints().stream().mapToInt(PersonContactPoint::position).max().orElse(-1) + 1;
    for (ContactPoint contactPoint : valid.contactPoints()) {
      String key = contactKey(contactPoint);
      if (!seen.add(key)) {
        continue;
      }
      Integer known = knownByKey.get(key);
      if (known == null) {
        stored.addContactPoint(sealing.contactPoint(stored, nextPosition++, contactPoint));
        added++;
      } else {
        ContactPoint before = old.contactPoints().get(known);
        if (!Objects.equals(before.source(), contactPoint.source())
            || !Objects.equals(before.asOf(), contactPoint.asOf())
            || before.safeToContact() != contactPoint.safeToContact()) {
          sealing.refresh(stored.contactPoints().get(known), contactPoint);
          changed++;
        }
      }
    }
    if (added + changed > 0) {
      parts.add(Part.CONTACT_POINTS);
    }

    PersonChange change =
        new PersonChange(
            personId,
            parts,
            old.custodyStatus(),
            valid.custodyStatus(),
            added,
            changed,
            !factsBefore.equals(stored.outreachFacts()));
    if (change.changed()) {
      stored.changed(OffsetDateTime.now(ZoneOffset.UTC));
      entityManager.persist(
          AuditEvent.onPerson(
              caller(), personId, AuditAction.CHANGE_PERSON, AccessPurpose.REGISTRATION));
      LOG.info(() -> "Updated affected person " + personId + ": " + change.parts());
    }
    return change;
  }

  /**
   * Adds one contact point to a person's record, such as a number a caseworker found while looking
   * for them; a contact point the record holds already (in any spelling) takes the new source, date
   * and safe-to-contact flag instead. Open to caseworkers: the caller must have checked that they
   * may see the case ({@code CaseAccess}). Written with one {@code CHANGE_PERSON} event naming the
   * case and the reason (such as the task).
   *
   * @throws UnknownPersonException if no person has this id
   * @throws InvalidPersonException naming field and rule (see {@link
   *     PersonRules#contactPointProblems}), or when the record holds the most contact points it may
   */
  @RolesAllowed({"caseworker", "supervisor", "admin"})
  public PersonChange addContactPoint(
      UUID caseId, UUID personId, ContactPoint contactPoint, AccessPurpose purpose, String reason) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(contactPoint, "contactPoint");
    Objects.requireNonNull(purpose, "purpose");
    AffectedPerson stored = find(personId);
    ContactPoint valid = PersonRules.validatedContactPoint(contactPoint, Clock.systemUTC());
    OutreachFacts factsBefore = stored.outreachFacts();
    List<ContactPoint> known =
        sealing.view(stored, EnumSet.of(PersonPart.ALL_CONTACT_POINTS)).contactPoints();
    String key = contactKey(valid);
    int added = 0;
    int changed = 0;
    int index = -1;
    for (int i = 0; i < known.size(); i++) {
      if (contactKey(known.get(i)).equals(key)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      if (stored.contactPoints().size() >= PersonRules.MAX_CONTACT_POINTS) {
        throw new InvalidPersonException(
            "contactPoints: at most " + PersonRules.MAX_CONTACT_POINTS + " contact points");
      }
      int nextPosition =
          stored.contactPoints().stream().mapToInt(PersonContactPoint::position).max().orElse(-1)
              + 1;
      stored.addContactPoint(sealing.contactPoint(stored, nextPosition, valid));
      added = 1;
    } else {
      ContactPoint before = known.get(index);
      if (!Objects.equals(before.source(), valid.source())
          || !Objects.equals(before.asOf(), valid.asOf())
          || before.safeToContact() != valid.safeToContact()) {
        sealing.refresh(stored.contactPoints().get(index), valid);
        changed = 1;
      }
    }
    CustodyStatus custody = stored.outreachFacts().custodyStatus();
    PersonChange change =
        new PersonChange(
            personId,
            added + changed > 0 ? EnumSet.of(PersonChange.Part.CONTACT_POINTS) : Set.of(),
            custody,
            custody,
            added,
            changed,
            !factsBefore.equals(stored.outreachFacts()));
    if (change.changed()) {
      stored.changed(OffsetDateTime.now(ZoneOffset.UTC));
      entityManager.persist(
          AuditEvent.onPersonOfCase(
              caller(), personId, caseId, AuditAction.CHANGE_PERSON, purpose, reason));
      LOG.info(
          () ->
              "Contact point ("
                  + valid.kind()
                  + ", safe="
                  + valid.safeToContact()
                  + ") "
                  + (change.contactPointsAdded() > 0 ? "added to" : "refreshed on")
                  + " affected person "
                  + personId);
    }
    return change;
  }

  /** The same contact point in another spelling: emails ignore case, all ignore outer spaces. */
  private static String contactKey(ContactPoint contactPoint) {
    String value = contactPoint.value() == null ? "" : contactPoint.value().strip();
    value = value.replaceAll("\\s+", " ");
    if (contactPoint.kind() == ContactKind.EMAIL) {
      value = value.toLowerCase(Locale.ROOT);
    }
    return contactPoint.kind() + ":" + value;
  }

  /**
   * Reads a person's record for a stated purpose, and records that read.
   *
   * @throws UnknownPersonException if no person has this id
   */
  @RolesAllowed({"admin", "supervisor"})
  public PersonView read(UUID personId, AccessPurpose purpose) {
    Objects.requireNonNull(purpose, "purpose");
    return audited(
        find(personId), AuditEvent.onPerson(caller(), personId, AuditAction.READ_PERSON, purpose));
  }

  /**
   * Reads the record of the person a case belongs to; the audit event names the case too.
   *
   * @throws UnknownPersonException if no person has this id
   */
  @RolesAllowed({"admin", "supervisor"})
  public PersonView readForCase(UUID caseId, UUID personId, AccessPurpose purpose) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(purpose, "purpose");
    return audited(
        find(personId),
        AuditEvent.onPersonOfCase(caller(), personId, caseId, AuditAction.READ_PERSON, purpose));
  }

  /**
   * Reads the parts of a person's record a piece of work on their case needs, and records that read
   * naming the case and the reason (such as the task). Open to caseworkers: the caller must have
   * checked that they may see the case ({@code CaseAccess}), which the registry cannot know.
   *
   * @throws UnknownPersonException if no person has this id
   */
  /**
   * When the retention job erased the person's record, if it did: an erased record is not read,
   * since it holds nothing to show.
   */
  @RolesAllowed({"caseworker", "supervisor", "admin"})
  public Optional<Instant> erasedAt(UUID personId) {
    return entityManager
        .createNamedQuery("AffectedPerson.erasedAt", OffsetDateTime.class)
        .setParameter("id", personId)
        .getResultStream()
        .findFirst()
        .map(OffsetDateTime::toInstant);
  }

  @RolesAllowed({"caseworker", "supervisor", "admin"})
  public PersonView readParts(
      UUID caseId, UUID personId, Set<PersonPart> parts, AccessPurpose purpose, String reason) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(purpose, "purpose");
    AffectedPerson person = find(personId);
    entityManager.persist(
        AuditEvent.onPersonOfCase(
            caller(), personId, caseId, AuditAction.READ_PERSON, purpose, reason));
    return sealing.view(person, parts);
  }

  /**
   * Reads the same parts of several people to show them in a list (a page of a worklist): one
   * {@code LIST_PERSON} event per person shown, naming their case, written in one batch with the
   * read. People who do not exist are left out. The caller must have checked that they may see
   * every case.
   *
   * @param casesByPerson the person of each row and the case the row is about
   */
  @RolesAllowed({"caseworker", "supervisor", "admin"})
  public Map<UUID, PersonView> readPartsForList(
      Map<UUID, UUID> casesByPerson, Set<PersonPart> parts, AccessPurpose purpose, String reason) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(purpose, "purpose");
    if (casesByPerson.isEmpty()) {
      return Map.of();
    }
    String actor = caller();
    Map<UUID, PersonView> views = new HashMap<>();
    for (AffectedPerson person :
        entityManager
            .createNamedQuery("AffectedPerson.findWithContacts", AffectedPerson.class)
            .setParameter("ids", casesByPerson.keySet())
            .getResultList()) {
      entityManager.persist(
          AuditEvent.onPersonOfCase(
              actor,
              person.id(),
              casesByPerson.get(person.id()),
              AuditAction.LIST_PERSON,
              purpose,
              reason));
      views.put(person.id(), sealing.view(person, parts));
    }
    return views;
  }

  /** Whether a person has this id; reads nothing of the record. */
  @RolesAllowed({"admin", "supervisor"})
  public boolean exists(UUID personId) {
    return personId != null && entityManager.find(AffectedPerson.class, personId) != null;
  }

  /**
   * The id of the person an A-number names (any accepted spelling), for the console's search of a
   * case; a search that finds someone writes a {@code SEARCH_PERSON} event with the purpose the
   * searcher gave. Reads nothing of the record: whoever asks must still be allowed to open the
   * person's case.
   *
   * @throws InvalidPersonException if the text is not an A-number
   */
  @RolesAllowed({"caseworker", "supervisor", "admin"})
  public Optional<UUID> idByANumber(String aNumber, AccessPurpose purpose) {
    Objects.requireNonNull(purpose, "purpose");
    String index = blindIndex.aNumber(PersonRules.aNumber(aNumber));
    String actor = caller();
    Optional<UUID> found =
        entityManager
            .createNamedQuery("AffectedPerson.findByANumberIndex", AffectedPerson.class)
            .setParameter("index", index)
            .getResultStream()
            .findFirst()
            .map(AffectedPerson::id);
    found.ifPresent(
        id ->
            entityManager.persist(
                AuditEvent.onPerson(actor, id, AuditAction.SEARCH_PERSON, purpose)));
    return found;
  }

  /**
   * Finds a person by A-number in any accepted spelling ({@code A 123-456-789}, {@code 123456789}),
   * and records the read when there is one.
   *
   * @throws InvalidPersonException if the text is not an A-number
   */
  @RolesAllowed({"admin", "supervisor"})
  public Optional<PersonView> findByANumber(String aNumber, AccessPurpose purpose) {
    Objects.requireNonNull(purpose, "purpose");
    String index = blindIndex.aNumber(PersonRules.aNumber(aNumber));
    String actor = caller();
    return entityManager
        .createNamedQuery("AffectedPerson.findByANumberIndex", AffectedPerson.class)
        .setParameter("index", index)
        .getResultList()
        .stream()
        .findFirst()
        .map(
            person ->
                audited(
                    person,
                    AuditEvent.onPerson(actor, person.id(), AuditAction.READ_PERSON, purpose)));
  }

  /**
   * The people whose names hold every token of {@code name} (any of their names, any order, in the
   * spelling rules of {@code LookupNormalisation}) and, if given, born on {@code dateOfBirth}; at
   * most {@link #MAX_SEARCH_RESULTS}. Either criterion may be {@code null}, not both. Each record
   * returned writes one audit event.
   *
   * @throws InvalidPersonException if neither a name with a letter or digit nor a date is given
   */
  @RolesAllowed({"admin", "supervisor"})
  public List<PersonView> search(String name, LocalDate dateOfBirth, AccessPurpose purpose) {
    Objects.requireNonNull(purpose, "purpose");
    List<String> tokens = name == null ? List.of() : blindIndex.nameTokens(name);
    if (tokens.isEmpty() && dateOfBirth == null) {
      throw new InvalidPersonException("search: a name or a date of birth is required");
    }
    Set<String> distinct = new LinkedHashSet<>(tokens);
    List<UUID> ids;
    if (distinct.isEmpty()) {
      ids =
          entityManager
              .createQuery(
                  "SELECT p.id FROM AffectedPerson p WHERE p.dateOfBirthIndex = :dob"
                      + " ORDER BY p.id",
                  UUID.class)
              .setParameter("dob", blindIndex.dateOfBirth(dateOfBirth))
              .setMaxResults(MAX_SEARCH_RESULTS)
              .getResultList();
    } else {
      String dobClause = dateOfBirth == null ? "" : " AND p.dateOfBirthIndex = :dob";
      var query =
          entityManager
              .createQuery(
                  "SELECT p.id FROM AffectedPerson p JOIN p.nameTokenIndexes t"
                      + " WHERE t IN :tokens"
                      + dobClause
                      + " GROUP BY p.id HAVING COUNT(DISTINCT t) = :count ORDER BY p.id",
                  UUID.class)
              .setParameter("tokens", distinct)
              .setParameter("count", (long) distinct.size())
              .setMaxResults(MAX_SEARCH_RESULTS);
      if (dateOfBirth != null) {
        query.setParameter("dob", blindIndex.dateOfBirth(dateOfBirth));
      }
      ids = query.getResultList();
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, AffectedPerson> found = new HashMap<>();
    entityManager
        .createNamedQuery("AffectedPerson.findWithContacts", AffectedPerson.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(person -> found.put(person.id(), person));
    String actor = caller();
    List<PersonView> views = new ArrayList<>(ids.size());
    for (UUID id : ids) {
      AffectedPerson person = found.get(id);
      if (person != null) {
        views.add(
            audited(person, AuditEvent.onPerson(actor, id, AuditAction.SEARCH_PERSON, purpose)));
      }
    }
    return views;
  }

  private AffectedPerson find(UUID personId) {
    Objects.requireNonNull(personId, "personId");
    AffectedPerson person = entityManager.find(AffectedPerson.class, personId);
    if (person == null) {
      throw new UnknownPersonException(personId);
    }
    return person;
  }

  private PersonView audited(AffectedPerson person, AuditEvent event) {
    PersonView view = sealing.view(person);
    entityManager.persist(event);
    LOG.fine(() -> "Read affected person " + person.id() + " for " + event.purpose());
    return view;
  }

  /** The person as it will be stored: every part checked and normalised by {@link PersonRules}. */
  private static NewAffectedPerson validated(NewAffectedPerson person, Integer position) {
    try {
      return PersonRules.validated(person, Clock.systemUTC());
    } catch (InvalidPersonException e) {
      if (position == null) {
        throw e;
      }
      throw new InvalidPersonException("people[" + position + "]: " + e.getMessage());
    }
  }

  private static String at(int position, int size) {
    return size == 1 ? "" : "people[" + position + "]: ";
  }

  private String caller() {
    return session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
  }
}
