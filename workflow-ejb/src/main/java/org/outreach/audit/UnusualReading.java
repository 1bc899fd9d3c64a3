package org.outreach.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.outreach.campaign.SettingValues;

/**
 * Accounts that opened the records of more people in the last hour than anyone's work needs: a
 * caseworker opens a case at a time, so an account reading dozens of people an hour is more likely
 * someone copying the registry than someone working it. Counts the people whose whole record, or a
 * document of whose case, the account was handed, or whom its searches found ({@link #COUNTED});
 * not the rows of worklists, not print batches (a batch of letters is handed out whole, by design),
 * not the system's own reads. The limit is a setting ({@value #PEOPLE_PER_HOUR}, default {@value
 * #DEFAULT_PEOPLE_PER_HOUR}). The operations metrics count these accounts for an alert; the audit
 * page names them to supervisors.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class UnusualReading {

  private static final Logger LOG = Logger.getLogger(UnusualReading.class.getName());

  /** The most people an account may read in an hour before it is listed. */
  public static final String PEOPLE_PER_HOUR = "outreach.audit.unusual-reading.people-per-hour";

  static final int DEFAULT_PEOPLE_PER_HOUR = 60;

  /** The span looked at. */
  public static final Duration WINDOW = Duration.ofHours(1);

  /** The actions that hand an account a person's record, a document of their case, or find them. */
  static final Set<AuditAction> COUNTED =
      Set.of(AuditAction.READ_PERSON, AuditAction.SEARCH_PERSON, AuditAction.READ_DOCUMENT);

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** An account and how many different people it read in the last hour. */
  public record Reader(String account, long people) implements Serializable {}

  /** The accounts over the limit now, the most people first. */
  public List<Reader> lastHour() {
    return over(limit(SettingValues.ofServer()));
  }

  /** The limit in force on this server. */
  public int limit() {
    return limit(SettingValues.ofServer());
  }

  /**
   * The setting, or the default with a warning when it is not a whole number of 1 or more: the
   * watch goes on with a limit rather than stopping on a typing error.
   */
  static int limit(UnaryOperator<String> settings) {
    try {
      return SettingValues.positiveInt(settings, PEOPLE_PER_HOUR, DEFAULT_PEOPLE_PER_HOUR);
    } catch (IllegalArgumentException e) {
      LOG.warning(e.getMessage() + ": the default of " + DEFAULT_PEOPLE_PER_HOUR + " is used");
      return DEFAULT_PEOPLE_PER_HOUR;
    }
  }

  private List<Reader> over(int limit) {
    return entityManager
        .createQuery(
            "SELECT e.actor, COUNT(DISTINCT e.personId) FROM AuditEvent e"
                + " WHERE e.occurredAt >= :since AND e.action IN :actions"
                + " AND e.actor <> :system AND e.personId IS NOT NULL"
                + " GROUP BY e.actor HAVING COUNT(DISTINCT e.personId) > :limit"
                + " ORDER BY COUNT(DISTINCT e.personId) DESC, e.actor",
            Object[].class)
        .setParameter("since", OffsetDateTime.now(ZoneOffset.UTC).minus(WINDOW))
        .setParameter("actions", COUNTED)
        .setParameter("system", AuditEvent.SYSTEM)
        .setParameter("limit", (long) limit)
        .getResultList()
        .stream()
        .map(row -> new Reader((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }
}
