package org.outreach.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;

/**
 * The one address a notice goes to, for automated dispatch. Each method decrypts that one field and
 * nothing else, and writes one audit event (purpose {@link AccessPurpose#NOTICE_DELIVERY}, actor
 * {@value AuditEvent#SYSTEM} on the engine's threads) for every call about a known person, whether
 * or not an address was found: the absence of a safe address is itself something learned about the
 * person. Runs on job-executor threads, which have no caller, hence {@link PermitAll}.
 *
 * <p>Among several safe contact points of a kind, the first in the source's order is used.
 */
@Stateless
@PermitAll
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
    entityManager.persist(
        AuditEvent.onPerson(
            actor(), personId, AuditAction.READ_NOTICE_ADDRESS, AccessPurpose.NOTICE_DELIVERY));
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
