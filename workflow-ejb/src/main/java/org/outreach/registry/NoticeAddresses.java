package org.outreach.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;

/**
 * The one address a notice goes to, for automated dispatch, and the name a letter carries. Each
 * method decrypts those fields and nothing else, and writes one audit event (purpose {@link
 * AccessPurpose#NOTICE_DELIVERY}, actor {@value AuditEvent#SYSTEM} on the engine's threads) for
 * every call about a known person, whether or not an address was found: the absence of a safe
 * address is itself something learned about the person. Runs on job-executor threads under the
 * {@link SystemIdentity system's identity} (whose principal stays anonymous), and for the staff's
 * services; refuses a caller without identity.
 *
 * <p>Among several safe contact points of a kind, the first in the source's order is used.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class NoticeAddresses {

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
   * The first email address marked safe to contact.
   *
   * @throws UnknownPersonException if no person has this id
   */
  public Optional<String> safeEmail(UUID personId) {
    return safeContact(personId, ContactKind.EMAIL);
  }

  /**
   * The first postal address marked safe to contact.
   *
   * @throws UnknownPersonException if no person has this id
   */
  public Optional<String> safePostalAddress(UUID personId) {
    return safeContact(personId, ContactKind.POSTAL_ADDRESS);
  }

  /**
   * The email address of the attorney of record.
   *
   * @throws UnknownPersonException if no person has this id
   */
  public Optional<String> attorneyEmail(UUID personId) {
    AffectedPerson person = find(personId);
    audit(personId);
    return Optional.ofNullable(sealing.open(person, "attorneyEmail"));
  }

  /**
   * The person's name as a letter is addressed: given names, then family name. Audited as {@link
   * AuditAction#READ_NOTICE_RECIPIENT}.
   *
   * @throws UnknownPersonException if no person has this id
   */
  public String recipientName(UUID personId) {
    AffectedPerson person = find(personId);
    audit(personId, AuditAction.READ_NOTICE_RECIPIENT);
    return name(person);
  }

  /**
   * The name and A-number a custody notice and its receipt form carry. Audited as {@link
   * AuditAction#READ_NOTICE_RECIPIENT}.
   *
   * @throws UnknownPersonException if no person has this id
   */
  public CustodyRecipient custodyRecipient(UUID personId) {
    AffectedPerson person = find(personId);
    audit(personId, AuditAction.READ_NOTICE_RECIPIENT);
    return new CustodyRecipient(name(person), sealing.open(person, "aNumber"));
  }

  /**
   * The facility the person is detained in, empty unless the person is detained: how the detention
   * team's visits are grouped. Audited as {@link AuditAction#READ_NOTICE_RECIPIENT}.
   *
   * @throws UnknownPersonException if no person has this id
   */
  public Optional<String> detentionFacility(UUID personId) {
    AffectedPerson person = find(personId);
    audit(personId, AuditAction.READ_NOTICE_RECIPIENT);
    if (person.custodyStatus() != CustodyStatus.DETAINED) {
      return Optional.empty();
    }
    return Optional.ofNullable(sealing.open(person, "detentionFacility"));
  }

  /**
   * Whether {@code dateOfBirth} is the person's, compared by its keyed index so nothing is
   * decrypted. Audited as {@link AuditAction#CHECK_DATE_OF_BIRTH} with {@code actor}.
   *
   * @throws UnknownPersonException if no person has this id
   */
  public boolean dateOfBirthMatches(UUID personId, LocalDate dateOfBirth, String actor) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    AffectedPerson person = find(personId);
    entityManager.persist(
        AuditEvent.onPerson(
            actor, personId, AuditAction.CHECK_DATE_OF_BIRTH, AccessPurpose.NOTICE_DELIVERY));
    return MessageDigest.isEqual(
        blindIndex.dateOfBirth(dateOfBirth).getBytes(StandardCharsets.US_ASCII),
        person.dateOfBirthIndex().getBytes(StandardCharsets.US_ASCII));
  }

  /** Who a custody notice is for. {@link #toString()} shows neither value. */
  public record CustodyRecipient(String name, String aNumber) {
    @Override
    public String toString() {
      return "CustodyRecipient[...]";
    }
  }

  private String name(AffectedPerson person) {
    return (sealing.open(person, "givenNames") + " " + sealing.open(person, "familyName")).strip();
  }

  private Optional<String> safeContact(UUID personId, ContactKind kind) {
    AffectedPerson person = find(personId);
    audit(personId);
    return person.contactPoints().stream()
        .filter(contactPoint -> contactPoint.kind() == kind && contactPoint.safeToContact())
        .findFirst()
        .map(contactPoint -> sealing.openContact(contactPoint, "value"));
  }

  private AffectedPerson find(UUID personId) {
    Objects.requireNonNull(personId, "personId");
    AffectedPerson person = entityManager.find(AffectedPerson.class, personId);
    if (person == null) {
      throw new UnknownPersonException(personId);
    }
    return person;
  }

  private void audit(UUID personId) {
    audit(personId, AuditAction.READ_NOTICE_ADDRESS);
  }

  private void audit(UUID personId, AuditAction action) {
    entityManager.persist(
        AuditEvent.onPerson(actor(), personId, action, AccessPurpose.NOTICE_DELIVERY));
  }

  /** The engine's threads run as the anonymous identity: recorded as the system. */
  private String actor() {
    Principal principal = session.getCallerPrincipal();
    if (principal == null || "anonymous".equals(principal.getName())) {
      return AuditEvent.SYSTEM;
    }
    return principal.getName();
  }
}
