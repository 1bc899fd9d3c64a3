package org.outreach.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Reads the audit trail. There is deliberately no way to change or remove an event. */
@RolesAllowed("supervisor")
@Stateless
public class AuditTrail {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** Every event about one person, oldest first. */
  public List<AuditEntry> forPerson(UUID personId) {
    return entityManager
        .createNamedQuery("AuditEvent.findByPerson", AuditEvent.class)
        .setParameter("personId", personId)
        .getResultList()
        .stream()
        .map(AuditEntry::of)
        .toList();
  }
}
