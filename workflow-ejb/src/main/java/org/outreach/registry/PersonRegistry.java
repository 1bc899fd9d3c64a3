package org.outreach.registry;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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

/**
 * The only door to affected people's records. Encrypts every personal field before it is stored,
 * finds people through blind indexes, and writes an audit event in the same transaction as every
 * read, so a read whose audit fails does not happen.
 */
@Stateless
public class PersonRegistry {

  private static final Logger LOG = Logger.getLogger(PersonRegistry.class.getName());

  /** Separates list entries inside one encrypted field; names never contain control characters. */
  private static final String LIST_SEPARATOR = "\n";

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private BlindIndex blindIndex;
  @Resource private SessionContext session;

  /**
   * Registers a person and returns the new id.
   *
   * @throws InvalidPersonException naming the field and rule, never a value; also when a person
   *     with the same A-number (in any spelling) is registered already
   */
  @RolesAllowed("admin")
  public UUID register(NewAffectedPerson person) {
    NewAffectedPerson valid = PersonRules.validated(person, Clock.systemUTC());
    String aNumberIndex = blindIndex.aNumber(valid.aNumber());
    long existing =
        entityManager
            .createNamedQuery("AffectedPerson.countByANumberIndex", Long.class)
            .setParameter("index", aNumberIndex)
            .getSingleResult();
    if (existing > 0) {
      throw new InvalidPersonException(
          "aNumber: a person with this A-number is registered already");
    }
    UUID id = UUID.randomUUID();
    String recordId = id.toString();
    Set<String> tokens = new LinkedHashSet<>();
    tokens.addAll(blindIndex.nameTokens(valid.familyName()));
    tokens.addAll(blindIndex.nameTokens(valid.givenNames()));
    valid.alternateNames().forEach(name -> tokens.addAll(blindIndex.nameTokens(name)));
    AffectedPerson.Sealed sealed =
        new AffectedPerson.Sealed(
            seal("familyName", valid.familyName(), recordId),
            seal("givenNames", valid.givenNames(), recordId),
            seal("alternateNames", joined(valid.alternateNames()), recordId),
            seal("dateOfBirth", valid.dateOfBirth().toString(), recordId),
            seal("nationality", valid.nationality(), recordId),
            seal("aNumber", valid.aNumber(), recordId),
            seal("preferredLanguages", joined(valid.preferredLanguages()), recordId),
            aNumberIndex,
            blindIndex.dateOfBirth(valid.dateOfBirth()),
            tokens);
    entityManager.persist(
        new AffectedPerson(id, sealed, valid.custodyStatus(), OffsetDateTime.now(ZoneOffset.UTC)));
    entityManager.persist(
        AuditEvent.onPerson(caller(), id, AuditAction.CREATE_PERSON, AccessPurpose.REGISTRATION));
    LOG.info(() -> "Registered affected person " + id);
    return id;
  }

  /**
   * Reads a person's record for a stated purpose, and records that read.
   *
   * @throws UnknownPersonException if no person has this id
   */
  @RolesAllowed({"admin", "supervisor"})
  public PersonView read(UUID personId, AccessPurpose purpose) {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(purpose, "purpose");
    AffectedPerson person = entityManager.find(AffectedPerson.class, personId);
    if (person == null) {
      throw new UnknownPersonException(personId);
    }
    return audited(person, purpose);
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
    return entityManager
        .createNamedQuery("AffectedPerson.findByANumberIndex", AffectedPerson.class)
        .setParameter("index", index)
        .getResultList()
        .stream()
        .findFirst()
        .map(person -> audited(person, purpose));
  }

  private PersonView audited(AffectedPerson person, AccessPurpose purpose) {
    UUID id = person.id();
    String recordId = id.toString();
    PersonView view =
        new PersonView(
            id,
            open("familyName", person.familyName(), recordId),
            open("givenNames", person.givenNames(), recordId),
            split(open("alternateNames", person.alternateNames(), recordId)),
            LocalDate.parse(open("dateOfBirth", person.dateOfBirth(), recordId)),
            open("nationality", person.nationality(), recordId),
            open("aNumber", person.aNumber(), recordId),
            split(open("preferredLanguages", person.preferredLanguages(), recordId)),
            person.custodyStatus());
    entityManager.persist(AuditEvent.onPerson(caller(), id, AuditAction.READ_PERSON, purpose));
    LOG.fine(() -> "Read affected person " + id + " for " + purpose);
    return view;
  }

  private String caller() {
    return session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
  }

  private String seal(String field, String value, String recordId) {
    return cipher.encrypt(
        value, FieldCipher.associatedData(AffectedPerson.ENTITY, field, recordId));
  }

  private String open(String field, String stored, String recordId) {
    return cipher.decrypt(
        stored, FieldCipher.associatedData(AffectedPerson.ENTITY, field, recordId));
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
  }

  private static List<String> split(String value) {
    return value == null ? List.of() : new ArrayList<>(Arrays.asList(value.split(LIST_SEPARATOR)));
  }
}
