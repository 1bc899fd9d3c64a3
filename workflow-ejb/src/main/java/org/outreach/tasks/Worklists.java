package org.outreach.tasks;

import static org.outreach.sql.NativeValues.instant;
import static org.outreach.sql.NativeValues.uuid;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.privacy.BlindIndex;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.TaskOutcomes;
import org.outreach.processes.Teams;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.PersonView;
import org.outreach.users.StaffMember;
import org.outreach.users.UserDirectory;

/**
 * Worklists: the open tasks a staff member may work, filtered, sorted and paged by the database
 * over {@code work_item} joined with the case and the person's plain columns (custody status,
 * notice language, the facility's blind index), the count from one query. A caseworker sees the
 * unclaimed tasks of their teams and the tasks they hold; supervisors and administrators every open
 * task, with who holds it. The need-to-know columns of a page are decrypted for that page alone,
 * and each person shown is recorded in the audit trail as listed to the reader for casework.
 */
@Stateless
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class Worklists {

  /** Rows on a page of the console's worklist. */
  public static final int PAGE_SIZE = 50;

  /** The most rows one call returns. */
  public static final int MAX_PAGE_SIZE = 100;

  // every work item has its case (see V9); a case may have no person
  private static final String WITH_PEOPLE =
      " JOIN outreach_case c ON c.id = w.case_id LEFT JOIN affected_person p ON p.id = c.person_id";

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;
  @Inject private UserDirectory users;
  @Inject private PersonRegistry registry;
  @Inject private BlindIndex blindIndex;
  @Inject private WorklistLanguages languages;

  /**
   * One page of the tasks matching the filter; {@link #count} says how many match in all.
   *
   * @param first the index of the first row, from 0
   * @throws InvalidWorklistException naming the field of the filter that cannot be used
   */
  public List<WorklistEntry> entries(
      WorklistFilter filter, WorklistSort sort, int first, int size) {
    StaffMember me = caller();
    return entries(me, where(me, filter), sort, first, size);
  }

  private List<WorklistEntry> entries(
      StaffMember me, Where where, WorklistSort sort, int first, int size) {
    String order = orderBy(sort == null ? WorklistSort.PRIORITY : sort);
    // the page is chosen among the work items alone; only its rows are joined with the person
    String page =
        "SELECT w.task_id, w.task_key, w.case_id, w.case_reference, w.team, w.assignee,"
            + " w.priority, w.created_at, w.due_at FROM work_item w"
            + where.sql()
            + order
            + " OFFSET "
            + Math.max(first, 0)
            + " ROWS FETCH NEXT "
            + Math.min(Math.max(size, 1), MAX_PAGE_SIZE)
            + " ROWS ONLY";
    Query query =
        entityManager.createNativeQuery(
            "SELECT w.task_id, w.task_key, w.case_id, w.case_reference, w.team, w.assignee,"
                + " w.priority, w.created_at, w.due_at, c.person_id, p.custody_status,"
                + " p.notice_language FROM ("
                + page
                + ") w"
                + WITH_PEOPLE
                + order);
    where.parameters.forEach(query::setParameter);
    return rows(me, query.getResultList());
  }

  /**
   * How many tasks match the filter, without reading anyone's record.
   *
   * @throws InvalidWorklistException naming the field of the filter that cannot be used
   */
  public long count(WorklistFilter filter) {
    return count(where(caller(), filter));
  }

  /**
   * The ids of every task matching the filter, at most {@code most} of them, oldest first: for a
   * supervisor's change to every task of a filter. Reads no one's record.
   *
   * @throws InvalidWorklistException naming the field of the filter that cannot be used
   */
  public List<String> taskIds(WorklistFilter filter, int most) {
    Where where = where(caller(), filter);
    Query query =
        entityManager
            .createNativeQuery(
                "SELECT w.task_id FROM work_item w"
                    + where.sql()
                    + " ORDER BY w.created_at, w.task_id")
            .setMaxResults(Math.max(1, most));
    where.parameters.forEach(query::setParameter);
    List<?> ids = query.getResultList();
    return ids.stream().map(String::valueOf).toList();
  }

  /** The notice languages a filter offers (see {@link WorklistLanguages}). */
  public List<String> noticeLanguages() {
    return languages.codes();
  }

  /** The kinds of task a worklist can narrow to, by their ids in the models. */
  public List<String> taskTypes() {
    return TaskOutcomes.BY_TASK.keySet().stream().sorted().toList();
  }

  /** The teams a worklist can narrow to: the caller's own, or every team for supervisors. */
  public List<String> teams() {
    StaffMember me = caller();
    return supervises() ? Teams.ALL : me.teams().stream().sorted().toList();
  }

  /** Whether the caller's worklists show tasks held by others (supervisors, administrators). */
  public boolean seesEveryTask() {
    return supervises();
  }

  private long count(Where where) {
    Query query = entityManager.createNativeQuery("SELECT COUNT(*) FROM work_item w" + where.sql());
    where.parameters.forEach(query::setParameter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private Where where(StaffMember me, WorklistFilter filter) {
    WorklistFilter f = filter == null ? WorklistFilter.ALL : filter;
    Where where = new Where();
    if (supervises()) {
      where.sql.append(" WHERE 1 = 1");
    } else if (me.teams().isEmpty()) {
      where.sql.append(" WHERE w.assignee = :me");
      where.parameters.put("me", me.username());
    } else {
      where.sql.append(" WHERE ((w.team IN (:teams) AND w.assignee IS NULL) OR w.assignee = :me)");
      where.parameters.put("teams", List.copyOf(me.teams()));
      where.parameters.put("me", me.username());
    }
    if (f.taskKey() != null) {
      if (!TaskOutcomes.BY_TASK.containsKey(f.taskKey())) {
        throw new InvalidWorklistException(
            "taskKey", InvalidWorklistException.Rule.UNKNOWN_TASK_TYPE);
      }
      where.and("w.task_key = :taskKey", "taskKey", f.taskKey());
    }
    if (f.team() != null) {
      if (!Teams.ALL.contains(f.team())) {
        throw new InvalidWorklistException("team", InvalidWorklistException.Rule.UNKNOWN_TEAM);
      }
      where.and("w.team = :team", "team", f.team());
    }
    if (f.custodyStatus() != null) {
      where.andPerson("p.custody_status = :custody", "custody", f.custodyStatus().name());
    }
    if (f.noticeLanguage() != null) {
      if (!f.noticeLanguage().matches("[a-z]{2}")) {
        throw new InvalidWorklistException(
            "noticeLanguage", InvalidWorklistException.Rule.UNKNOWN_LANGUAGE);
      }
      where.andPerson("p.notice_language = :language", "language", f.noticeLanguage());
    }
    if (f.facility() != null) {
      if (f.facility().length() > WorklistFilter.MAX_TEXT) {
        throw new InvalidWorklistException("facility", InvalidWorklistException.Rule.TOO_LONG);
      }
      String index = blindIndex.facility(f.facility());
      // a name without letters or digits matches no facility
      where.andPerson(
          "p.detention_facility_index = :facility", "facility", index == null ? "-" : index);
    }
    if (f.minimumPriority() != null) {
      if (f.minimumPriority() < 0 || f.minimumPriority() > TaskPriorities.MAX) {
        throw new InvalidWorklistException(
            "minimumPriority", InvalidWorklistException.Rule.PRIORITY_OUT_OF_RANGE);
      }
      where.and("w.priority >= :priority", "priority", f.minimumPriority());
    }
    if (f.overdueOnly()) {
      where.and("w.due_at < :now", "now", OffsetDateTime.now(ZoneOffset.UTC));
    }
    if (f.claimedByMe()) {
      where.and("w.assignee = :me", "me", me.username());
    }
    if (f.heldBy() != null) {
      if (f.heldBy().length() > WorklistFilter.MAX_TEXT) {
        throw new InvalidWorklistException("heldBy", InvalidWorklistException.Rule.TOO_LONG);
      }
      where.and("w.assignee = :heldBy", "heldBy", f.heldBy());
    }
    if (f.caseReference() != null) {
      if (f.caseReference().length() > WorklistFilter.MAX_TEXT) {
        throw new InvalidWorklistException("caseReference", InvalidWorklistException.Rule.TOO_LONG);
      }
      where.and(
          "w.case_reference = :reference", "reference", f.caseReference().toUpperCase(Locale.ROOT));
    }
    return where;
  }

  private static String orderBy(WorklistSort sort) {
    String removalStopsFirst =
        " ORDER BY CASE WHEN w.task_key = '"
            + OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL
            + "' THEN 0 ELSE 1 END, ";
    return removalStopsFirst
        + switch (sort) {
          case PRIORITY -> "w.priority DESC, w.created_at ASC, w.task_id ASC";
          case DUE ->
              "CASE WHEN w.due_at IS NULL THEN 1 ELSE 0 END, w.due_at ASC, w.priority DESC,"
                  + " w.task_id ASC";
          case WAITING_SINCE -> "w.created_at ASC, w.task_id ASC";
        };
  }

  /**
   * The page's rows with their need-to-know columns: one read of the registry per kind of task on
   * the page, each writing one {@code LIST_PERSON} event per person shown.
   */
  private List<WorklistEntry> rows(StaffMember me, List<?> rows) {
    Instant now = Instant.now();
    Map<String, Map<UUID, UUID>> casesByPersonByKey = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      UUID personId = uuid(columns[9]);
      if (personId != null) {
        casesByPersonByKey
            .computeIfAbsent((String) columns[1], key -> new HashMap<>())
            .put(personId, uuid(columns[2]));
      }
    }
    // one id for the page view, so that the trail shows who was listed together
    String reason = "worklist:" + UUID.randomUUID();
    Map<String, Map<UUID, PersonView>> viewsByKey = new HashMap<>();
    casesByPersonByKey.forEach(
        (taskKey, casesByPerson) ->
            viewsByKey.put(
                taskKey,
                registry.readPartsForList(
                    casesByPerson, NeedToKnow.forRow(taskKey), AccessPurpose.CASEWORK, reason)));
    Map<String, String> holders = new HashMap<>();
    List<WorklistEntry> entries = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      String taskKey = (String) c[1];
      String assignee = (String) c[5];
      Instant due = instant(c[8]);
      UUID personId = uuid(c[9]);
      PersonView person =
          personId == null ? null : viewsByKey.getOrDefault(taskKey, Map.of()).get(personId);
      Optional<ContactPoint> lastContact =
          person == null
              ? Optional.empty()
              : person.contactPoints().stream()
                  .filter(ContactPoint::safeToContact)
                  .filter(point -> point.asOf() != null)
                  .max(Comparator.comparing(ContactPoint::asOf));
      entries.add(
          new WorklistEntry(
              (String) c[0],
              taskKey,
              uuid(c[2]),
              (String) c[3],
              (String) c[4],
              assignee == null
                  ? null
                  : holders.computeIfAbsent(
                      assignee, name -> users.displayNameOf(name).orElse(name)),
              me.username().equals(assignee),
              ((Number) c[6]).intValue(),
              instant(c[7]),
              due,
              due != null && due.isBefore(now),
              OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL.equals(taskKey),
              c[10] == null ? null : CustodyStatus.valueOf((String) c[10]),
              (String) c[11],
              person == null || person.familyName() == null
                  ? null
                  : (person.givenNames() + " " + person.familyName()).strip(),
              person == null ? null : person.aNumber(),
              person == null ? null : person.custodyFacts().detentionFacility(),
              lastContact.map(ContactPoint::source).orElse(null),
              lastContact.map(ContactPoint::asOf).orElse(null)));
    }
    return entries;
  }

  private boolean supervises() {
    return session.isCallerInRole("supervisor") || session.isCallerInRole("admin");
  }

  private StaffMember caller() {
    return users
        .find(session.getCallerPrincipal().getName())
        .orElseThrow(() -> new EJBAccessException("Only logged-in staff have worklists"));
  }

  /** A WHERE clause and its parameters, built together. */
  private static final class Where {
    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();
    private final List<String> people = new ArrayList<>();

    void and(String condition, String name, Object value) {
      sql.append(" AND ").append(condition);
      parameters.put(name, value);
    }

    /** A condition on the person's columns, gathered into one subquery of the matching cases. */
    void andPerson(String condition, String name, Object value) {
      people.add(condition);
      parameters.put(name, value);
    }

    /**
     * The WHERE clause: the work items' own conditions, and, when the person's columns narrow it,
     * the cases of the people who match, found once through the person's indexed columns (each work
     * item joined with its case and person cost a lookup per row: several times slower on H2 with
     * 3,000 tasks).
     */
    String sql() {
      if (people.isEmpty()) {
        return sql.toString();
      }
      return sql
          + " AND w.case_id IN (SELECT c.id FROM outreach_case c"
          + " JOIN affected_person p ON p.id = c.person_id WHERE "
          + String.join(" AND ", people)
          + ")";
    }
  }
}
