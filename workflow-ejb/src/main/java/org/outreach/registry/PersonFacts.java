package org.outreach.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.UUID;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;

/**
 * The {@link OutreachFacts} of a person, for the processes: custody status, removal timing, the
 * safe-to-contact flags per kind of contact point, whether there is an attorney, disclosure to a
 * government, the notice language and what of the person leaked, all from plain columns. Reads no
 * encrypted field, so it is not a read of the person's record and is not audited; it runs on
 * job-executor threads under the system identity, and for the staff services that call it; a caller
 * without identity is refused.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class PersonFacts {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * @throws UnknownPersonException if no person has this id
   */
  public OutreachFacts of(UUID personId) {
    Objects.requireNonNull(personId, "personId");
    AffectedPerson person = entityManager.find(AffectedPerson.class, personId);
    if (person == null) {
      throw new UnknownPersonException(personId);
    }
    return person.outreachFacts();
  }

  /** How many people are registered. */
  public long registeredCount() {
    return entityManager
        .createQuery("SELECT COUNT(p) FROM AffectedPerson p", Long.class)
        .getSingleResult();
  }
}
