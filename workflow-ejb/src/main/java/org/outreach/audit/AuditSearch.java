package org.outreach.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail searched for supervisors and exported for oversight by administrators: events
 * filtered by reader, case, purpose and period (days in UTC), newest first. The events name ids,
 * never a value, so neither the page nor the export holds personal data beyond the pseudonymous
 * ids; an export is itself an event of the trail.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class AuditSearch {

  /** The most events one export holds: a wider request must be narrowed. */
  public static final int MOST_EXPORTED = 100_000;

  /** The most events one page holds. */
  public static final int MOST_PER_PAGE = 200;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;

  /**
   * Which events: every field may be left {@code null}.
   *
   * @param from the first day (UTC), inclusive
   * @param to the last day (UTC), inclusive
   */
  public record Filter(
      String reader, UUID caseId, AccessPurpose purpose, LocalDate from, LocalDate to)
      implements Serializable {

    public Filter {
      reader = reader == null || reader.isBlank() ? null : reader.strip();
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("to: must not be before from");
      }
    }
  }

  /** One page of the events a filter finds, and how many it finds in all. */
  public record Found(long total, List<AuditEntry> entries) {}

  /** The events of one page, newest first. */
  public Found find(Filter filter, int first, int max) {
    if (first < 0 || max < 1 || max > MOST_PER_PAGE) {
      throw new IllegalArgumentException(
          "page: from 0, at most " + MOST_PER_PAGE + " events a page");
    }
    long total = query(filter, "SELECT COUNT(e)", Long.class).getSingleResult();
    List<AuditEntry> entries =
        query(filter, "SELECT e", AuditEvent.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultStream()
            .map(AuditEntry::of)
            .toList();
    return new Found(total, entries);
  }

  /**
   * Every event the filter finds, newest first, for an export; the export is recorded as an event
   * ({@link AuditAction#EXPORT_AUDIT_TRAIL}) in the same transaction.
   *
   * @throws TooManyEventsException if the filter finds more than {@value #MOST_EXPORTED}
   */
  @RolesAllowed("admin")
  public List<AuditEntry> export(Filter filter) {
    List<AuditEntry> entries =
        query(filter, "SELECT e", AuditEvent.class)
            .setMaxResults(MOST_EXPORTED + 1)
            .getResultStream()
            .map(AuditEntry::of)
            .toList();
    if (entries.size() > MOST_EXPORTED) {
      throw new TooManyEventsException(
          "filter: finds more than " + MOST_EXPORTED + " events; narrow the period");
    }
    entityManager.persist(
        AuditEvent.onTrail(
            session.getCallerPrincipal().getName(),
            AuditAction.EXPORT_AUDIT_TRAIL,
            AccessPurpose.OVERSIGHT_REQUEST));
    return entries;
  }

  private <T> TypedQuery<T> query(Filter filter, String select, Class<T> type) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (filter.reader() != null) {
      conditions.add("e.actor = :reader");
      parameters.put("reader", filter.reader());
    }
    if (filter.caseId() != null) {
      conditions.add("e.caseId = :caseId");
      parameters.put("caseId", filter.caseId());
    }
    if (filter.purpose() != null) {
      conditions.add("e.purpose = :purpose");
      parameters.put("purpose", filter.purpose());
    }
    if (filter.from() != null) {
      conditions.add("e.occurredAt >= :from");
      parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      conditions.add("e.occurredAt < :to");
      parameters.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (!conditions.isEmpty()) {
      where.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    String order = type == Long.class ? "" : " ORDER BY e.occurredAt DESC, e.id DESC";
    TypedQuery<T> query =
        entityManager.createQuery(select + " FROM AuditEvent e" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }
}
