package org.outreach.tasks.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.outreach.registry.CustodyStatus;
import org.outreach.tasks.InvalidAssigneeException;
import org.outreach.tasks.InvalidDueDateException;
import org.outreach.tasks.InvalidWorklistException;
import org.outreach.tasks.SavedWorklists;
import org.outreach.tasks.TaskAssignments;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.WorklistFilter;
import org.outreach.tasks.WorklistSort;
import org.outreach.tasks.Worklists;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code inbox.xhtml}: a worklist of the tasks the logged-in user may work, paged by the
 * database, narrowed by the filter above it or by a saved worklist, and claimed or handed back from
 * its rows. The work itself is done on each task's page.
 *
 * <p>The page's fifty rows are built once per request, with their words in the reader's language,
 * and written as plain HTML: each row's Claim and Unclaim is a plain submit button of the form,
 * which names its task as its value and is received by one command for all rows ({@link
 * #claimPressed}, {@link #unclaimPressed}); the pager is four plain Faces buttons. That keeps a
 * page free of per-row components and scripts, which cost most of a worklist's time when they were
 * there.
 *
 * <p>Supervisors also tick rows (plain checkboxes sending {@value #PICK}), or choose every task of
 * the filter, and give them to a member of the team, release their claims or make them due at
 * another time ({@link TaskAssignments}).
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

  /** Language names by code and reader's language: a handful of each. */
  private static final Map<String, String> LANGUAGE_NAMES = new ConcurrentHashMap<>();

  private static final long serialVersionUID = 1L;

  /** Priorities a filter offers: any, raised by an escalation, the highest. */
  private static final List<Integer> PRIORITIES = List.of(75, 100);

  @EJB private Worklists worklists;
  @EJB private SavedWorklists savedWorklists;
  @EJB private TaskInbox taskInbox;
  @EJB private TaskAssignments assignments;

  private String worklist;
  private String caseReference;
  private String savedName;
  private String taskKey;
  private String team;
  private String heldBy;
  private String custodyStatus;
  private String noticeLanguage;
  private String facility;
  private Integer minimumPriority;
  private boolean overdueOnly;
  private boolean claimedByMe;
  private WorklistSort sort = WorklistSort.PRIORITY;

  /** The request parameters the rows' Claim and Unclaim buttons send their task's id in. */
  static final String CLAIM = "inbox:claim";

  static final String UNCLAIM = "inbox:unclaim";

  /** The request parameter a supervisor's ticked rows send their tasks' ids in. */
  static final String PICK = "inbox:pick";

  private boolean everyOfFilter;
  private String giveTo;
  private String dueAt;
  private List<SelectItem> members;

  private WorklistFilter applied = WorklistFilter.ALL;
  private long count;
  private int first;
  private List<InboxRow> rows = List.of();
  private List<String> taskTypes;
  private List<String> teams;
  private List<String> languages;
  private List<SavedWorklists.Saved> saved;

  @PostConstruct
  void init() {
    taskTypes = worklists.taskTypes();
    teams = worklists.teams();
    languages = worklists.noticeLanguages();
    saved = savedWorklists.mine();
  }

  /** Runs once the view parameters are set: opens the saved worklist or the case named. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (worklist != null && !worklist.isBlank()) {
      try {
        SavedWorklists.Saved opened = savedWorklists.open(UUID.fromString(worklist.strip()));
        show(opened.filter());
        savedName = opened.name();
      } catch (IllegalArgumentException | InvalidWorklistException e) {
        ConsoleTexts.say(
            FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "worklist.unknownWorklist");
      }
    }
    apply();
  }

  /** Lists the tasks that match the filter as it is set. */
  public void apply() {
    WorklistFilter filter =
        new WorklistFilter(
            taskKey,
            team,
            custodyStatus == null || custodyStatus.isBlank()
                ? null
                : CustodyStatus.valueOf(custodyStatus),
            noticeLanguage,
            facility,
            minimumPriority,
            overdueOnly,
            claimedByMe,
            caseReference,
            heldBy);
    try {
      count = worklists.count(filter);
      applied = filter;
      first = 0;
      rows = page();
    } catch (InvalidWorklistException e) {
      sayAt(e);
    }
  }

  /** Back to every task the user may see. */
  public void clear() {
    show(WorklistFilter.ALL);
    caseReference = null;
    worklist = null;
    savedName = null;
    applied = WorklistFilter.ALL;
    first = 0;
    refresh();
  }

  /** Saves the filter as it is set under the name typed. */
  public void save() {
    apply();
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    try {
      UUID id = savedWorklists.save(savedName, applied);
      worklist = id.toString();
      saved = savedWorklists.mine();
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "worklist.saved");
    } catch (InvalidWorklistException e) {
      sayAt(e);
    }
  }

  /** Renames the saved worklist being shown and gives it the filter as it is set. */
  public void updateSaved() {
    apply();
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    UUID id;
    try {
      id = UUID.fromString(worklist == null ? "" : worklist.strip());
    } catch (IllegalArgumentException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "worklist.unknownWorklist");
      return;
    }
    try {
      savedWorklists.update(id, savedName, applied);
      saved = savedWorklists.mine();
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "worklist.updated");
    } catch (InvalidWorklistException e) {
      if ("worklist".equals(e.field())) {
        ConsoleTexts.say(
            FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "worklist.unknownWorklist");
      } else {
        sayAt(e);
      }
    }
  }

  /** Deletes the saved worklist being shown. */
  public void deleteSaved() {
    try {
      if (worklist == null) {
        throw new IllegalArgumentException("no worklist shown");
      }
      savedWorklists.delete(UUID.fromString(worklist));
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "worklist.deleted");
      saved = savedWorklists.mine();
      clear();
    } catch (IllegalArgumentException | InvalidWorklistException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "worklist.unknownWorklist");
    }
  }

  /** A row's Claim was pressed: its value is the task's id. */
  public void claimPressed() {
    String taskId = pressed(CLAIM);
    act(() -> taskInbox.claim(taskId), "inbox.claimed");
  }

  /** A row's Unclaim was pressed: its value is the task's id. */
  public void unclaimPressed() {
    String taskId = pressed(UNCLAIM);
    act(() -> taskInbox.unclaim(taskId), "inbox.unclaimed");
  }

  /** A supervisor gives the ticked tasks, or every task of the filter, to a member of the team. */
  public void givePicked() {
    List<String> ids = picked();
    if (ids.isEmpty()) {
      return;
    }
    if (giveTo == null || giveTo.isBlank()) {
      ConsoleTexts.sayAt("inbox:give-to", ConsoleTexts.TASKS, "change.giveTo.missing");
      return;
    }
    try {
      int changed = assignments.reassign(ids, giveTo);
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "change.given", changed, ids.size());
      giveTo = null;
    } catch (InvalidAssigneeException e) {
      ConsoleTexts.sayAt("inbox:give-to", ConsoleTexts.TASKS, "change.giveTo.notMember");
      return;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "change.notOpen");
    }
    changed();
  }

  /** A supervisor releases the claims on the ticked tasks, or on every task of the filter. */
  public void releasePicked() {
    List<String> ids = picked();
    if (ids.isEmpty()) {
      return;
    }
    try {
      int changed = assignments.release(ids);
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "change.released", changed, ids.size());
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "change.notOpen");
    }
    changed();
  }

  /** A supervisor makes the ticked tasks, or every task of the filter, due at the time typed. */
  public void dueAtPicked() {
    List<String> ids = picked();
    if (ids.isEmpty()) {
      return;
    }
    OffsetDateTime due;
    try {
      due = ConsoleDateTimes.fromInput(dueAt);
    } catch (DateTimeParseException e) {
      due = null;
    }
    if (due == null) {
      ConsoleTexts.sayAt("inbox:due-at", ConsoleTexts.TASKS, "change.dueAt.missing");
      return;
    }
    try {
      int changed = assignments.dueAt(ids, due.toInstant());
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "change.due", changed, ids.size());
      dueAt = null;
    } catch (InvalidDueDateException e) {
      ConsoleTexts.sayAt("inbox:due-at", ConsoleTexts.TASKS, "change.dueAt.past");
      return;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "change.notOpen");
    }
    changed();
  }

  /**
   * The tasks a change is for: every task of the filter applied, or the rows ticked; said on the
   * page when there are none or too many.
   */
  private List<String> picked() {
    List<String> ids;
    if (everyOfFilter) {
      ids = worklists.taskIds(applied, TaskAssignments.MOST_AT_ONCE + 1);
      if (ids.size() > TaskAssignments.MOST_AT_ONCE) {
        ConsoleTexts.say(
            FacesMessage.SEVERITY_WARN,
            ConsoleTexts.TASKS,
            "change.tooMany",
            TaskAssignments.MOST_AT_ONCE);
        return List.of();
      }
    } else {
      String[] values =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterValuesMap()
              .get(PICK);
      ids =
          values == null
              ? List.of()
              : Arrays.stream(values)
                  .map(String::strip)
                  .filter(id -> !id.isEmpty())
                  .distinct()
                  .limit(TaskAssignments.MOST_AT_ONCE)
                  .toList();
    }
    if (ids.isEmpty()) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.TASKS, "change.nonePicked");
    }
    return ids;
  }

  private void changed() {
    everyOfFilter = false;
    refresh();
    saved = savedWorklists.mine();
  }

  /** The members of every team a supervisor can give tasks to, by display name. */
  public List<SelectItem> getMembers() {
    if (members == null) {
      members =
          worklists.seesEveryTask()
              ? assignments.teamMembers().stream()
                  .map(member -> new SelectItem(member.username(), member.displayName()))
                  .toList()
              : List.of();
    }
    return members;
  }

  /** The latest a new due time may not be before: now, as the input takes it. */
  public String getEarliestDue() {
    return ConsoleDateTimes.latestInput();
  }

  public boolean isEveryOfFilter() {
    return everyOfFilter;
  }

  public void setEveryOfFilter(boolean everyOfFilter) {
    this.everyOfFilter = everyOfFilter;
  }

  public String getGiveTo() {
    return giveTo;
  }

  public void setGiveTo(String giveTo) {
    this.giveTo = giveTo;
  }

  public String getDueAt() {
    return dueAt;
  }

  public void setDueAt(String dueAt) {
    this.dueAt = dueAt;
  }

  /** Shows the page whose first row is {@code row}, counted from 0. */
  public void turnTo(int row) {
    first = Math.max(0, row);
    refresh();
  }

  private static String pressed(String parameter) {
    String value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(parameter);
    return value == null ? "" : value.strip();
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.CONSOLE, done);
    } catch (TaskNotAvailableException e) {
      TaskMessages.sayNotAvailable(e);
    }
    refresh();
    saved = savedWorklists.mine();
  }

  /** Counts again and reads the page shown, or the last one if the list has become shorter. */
  private void refresh() {
    count = worklists.count(applied);
    int size = Worklists.PAGE_SIZE;
    if (first >= count) {
      first = count == 0 ? 0 : (int) ((count - 1) / size) * size;
    }
    first -= first % size;
    rows = page();
  }

  private List<InboxRow> page() {
    Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return worklists.entries(applied, sort, first, Worklists.PAGE_SIZE).stream()
        .map(entry -> new InboxRow(entry, reader, this::languageName))
        .toList();
  }

  private void show(WorklistFilter filter) {
    taskKey = filter.taskKey();
    team = filter.team();
    custodyStatus = filter.custodyStatus() == null ? null : filter.custodyStatus().name();
    noticeLanguage = filter.noticeLanguage();
    facility = filter.facility();
    minimumPriority = filter.minimumPriority();
    overdueOnly = filter.overdueOnly();
    claimedByMe = filter.claimedByMe();
    heldBy = filter.heldBy();
  }

  private static void sayAt(InvalidWorklistException e) {
    String field =
        switch (e.field()) {
          case "name" -> "inbox:saved-name";
          case "facility" -> "inbox:facility";
          case "caseReference" -> "inbox:case";
          default -> "inbox:filter-" + e.field();
        };
    ConsoleTexts.sayAt(field, ConsoleTexts.TASKS, "worklist.rule." + e.rule().name());
  }

  /** The rows of the page shown, as of the last load or action. */
  public List<InboxRow> getRows() {
    return rows;
  }

  /** The first row shown, counted from 1; 0 when nothing matches. */
  public long getFirstShown() {
    return rows.isEmpty() ? 0 : first + 1L;
  }

  public long getLastShown() {
    return first + (long) rows.size();
  }

  /** The values the pager's buttons send: the first row of the page each turns to. */
  public int getPreviousFirst() {
    return Math.max(0, first - Worklists.PAGE_SIZE);
  }

  public int getNextFirst() {
    return first + Worklists.PAGE_SIZE;
  }

  public int getLastFirst() {
    return count == 0 ? 0 : (int) ((count - 1) / Worklists.PAGE_SIZE) * Worklists.PAGE_SIZE;
  }

  public boolean isOnFirstPage() {
    return first == 0;
  }

  public boolean isOnLastPage() {
    return first + Worklists.PAGE_SIZE >= count;
  }

  /** How many tasks match the filter applied, counted when it was applied or a task changed. */
  public long getCount() {
    return count;
  }

  public int getPageSize() {
    return Worklists.PAGE_SIZE;
  }

  /** The user's saved worklists with their counts, as of the last load or action. */
  public List<SavedWorklists.Saved> getSavedWorklists() {
    return saved;
  }

  public List<String> getTaskTypes() {
    return taskTypes;
  }

  public List<String> getTeams() {
    return teams;
  }

  public List<String> getLanguages() {
    return languages;
  }

  /** A language's name in the reader's language. */
  public String languageName(String code) {
    if (code == null) {
      return "";
    }
    Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    // asked once per row of every page: the JDK's lookup of a display name is not cheap
    return LANGUAGE_NAMES.computeIfAbsent(
        code + "|" + reader.toLanguageTag(),
        key -> Locale.forLanguageTag(code).getDisplayLanguage(reader));
  }

  public List<CustodyStatus> getCustodyStatuses() {
    return List.of(CustodyStatus.values());
  }

  public List<Integer> getPriorities() {
    return PRIORITIES;
  }

  public List<WorklistSort> getSorts() {
    return List.of(WorklistSort.values());
  }

  public String getHeldBy() {
    return heldBy;
  }

  public void setHeldBy(String heldBy) {
    this.heldBy = heldBy;
  }

  public boolean isSeesEveryTask() {
    return worklists.seesEveryTask();
  }

  public boolean isShowingSaved() {
    return worklist != null && !worklist.isBlank();
  }

  public String getWorklist() {
    return worklist;
  }

  public void setWorklist(String worklist) {
    this.worklist = worklist;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference;
  }

  public String getSavedName() {
    return savedName;
  }

  public void setSavedName(String savedName) {
    this.savedName = savedName;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public void setTaskKey(String taskKey) {
    this.taskKey = taskKey;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getCustodyStatus() {
    return custodyStatus;
  }

  public void setCustodyStatus(String custodyStatus) {
    this.custodyStatus = custodyStatus;
  }

  public String getNoticeLanguage() {
    return noticeLanguage;
  }

  public void setNoticeLanguage(String noticeLanguage) {
    this.noticeLanguage = noticeLanguage;
  }

  public String getFacility() {
    return facility;
  }

  public void setFacility(String facility) {
    this.facility = facility;
  }

  public Integer getMinimumPriority() {
    return minimumPriority;
  }

  public void setMinimumPriority(Integer minimumPriority) {
    this.minimumPriority = minimumPriority;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public boolean isClaimedByMe() {
    return claimedByMe;
  }

  public void setClaimedByMe(boolean claimedByMe) {
    this.claimedByMe = claimedByMe;
  }

  public WorklistSort getSort() {
    return sort;
  }

  public void setSort(WorklistSort sort) {
    this.sort = sort == null ? WorklistSort.PRIORITY : sort;
  }
}
