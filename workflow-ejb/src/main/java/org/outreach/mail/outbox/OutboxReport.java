package org.outreach.mail.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The outbox's messages counted for supervisors: one aggregate query, no message read. */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class OutboxReport {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** How many messages of a purpose are in a state, and how many of them went more than once. */
  public record Count(MailPurpose purpose, EmailStatus status, long messages, long repeated) {}

  /** Every purpose and state that has a message. */
  public List<Count> counts() {
    return entityManager
        .createQuery(
            "SELECT m.purpose, m.status, COUNT(m), SUM(CASE WHEN m.repeats > 0 THEN 1 ELSE 0 END)"
                + " FROM OutboxMessage m GROUP BY m.purpose, m.status ORDER BY m.purpose, m.status",
            Object[].class)
        .getResultStream()
        .map(
            row ->
                new Count(
                    (MailPurpose) row[0],
                    (EmailStatus) row[1],
                    ((Number) row[2]).longValue(),
                    row[3] == null ? 0 : ((Number) row[3]).longValue()))
        .toList();
  }
}
