package org.outreach.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.outreach.registry.CustodyStatus;

/**
 * The campaign's cases counted for supervisors: how far each population got, and the cases that
 * must not wait. Each figure is one aggregate query over the cases' own table, whatever their
 * number; no person's record is read.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class CampaignFunnel {

  /** The most cases a list of those that must not wait names. */
  public static final int LISTED = 20;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * How far the cases of one population got.
   *
   * @param population the custody status the case's process last loaded; {@code null} for cases
   *     whose process has not loaded it yet (or that have no person)
   * @param releaseRequested cases whose custody review asked for release
   * @param returned cases whose person arrived back
   */
  public record Row(
      CustodyStatus population,
      long opened,
      long noticeProven,
      long courtNoticeFiled,
      long releaseRequested,
      long returned,
      long closed) {}

  /** A case that must not wait, by its reference, and since when (or until when) it waits. */
  public record Waiting(String reference, OffsetDateTime since) {}

  /** Some of the cases of a kind, with how many there are in all. */
  public record Some(long count, List<Waiting> first) {}

  /** The funnel, one row per population, in the order of {@link CustodyStatus}, unknown last. */
  public List<Row> byPopulation() {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "SELECT c.lastCustodyStatus, COUNT(c), COUNT(c.noticeProvenAt),"
                    + " COUNT(c.courtNoticeFiledAt),"
                    + " SUM(CASE WHEN c.custodyReviewOutcome"
                    + " = org.outreach.cases.CustodyReviewOutcome.RELEASE_REQUESTED THEN 1 ELSE 0"
                    + " END),"
                    + " SUM(CASE WHEN c.returnOutcome = org.outreach.cases.ReturnOutcome.ARRIVED"
                    + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.status = org.outreach.cases.CaseStatus.CLOSED THEN 1 ELSE"
                    + " 0 END)"
                    + " FROM OutreachCase c GROUP BY c.lastCustodyStatus",
                Object[].class)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Row(
                    (CustodyStatus) row[0],
                    number(row[1]),
                    number(row[2]),
                    number(row[3]),
                    number(row[4]),
                    number(row[5]),
                    number(row[6])))
        .sorted(
            (a, b) ->
                Integer.compare(
                    a.population() == null ? Integer.MAX_VALUE : a.population().ordinal(),
                    b.population() == null ? Integer.MAX_VALUE : b.population().ordinal()))
        .toList();
  }

  /**
   * Cases whose hold ends within {@code within} with no notice filed in court, soonest first: when
   * the hold ends without a filing, nothing stands between the person and removal.
   */
  public Some holdsEndingWithoutFiling(Duration within) {
    return some(
        "FROM OutreachCase c WHERE c.removalHoldState = org.outreach.cases.RemovalHoldState.IN_PLACE"
            + " AND c.removalHoldEndsAt < :until"
            + " AND c.courtFilingState <> org.outreach.cases.CourtFilingState.FILED",
        "c.removalHoldEndsAt",
        OffsetDateTime.now(ZoneOffset.UTC).plus(within));
  }

  private Some some(String from, String order, OffsetDateTime until) {
    var count = entityManager.createQuery("SELECT COUNT(c) " + from, Long.class);
    var first =
        entityManager
            .createQuery(
                "SELECT c.reference, "
                    + order
                    + " "
                    + from
                    + " ORDER BY "
                    + order
                    + ", c.reference",
                Object[].class)
            .setMaxResults(LISTED);
    if (until != null) {
      count.setParameter("until", until);
      first.setParameter("until", until);
    }
    return new Some(
        count.getSingleResult(),
        first
            .getResultStream()
            .map(row -> new Waiting((String) row[0], (OffsetDateTime) row[1]))
            .toList());
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
