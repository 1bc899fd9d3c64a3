package org.outreach.tasks.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.outreach.registry.CustodyStatus;
import org.outreach.tasks.InvalidWorklistException;
import org.outreach.tasks.SavedWorklists;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.WorklistFilter;
import org.outreach.tasks.WorklistSort;
import org.outreach.tasks.Worklists;
import org.outreach.web.ConsoleTexts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code inbox.xhtml}: a worklist of the tasks the logged-in user may work, paged by the
 * database, narrowed by the filter above it or by a saved worklist, and claimed or handed back from
 * its rows. The work itself is done on each task's page.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

  /** Language names by code and reader's language: a handful of each. */
  private static final Map<String, String> LANGUAGE_NAMES = new ConcurrentHashMap<>();

  private static final long serialVersionUID = 1L;

  /** Priorities a filter offers: any, raised by an escalation, the highest. */
  private static final List<Integer> PRIORITIES = List.of(75, 100);

  @EJB private transient Worklists worklists;
  @EJB private transient SavedWorklists savedWorklists;
  @EJB private transient TaskInbox taskInbox;

  private String worklist;
  private String caseReference;
  private String savedName;
  private String taskKey;
  private String team;
  private String custodyStatus;
  private String noticeLanguage;
  private String facility;
  private Integer minimumPriority;
  private boolean overdueOnly;
  private boolean claimedByMe;
  private WorklistSort sort = WorklistSort.PRIORITY;

  private WorklistFilter applied = WorklistFilter.ALL;
  private long count;
  // the request whose count is in count, so that the table's own count does not ask again
  private transient FacesContext countedIn;
  private final Model tasks = new Model();
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
            caseReference);
    try {
      count = worklists.count(filter);
      countedIn = FacesContext.getCurrentInstance();
      applied = filter;
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
    countApplied();
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

  public void claim(String taskId) {
    act(() -> taskInbox.claim(taskId), "inbox.claimed");
  }

  public void unclaim(String taskId) {
    act(() -> taskInbox.unclaim(taskId), "inbox.unclaimed");
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.CONSOLE, done);
    } catch (TaskNotAvailableException e) {
      TaskMessages.sayNotAvailable(e);
    }
    countApplied();
    saved = savedWorklists.mine();
  }

  private long countApplied() {
    count = worklists.count(applied);
    countedIn = FacesContext.getCurrentInstance();
    return count;
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

  /** The rows, loaded a page at a time by the database; the table asks for what it shows. */
  public LazyDataModel<InboxRow> getTasks() {
    return tasks;
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

  /** Pages of the worklist as the filter last applied selects them. */
  private final class Model extends LazyDataModel<InboxRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      long matching =
          countedIn != null && countedIn == FacesContext.getCurrentInstance()
              ? count
              : countApplied();
      return (int) Math.min(Integer.MAX_VALUE, matching);
    }

    @Override
    public List<InboxRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return worklists.entries(applied, sort, first, pageSize).stream().map(InboxRow::new).toList();
    }

    @Override
    public String getRowKey(InboxRow row) {
      return row.getId();
    }

    @Override
    public InboxRow getRowData(String rowKey) {
      return null;
    }
  }
}
