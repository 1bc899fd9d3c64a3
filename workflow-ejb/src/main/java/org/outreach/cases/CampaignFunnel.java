package org.outreach.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.RemovalTiming;

/**
 * The campaign's cases counted for supervisors: how far each population got, and the cases that
 * must not wait. Each figure is one aggregate query over the cases' own table, whatever their
 * number; no person's record is read.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class CampaignFunnel {

  /** The figures of a {@link Row} counted over cases, from opened to closed by outcome. */
  private static final int FIGURES = 11 + CaseOutcome.values().length;

  /** The most cases a list of those that must not wait names. */
  public static final int LISTED = 20;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * How far the cases of one population got.
   *
   * @param population the custody status the case's process last loaded; {@code null} for cases
   *     whose process has not loaded it yet (or that have no person)
   * @param removalTiming for removed people, when they were removed as the registry has it now (the
   *     people removed after the leak are the campaign's first priority); {@code null} for other
   *     populations and for removed cases without a person
   * @param imported people of this population in the registry, as it has them now, whether their
   *     case is open yet or not (the other figures count cases, by what their process loaded)
   * @param located cases whose locate process concluded their person can be reached (the locate
   *     capability's {@code located_case})
   * @param acknowledged cases whose person acknowledged the notice, by any channel (the notice
   *     capability's {@code acknowledged_case})
   * @param consultationScheduled cases with a legal consultation scheduled with counsel (the court
   *     capability's {@code consultation_scheduled_case})
   * @param consultationHeld cases whose scheduled consultation took place (the court capability's
   *     {@code consultation_held_case})
   * @param releaseRequested cases whose custody review asked for release
   * @param custodyReleased cases whose person's release from detention was recorded (the custody
   *     capability's {@code custody_released_case})
   * @param returned cases whose person arrived back
   * @param closedBy closed cases by outcome, in the order of {@link CaseOutcome}
   */
  public record Row(
      CustodyStatus population,
      RemovalTiming removalTiming,
      long imported,
      long opened,
      long located,
      long noticeProven,
      long acknowledged,
      long consultationScheduled,
      long consultationHeld,
      long courtNoticeFiled,
      long releaseRequested,
      long custodyReleased,
      long returned,
      long closed,
      List<Long> closedBy) {

    public Row {
      closedBy = List.copyOf(closedBy);
      if (closedBy.size() != CaseOutcome.values().length) {
        throw new IllegalArgumentException("closedBy: one figure per outcome");
      }
    }

    /** The cases of this population closed with {@code outcome}. */
    public long closedWith(CaseOutcome outcome) {
      return closedBy.get(outcome.ordinal());
    }

    /**
     * The population as addresses and bundles name it: {@code NONE} when not loaded, the custody
     * status, or {@code REMOVED_} and the removal timing.
     */
    public String key() {
      return Population.key(population, removalTiming);
    }
  }

  /** A case that must not wait, by its reference, and since when (or until when) it waits. */
  public record Waiting(String reference, OffsetDateTime since) {}

  /** A column of the funnel: how far a case got. */
  public enum Stage {
    /**
     * The cases of the people the registry has in a population now (the population is read from the
     * registry, not from what the case's process loaded); the people without a case are counted by
     * {@link #peopleWithoutCase}.
     */
    IMPORTED("1 = 1"),
    OPENED("1 = 1"),
    LOCATED("EXISTS (SELECT l.caseId FROM LocatedCase l WHERE l.caseId = c.id)"),
    NOTICE_PROVEN("c.noticeProvenAt IS NOT NULL"),
    ACKNOWLEDGED("EXISTS (SELECT a.caseId FROM AcknowledgedCase a WHERE a.caseId = c.id)"),
    CONSULTATION_SCHEDULED(
        "EXISTS (SELECT s.caseId FROM ConsultationScheduledCase s WHERE s.caseId = c.id)"),
    CONSULTATION_HELD("EXISTS (SELECT h.caseId FROM ConsultationHeldCase h WHERE h.caseId = c.id)"),
    COURT_NOTICE_FILED("c.courtNoticeFiledAt IS NOT NULL"),
    RELEASE_REQUESTED(
        "c.custodyReviewOutcome = org.outreach.cases.CustodyReviewOutcome.RELEASE_REQUESTED"),
    CUSTODY_RELEASED("EXISTS (SELECT r.caseId FROM CustodyReleasedCase r WHERE r.caseId = c.id)"),
    RETURNED("c.returnOutcome = org.outreach.cases.ReturnOutcome.ARRIVED"),
    CLOSED("c.status = org.outreach.cases.CaseStatus.CLOSED"),
    CLOSED_NOTIFIED_ACKNOWLEDGED(CaseOutcome.NOTIFIED_ACKNOWLEDGED),
    CLOSED_LEGAL_HELP_TAKEN(CaseOutcome.LEGAL_HELP_TAKEN),
    CLOSED_RELEASED(CaseOutcome.RELEASED),
    CLOSED_RETURNED(CaseOutcome.RETURNED),
    CLOSED_DECLINED(CaseOutcome.DECLINED),
    CLOSED_UNREACHABLE(CaseOutcome.UNREACHABLE);

    private final String condition;

    Stage(String condition) {
      this.condition = condition;
    }

    Stage(CaseOutcome outcome) {
      this(
          "c.status = org.outreach.cases.CaseStatus.CLOSED AND c.outcome = "
              + CaseOutcome.class.getName()
              + "."
              + outcome.name());
    }

    /** The stage of the cases closed with {@code outcome}. */
    static Stage closedWith(CaseOutcome outcome) {
      return valueOf("CLOSED_" + outcome.name());
    }
  }

  /**
   * Which population a list of cases is of.
   *
   * @param every every population (the funnel's total)
   * @param population one population; {@code null} with {@code every} false for cases whose
   *     population is not known
   * @param removalTiming removed people of one timing only; {@code null} for every removed case
   */
  public record Population(boolean every, CustodyStatus population, RemovalTiming removalTiming)
      implements Serializable {

    public static Population all() {
      return new Population(true, null, null);
    }

    public static Population of(CustodyStatus population) {
      return new Population(false, population, null);
    }

    /** The removed people removed at one time, relative to the leak. */
    public static Population removed(RemovalTiming timing) {
      return new Population(false, CustodyStatus.REMOVED, timing);
    }

    /**
     * The population an address names: {@code ALL}, {@code NONE}, a custody status or {@code
     * REMOVED_} and a removal timing; empty for anything else.
     */
    public static Optional<Population> named(String key) {
      if ("ALL".equals(key)) {
        return Optional.of(all());
      }
      if ("NONE".equals(key)) {
        return Optional.of(of(null));
      }
      for (CustodyStatus status : CustodyStatus.values()) {
        if (status.name().equals(key)) {
          return Optional.of(of(status));
        }
      }
      for (RemovalTiming timing : RemovalTiming.values()) {
        if (key(CustodyStatus.REMOVED, timing).equals(key)) {
          return Optional.of(removed(timing));
        }
      }
      return Optional.empty();
    }

    /** How addresses and bundles name this population ({@code ALL} for every one). */
    public String key() {
      return every ? "ALL" : key(population, removalTiming);
    }

    public static String key(CustodyStatus population, RemovalTiming timing) {
      if (population == null) {
        return "NONE";
      }
      return timing == null ? population.name() : population.name() + "_" + timing.name();
    }
  }

  /** A case behind a figure: its reference, when it opened, where it stands. */
  public record Listed(String reference, OffsetDateTime openedAt, CaseStatus status) {}

  /** One page of the cases behind a figure, and how many there are in all. */
  public record Found(long total, List<Listed> cases) {}

  /** The most cases one page of a figure's list holds. */
  public static final int MOST_PER_PAGE = 200;

  /**
   * The cases behind one figure of the funnel, oldest first: two queries whatever their number.
   * Only references, dates and states, no person's record.
   */
  public Found cases(Population population, Stage stage, int first, int max) {
    String where = " FROM OutreachCase c WHERE " + stage.condition;
    Map<String, Object> parameters = new HashMap<>();
    if (stage == Stage.IMPORTED) {
      if (!population.every()) {
        where +=
            " AND EXISTS (SELECT p.personId FROM PersonPopulation p WHERE p.personId = c.personId"
                + registryPopulation(population, parameters)
                + ")";
      }
    } else if (!population.every()) {
      if (population.population() == null) {
        where += " AND c.lastCustodyStatus IS NULL";
      } else {
        where += " AND c.lastCustodyStatus = :population";
        parameters.put("population", population.population());
      }
      if (population.removalTiming() != null) {
        where +=
            " AND EXISTS (SELECT p.personId FROM PersonPopulation p"
                + " WHERE p.personId = c.personId AND p.removalTiming = :timing)";
        parameters.put("timing", population.removalTiming());
      }
    }
    return found(where, parameters, first, max);
  }

  /**
   * The people the registry has in {@code population} now who have no case: their start failed or
   * has not run yet (the import page names them). One query.
   */
  public long peopleWithoutCase(Population population) {
    Map<String, Object> parameters = new HashMap<>();
    var count =
        entityManager.createQuery(
            "SELECT COUNT(p) FROM PersonPopulation p WHERE NOT EXISTS"
                + " (SELECT c.id FROM OutreachCase c WHERE c.personId = p.personId)"
                + (population.every() ? "" : registryPopulation(population, parameters)),
            Long.class);
    parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  /**
   * The condition on {@code PersonPopulation p} that keeps one population, its parameters added.
   */
  private static String registryPopulation(Population population, Map<String, Object> parameters) {
    if (population.population() == null) {
      return " AND p.custodyStatus IS NULL";
    }
    parameters.put("population", population.population());
    if (population.removalTiming() == null) {
      return " AND p.custodyStatus = :population";
    }
    parameters.put("timing", population.removalTiming());
    return " AND p.custodyStatus = :population AND p.removalTiming = :timing";
  }

  /** A channel of the notices sent in writing, as the notice capability publishes them. */
  public enum WrittenChannel {
    EMAIL,
    LETTER
  }

  /**
   * The cases with a notice sent in writing through {@code channel} that is in {@code state} (the
   * state its channel's own table names: an email's outbox state, a letter's state), oldest first:
   * two queries whatever their number, over the notice capability's published view.
   *
   * @throws IllegalArgumentException for a state that is not a plain upper-case name
   */
  public Found casesWithNotice(WrittenChannel channel, String state, int first, int max) {
    if (channel == null || state == null || !state.matches("[A-Z_]{1,16}")) {
      throw new IllegalArgumentException("channel and state: a channel and a state's name");
    }
    return found(
        " FROM OutreachCase c WHERE EXISTS (SELECT d.noticeId FROM DispatchedNotice d"
            + " WHERE d.caseId = c.id AND d.channel = :channel AND d.state = :state)",
        Map.of("channel", channel.name(), "state", state),
        first,
        max);
  }

  private Found found(String where, Map<String, Object> parameters, int first, int max) {
    if (first < 0 || max < 1 || max > MOST_PER_PAGE) {
      throw new IllegalArgumentException("page: first >= 0 and 1..." + MOST_PER_PAGE + " a page");
    }
    var count = entityManager.createQuery("SELECT COUNT(c)" + where, Long.class);
    var page =
        entityManager
            .createQuery(
                "SELECT c.reference, c.openedAt, c.status"
                    + where
                    + " ORDER BY c.openedAt, c.reference",
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(max);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          page.setParameter(name, value);
        });
    return new Found(
        count.getSingleResult(),
        page.getResultStream()
            .map(row -> new Listed((String) row[0], (OffsetDateTime) row[1], (CaseStatus) row[2]))
            .toList());
  }

  /** What happened to the campaign's cases on one day. */
  public record Day(LocalDate day, long opened, long noticeProven, long closed) {}

  /** Some of the cases of a kind, with how many there are in all. */
  public record Some(long count, List<Waiting> first) {}

  /** Where a person's case stands for statistics: still open. */
  public static final String OPEN = "OPEN";

  /**
   * Where each person's latest case stands, for statistics that count people by outcome: the {@link
   * CaseOutcome} it closed with, or {@link #OPEN}. People without a case are not in it. One query
   * over the cases' own table.
   */
  public Map<UUID, String> standingByPerson() {
    Map<UUID, String> standing = new HashMap<>();
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT c.personId, c.status, c.outcome FROM OutreachCase c"
                    + " WHERE c.personId IS NOT NULL ORDER BY c.openedAt, c.id",
                Object[].class)
            .getResultList()) {
      CaseOutcome outcome = (CaseOutcome) row[2];
      standing.put(
          (UUID) row[0], row[1] == CaseStatus.CLOSED && outcome != null ? outcome.name() : OPEN);
    }
    return standing;
  }

  /**
   * The funnel, one row per population, in the order of {@link CustodyStatus} (removed people
   * before the leak was found, then after it), unknown last. The removal timing comes from the
   * registry's published view of its plain columns ({@code PersonPopulation}), the located,
   * acknowledged, consultation and release stages from the views their capabilities publish ({@code
   * LocatedCase}, {@code AcknowledgedCase}, {@code ConsultationScheduledCase}, {@code
   * ConsultationHeldCase}, {@code CustodyReleasedCase}), joined in the same aggregate query; the
   * people imported in a second one over the registry's view. Two queries whatever the number of
   * cases.
   */
  public List<Row> byPopulation() {
    StringBuilder closedBy = new StringBuilder();
    for (CaseOutcome outcome : CaseOutcome.values()) {
      closedBy
          .append(", SUM(CASE WHEN ")
          .append(Stage.closedWith(outcome).condition)
          .append(" THEN 1 ELSE 0 END)");
    }
    List<Object[]> rows =
        entityManager
            .createQuery(
                "SELECT c.lastCustodyStatus, p.removalTiming, COUNT(c), COUNT(l.caseId),"
                    + " COUNT(c.noticeProvenAt), COUNT(a.caseId), COUNT(s.caseId), COUNT(h.caseId),"
                    + " COUNT(c.courtNoticeFiledAt),"
                    + " SUM(CASE WHEN c.custodyReviewOutcome"
                    + " = org.outreach.cases.CustodyReviewOutcome.RELEASE_REQUESTED THEN 1 ELSE 0"
                    + " END),"
                    + " COUNT(r.caseId),"
                    + " SUM(CASE WHEN c.returnOutcome = org.outreach.cases.ReturnOutcome.ARRIVED"
                    + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.status = org.outreach.cases.CaseStatus.CLOSED THEN 1 ELSE"
                    + " 0 END)"
                    + closedBy
                    + " FROM OutreachCase c LEFT JOIN PersonPopulation p ON p.personId = c.personId"
                    + " LEFT JOIN LocatedCase l ON l.caseId = c.id"
                    + " LEFT JOIN AcknowledgedCase a ON a.caseId = c.id"
                    + " LEFT JOIN ConsultationScheduledCase s ON s.caseId = c.id"
                    + " LEFT JOIN ConsultationHeldCase h ON h.caseId = c.id"
                    + " LEFT JOIN CustodyReleasedCase r ON r.caseId = c.id"
                    + " GROUP BY c.lastCustodyStatus, p.removalTiming",
                Object[].class)
            .getResultList();
    // the timing counts for removed cases only; a case whose process last loaded another status
    // is of that population whatever the registry says now
    Map<List<Object>, long[]> merged = new HashMap<>();
    for (Object[] row : rows) {
      CustodyStatus population = (CustodyStatus) row[0];
      RemovalTiming timing = population == CustodyStatus.REMOVED ? (RemovalTiming) row[1] : null;
      long[] figures =
          merged.computeIfAbsent(Arrays.asList(population, timing), key -> new long[1 + FIGURES]);
      for (int i = 0; i < FIGURES; i++) {
        figures[i + 1] += number(row[i + 2]);
      }
    }
    // the people imported, by where the registry has them now
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT p.custodyStatus, p.removalTiming, COUNT(p) FROM PersonPopulation p"
                    + " GROUP BY p.custodyStatus, p.removalTiming",
                Object[].class)
            .getResultList()) {
      CustodyStatus population = (CustodyStatus) row[0];
      RemovalTiming timing = population == CustodyStatus.REMOVED ? (RemovalTiming) row[1] : null;
      merged.computeIfAbsent(Arrays.asList(population, timing), key -> new long[1 + FIGURES])[0] +=
          number(row[2]);
    }
    return merged.entrySet().stream()
        .map(entry -> row(entry.getKey(), entry.getValue()))
        .sorted(
            Comparator.comparingInt((Row row) -> rank(row.population()))
                .thenComparingInt(
                    row ->
                        row.removalTiming() == null
                            ? Integer.MAX_VALUE
                            : row.removalTiming().ordinal()))
        .toList();
  }

  private static Row row(List<Object> key, long[] f) {
    List<Long> closedBy = new ArrayList<>();
    for (int i = 12; i < f.length; i++) {
      closedBy.add(f[i]);
    }
    return new Row(
        (CustodyStatus) key.get(0),
        (RemovalTiming) key.get(1),
        f[0],
        f[1],
        f[2],
        f[3],
        f[4],
        f[5],
        f[6],
        f[7],
        f[8],
        f[9],
        f[10],
        f[11],
        closedBy);
  }

  private static int rank(CustodyStatus population) {
    return population == null ? Integer.MAX_VALUE : population.ordinal();
  }

  /**
   * Cases opened, notices proven and cases closed on each of the last {@code days} days of {@code
   * zone} (today included), oldest first, every day present. One aggregate query whatever the
   * number of cases: each day's bounds are worked out here in the zone (so a day of a change to or
   * from summer time has its 23 or 25 hours) and each figure is a sum between two bounds.
   */
  public List<Day> perDay(int days, ZoneId zone) {
    if (days < 1 || days > 366) {
      throw new IllegalArgumentException("days: 1 to 366");
    }
    LocalDate today = LocalDate.now(zone);
    LocalDate first = today.minusDays(days - 1L);
    List<OffsetDateTime> bounds = new ArrayList<>(days + 1);
    for (int i = 0; i <= days; i++) {
      bounds.add(first.plusDays(i).atStartOfDay(zone).toOffsetDateTime());
    }
    String[] moments = {"openedAt", "noticeProvenAt", "closedAt"};
    StringBuilder select = new StringBuilder("SELECT COUNT(c)");
    for (String moment : moments) {
      for (int i = 0; i < days; i++) {
        select
            .append(", SUM(CASE WHEN c.")
            .append(moment)
            .append(" >= :b")
            .append(i)
            .append(" AND c.")
            .append(moment)
            .append(" < :b")
            .append(i + 1)
            .append(" THEN 1 ELSE 0 END)");
      }
    }
    select.append(" FROM OutreachCase c WHERE c.openedAt >= :b0 OR c.noticeProvenAt >= :b0");
    select.append(" OR c.closedAt >= :b0");
    var query = entityManager.createQuery(select.toString(), Object[].class);
    for (int i = 0; i <= days; i++) {
      query.setParameter("b" + i, bounds.get(i));
    }
    Object[] sums = query.getSingleResult();
    List<Day> shown = new ArrayList<>(days);
    for (int i = 0; i < days; i++) {
      shown.add(
          new Day(
              first.plusDays(i),
              number(sums[1 + i]),
              number(sums[1 + days + i]),
              number(sums[1 + 2 * days + i])));
    }
    return shown;
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
