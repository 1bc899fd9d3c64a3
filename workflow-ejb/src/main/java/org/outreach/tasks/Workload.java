package org.outreach.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.outreach.cases.CampaignFunnel;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.OutreachProcess;

/**
 * The open tasks counted for supervisors, per team and per caseworker, from the worklists' own
 * table: one aggregate query each, whatever the number of tasks.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class Workload {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** A team's open tasks: how many, how many claimed, how many past their due date. */
  public record TeamLoad(String team, long open, long claimed, long overdue) {}

  /** The tasks a caseworker holds, and how many of them are past their due date. */
  public record CaseworkerLoad(String username, long claimed, long overdue) {}

  /**
   * Tasks completed recently by a team or a caseworker, and the median time from a task's creation
   * to its completion.
   *
   * @param who the team, or the caseworker's username; {@code null} for tasks of no team
   */
  public record Done(String who, long completed, Duration median) {}

  /** Tasks completed within {@code within} of now, per team, by team name. */
  public List<Done> completedByTeam(Duration within) {
    return completed("team", within);
  }

  /**
   * Tasks completed within {@code within} of now, per caseworker who completed them, most first.
   */
  public List<Done> completedByCaseworker(Duration within) {
    return completed("completed_by", within).stream()
        .sorted(
            (a, b) ->
                a.completed() != b.completed()
                    ? Long.compare(b.completed(), a.completed())
                    : String.valueOf(a.who()).compareTo(String.valueOf(b.who())))
        .toList();
  }

  /** One aggregate query: the median is the database's own (PERCENTILE_CONT, H2 and PostgreSQL). */
  private List<Done> completed(String column, Duration within) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT "
                    + column
                    + ", COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY duration_seconds)"
                    + " FROM completed_task WHERE completed_at >= ?1 GROUP BY "
                    + column
                    + " ORDER BY "
                    + column)
            .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minus(within))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new Done(
                    (String) row[0],
                    number(row[1]),
                    Duration.ofSeconds(Math.round(((Number) row[2]).doubleValue()))))
        .toList();
  }

  /**
   * The open tasks to stop a removal reported during a hold, oldest first: once a stop is confirmed
   * its task is done and the case leaves this list.
   */
  public CampaignFunnel.Some removalStops() {
    return waitingAt(OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL);
  }

  /**
   * The cases whose person could not be found after a diligent effort, waiting for a supervisor's
   * review, oldest first: until it is reviewed nobody decides what else to try.
   */
  public CampaignFunnel.Some diligentEffortReviews() {
    return waitingAt(LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT);
  }

  /** The open tasks of a kind by their cases, oldest first: a count and the first of them. */
  private CampaignFunnel.Some waitingAt(String taskKey) {
    long count =
        entityManager
            .createQuery("SELECT COUNT(w) FROM WorkItem w WHERE w.taskKey = :key", Long.class)
            .setParameter("key", taskKey)
            .getSingleResult();
    List<CampaignFunnel.Waiting> first =
        entityManager
            .createQuery(
                "SELECT w.caseReference, w.createdAt FROM WorkItem w WHERE w.taskKey = :key"
                    + " ORDER BY w.createdAt, w.caseReference",
                Object[].class)
            .setParameter("key", taskKey)
            .setMaxResults(CampaignFunnel.LISTED)
            .getResultStream()
            .map(row -> new CampaignFunnel.Waiting((String) row[0], (OffsetDateTime) row[1]))
            .toList();
    return new CampaignFunnel.Some(count, first);
  }

  /** Every team with an open task, by name. */
  public List<TeamLoad> byTeam() {
    return entityManager
        .createQuery(
            "SELECT w.team, COUNT(w), COUNT(w.assignee),"
                + " SUM(CASE WHEN w.dueAt < :now THEN 1 ELSE 0 END)"
                + " FROM WorkItem w GROUP BY w.team ORDER BY w.team",
            Object[].class)
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
        .getResultStream()
        .map(row -> new TeamLoad((String) row[0], number(row[1]), number(row[2]), number(row[3])))
        .toList();
  }

  /** Every caseworker holding a task, most overdue first. */
  public List<CaseworkerLoad> byCaseworker() {
    return entityManager
        .createQuery(
            "SELECT w.assignee, COUNT(w), SUM(CASE WHEN w.dueAt < :now THEN 1 ELSE 0 END)"
                + " FROM WorkItem w WHERE w.assignee IS NOT NULL GROUP BY w.assignee",
            Object[].class)
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
        .getResultStream()
        .map(row -> new CaseworkerLoad((String) row[0], number(row[1]), number(row[2])))
        .sorted(
            (a, b) ->
                a.overdue() != b.overdue()
                    ? Long.compare(b.overdue(), a.overdue())
                    : a.username().compareTo(b.username()))
        .toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
