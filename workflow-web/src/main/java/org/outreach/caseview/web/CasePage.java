package org.outreach.caseview.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.outreach.audit.AccessPurpose;
import org.outreach.campaign.CampaignSettings;
import org.outreach.campaign.RetentionSettings;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.caseview.CaseDesk;
import org.outreach.caseview.CaseDiagrams;
import org.outreach.caseview.CaseFile;
import org.outreach.caseview.InvalidCaseSearchException;
import org.outreach.court.Consultations;
import org.outreach.court.InvalidConsultationHeldException;
import org.outreach.custody.CustodyReleases;
import org.outreach.custody.InvalidCustodyReleaseException;
import org.outreach.documents.DocumentView;
import org.outreach.notice.delivery.IncomingReplies;
import org.outreach.notice.delivery.InvalidReplyException;
import org.outreach.notice.delivery.NewReply;
import org.outreach.notice.delivery.ReplyChannel;
import org.outreach.notice.delivery.ReplyRules;
import org.outreach.registry.web.PersonSummary;
import org.outreach.retention.InvalidRetentionHoldException;
import org.outreach.retention.RetentionHoldReason;
import org.outreach.retention.RetentionHoldView;
import org.outreach.retention.RetentionHolds;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.StepNames;

/**
 * Backs {@code cases/case.xhtml}: finds a case by its reference or the person's A-number, and shows
 * it: the person as far as the reader's role may see, the removal hold, the open tasks, the
 * timeline and the documents, and records a reply or acknowledgment from the person on it. The
 * reference travels in the address; an A-number never does (the search is posted, then the page is
 * opened by the reference it found). A case the reader may not open answers 404, like one that does
 * not exist.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseDesk desk;
  @EJB private IncomingReplies replies;
  @EJB private Consultations consultations;
  @EJB private CustodyReleases releases;
  @EJB private RetentionHolds retentionHolds;

  private String reference;
  private String purpose;
  private String search;
  private String searchPurpose;

  private ReplyChannel replyChannel;
  private String replyReceivedAt;
  private boolean replyAcknowledges;
  private String replyNote;

  /** When the consultation waiting to be recorded as held was scheduled for, shown; or none. */
  private String consultationScheduledFor;

  private String consultationHeldOn;

  /** The day of the custody review, shown, while the person's release is not recorded; or none. */
  private String custodyReviewedOn;

  private String releasedOn;

  /** The hold keeping the case past the retention period, shown to supervisors; or none. */
  private RetentionHoldView retentionHold;

  private RetentionHoldReason retentionHoldReason;

  private CaseSummary summary;
  private PersonSummary person;
  private boolean hasPerson;

  /** When the retention job erased the person's record; {@code null} if it did not. */
  private Instant personErasedAt;

  private List<TimelineRow> timeline = List.of();
  private List<TaskRow> openTasks = List.of();
  private List<DocumentRow> documents = List.of();
  private List<DiagramRow> diagrams = List.of();

  /** A running process of the case, drawn by the bpmn-js viewer with its current steps marked. */
  public static final class DiagramRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String processKey;
    private final String bpmnXml;
    private final String activeSteps;
    private final String stepNames;

    DiagramRow(CaseDiagrams.Diagram diagram) {
      this.processKey = diagram.processKey();
      this.bpmnXml = diagram.bpmnXml();
      this.activeSteps = String.join(" ", diagram.activeSteps());
      this.stepNames = StepNames.asJson(diagram.processKey());
    }

    /** Key {@code process.<key>} of the cases bundle. */
    public String getProcessKey() {
      return processKey;
    }

    public String getBpmnXml() {
      return bpmnXml;
    }

    /** The process's steps by their names in the page's language, as JSON, to label the diagram. */
    public String getStepNames() {
      return stepNames;
    }

    /** The ids of the steps the process waits in, separated by spaces. */
    public String getActiveSteps() {
      return activeSteps;
    }
  }

  /** An open task of the case. */
  public static final class TaskRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String taskKey;
    private final String holder;
    private final OffsetDateTime created;
    private final OffsetDateTime due;

    TaskRow(CaseFile.OpenTask task) {
      this.id = task.id();
      this.taskKey = task.taskKey();
      this.holder = task.holder();
      this.created = task.created();
      this.due = task.due();
    }

    public String getId() {
      return id;
    }

    public String getTaskKey() {
      return taskKey;
    }

    public String getHolder() {
      return holder;
    }

    public OffsetDateTime getCreated() {
      return created;
    }

    public OffsetDateTime getDue() {
      return due;
    }
  }

  /** A document of the case; its content is read only through its download, which is audited. */
  public static final class DocumentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String href;
    private final String kind;
    private final String type;
    private final long kilobytes;
    private final OffsetDateTime uploadedAt;

    DocumentRow(DocumentView view, String contextPath) {
      this.href = contextPath + "/api/documents/" + view.id();
      this.kind = view.kind().name();
      this.type = view.type().name();
      this.kilobytes = Math.max(1, (view.sizeBytes() + 1023) / 1024);
      this.uploadedAt = view.uploadedAt();
    }

    /** The document's download, answered by the REST API and audited there. */
    public String getHref() {
      return href;
    }

    public String getKind() {
      return kind;
    }

    public String getType() {
      return type;
    }

    public long getKilobytes() {
      return kilobytes;
    }

    public OffsetDateTime getUploadedAt() {
      return uploadedAt;
    }
  }

  /** Opens the case named by the {@code case} parameter, if any; 404 when it is not there. */
  public void load() throws IOException {
    searchPurpose = purposeOrDefault(searchPurpose).name();
    if (reference == null || reference.isBlank()) {
      return;
    }
    AccessPurpose stated = purposeOrDefault(purpose);
    try {
      CaseFile file = desk.open(desk.find(reference, stated).id(), stated);
      summary = file.summary();
      hasPerson = file.person().isPresent();
      personErasedAt = file.personErasedAt();
      person = file.person().map(PersonSummary::new).orElse(null);
      timeline = file.timeline().stream().map(TimelineRow::new).toList();
      openTasks = file.openTasks().stream().map(TaskRow::new).toList();
      String contextPath =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      documents =
          file.documents().stream().map(view -> new DocumentRow(view, contextPath)).toList();
      diagrams = file.diagrams().stream().map(DiagramRow::new).toList();
      consultationScheduledFor =
          consultations.awaitingHeld(summary.id()).map(ConsoleDateTimes::shown).orElse(null);
      custodyReviewedOn =
          releases.awaitingRelease(summary.id()).map(ConsoleDateTimes::shown).orElse(null);
      retentionHold =
          isMayHoldRecords() && personErasedAt == null
              ? retentionHolds.of(summary.id()).orElse(null)
              : null;
      purpose = stated.name();
    } catch (UnknownCaseException | InvalidCaseSearchException e) {
      summary = null;
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  /** Finds the case typed in the search field and opens it by its reference. */
  public void find() throws IOException {
    AccessPurpose stated = purposeOrDefault(searchPurpose);
    try {
      String found = desk.find(search, stated).reference();
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      context.redirect(
          context.getRequestContextPath()
              + "/cases/case.xhtml?case="
              + URLEncoder.encode(found, StandardCharsets.UTF_8)
              + "&purpose="
              + stated.name());
    } catch (InvalidCaseSearchException e) {
      ConsoleTexts.sayAt(
          "find:search", ConsoleTexts.CASES, "caseView.search.error." + e.rule().name());
    } catch (UnknownCaseException e) {
      ConsoleTexts.sayAt("find:search", ConsoleTexts.CASES, "caseView.search.notFound");
    }
  }

  /** Records the person's reply on the case, then shows the case again with it on the timeline. */
  public void recordReply() throws IOException {
    if (summary == null) {
      return;
    }
    OffsetDateTime receivedAt;
    try {
      receivedAt = ConsoleDateTimes.fromInput(replyReceivedAt);
    } catch (DateTimeParseException e) {
      ConsoleTexts.sayAt(
          "reply:reply-when", ConsoleTexts.CASES, "reply.error.RECEIVED_AT.UNREADABLE");
      return;
    }
    try {
      boolean reached =
          replies.record(
              summary.id(), new NewReply(replyChannel, receivedAt, replyAcknowledges, replyNote));
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO,
          ConsoleTexts.CASES,
          !replyAcknowledges
              ? "reply.recorded"
              : reached ? "reply.recorded.acknowledged" : "reply.recorded.noStepWaiting");
      replyChannel = null;
      replyReceivedAt = null;
      replyAcknowledges = false;
      replyNote = null;
      load();
    } catch (InvalidReplyException e) {
      ConsoleTexts.sayAt(
          "reply:" + REPLY_FIELDS.get(e.field()),
          ConsoleTexts.CASES,
          "reply.error." + e.field().name() + "." + e.rule().name());
    } catch (UnknownCaseException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.CASES, "caseView.search.notFound");
    }
  }

  /**
   * Records that the consultation scheduled on the case took place on the day typed, then shows the
   * case again with it on the timeline.
   */
  public void recordConsultationHeld() throws IOException {
    if (summary == null) {
      return;
    }
    TypedDay heldOn = TypedDay.of(consultationHeldOn);
    if (!heldOn.readable()) {
      ConsoleTexts.sayAt(
          "consultation:held-on", ConsoleTexts.CASES, "consultationHeld.error.UNREADABLE");
      return;
    }
    try {
      consultations.recordHeld(summary.id(), heldOn.day());
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.CASES, "consultationHeld.recorded");
      consultationHeldOn = null;
      load();
    } catch (InvalidConsultationHeldException e) {
      ConsoleTexts.sayAt(
          "consultation:held-on", ConsoleTexts.CASES, "consultationHeld.error." + e.rule().name());
    } catch (UnknownCaseException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.CASES, "caseView.search.notFound");
    }
  }

  /**
   * Records that the case's detained person was released on the day typed, then shows the case
   * again with it on the timeline.
   */
  public void recordRelease() throws IOException {
    if (summary == null) {
      return;
    }
    TypedDay day = TypedDay.of(releasedOn);
    if (!day.readable()) {
      ConsoleTexts.sayAt("release:released-on", ConsoleTexts.CASES, "release.error.UNREADABLE");
      return;
    }
    try {
      releases.recordRelease(summary.id(), day.day());
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.CASES, "release.recorded");
      releasedOn = null;
      load();
    } catch (InvalidCustodyReleaseException e) {
      ConsoleTexts.sayAt(
          "release:released-on", ConsoleTexts.CASES, "release.error." + e.rule().name());
    } catch (UnknownCaseException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.CASES, "caseView.search.notFound");
    }
  }

  /** A day as a date field sent it: none when blank, unreadable when not a day. */
  private record TypedDay(LocalDate day, boolean readable) {

    static TypedDay of(String typed) {
      if (typed == null || typed.isBlank()) {
        return new TypedDay(null, true);
      }
      try {
        return new TypedDay(LocalDate.parse(typed.strip()), true);
      } catch (DateTimeParseException e) {
        return new TypedDay(null, false);
      }
    }
  }

  public String getCustodyReviewedOn() {
    return custodyReviewedOn;
  }

  public String getReleasedOn() {
    return releasedOn;
  }

  public void setReleasedOn(String releasedOn) {
    this.releasedOn = releasedOn;
  }

  public String getConsultationScheduledFor() {
    return consultationScheduledFor;
  }

  public String getConsultationHeldOn() {
    return consultationHeldOn;
  }

  public void setConsultationHeldOn(String consultationHeldOn) {
    this.consultationHeldOn = consultationHeldOn;
  }

  private static final java.util.Map<InvalidReplyException.Field, String> REPLY_FIELDS =
      java.util.Map.of(
          InvalidReplyException.Field.CHANNEL, "reply-channel",
          InvalidReplyException.Field.RECEIVED_AT, "reply-when",
          InvalidReplyException.Field.NOTE, "reply-note");

  public List<ReplyChannel> getReplyChannels() {
    return ReplyChannel.typedIn();
  }

  public ReplyChannel getReplyChannel() {
    return replyChannel;
  }

  public void setReplyChannel(ReplyChannel replyChannel) {
    this.replyChannel = replyChannel;
  }

  public String getReplyReceivedAt() {
    return replyReceivedAt;
  }

  public void setReplyReceivedAt(String replyReceivedAt) {
    this.replyReceivedAt = replyReceivedAt;
  }

  public boolean isReplyAcknowledges() {
    return replyAcknowledges;
  }

  public void setReplyAcknowledges(boolean replyAcknowledges) {
    this.replyAcknowledges = replyAcknowledges;
  }

  public String getReplyNote() {
    return replyNote;
  }

  public void setReplyNote(String replyNote) {
    this.replyNote = replyNote;
  }

  /** The latest moment the time input offers: now, in the campaign's time zone. */
  public String getLatest() {
    return ConsoleDateTimes.latestInput();
  }

  public int getNoteMaxLength() {
    return ReplyRules.NOTE_MAX_LENGTH;
  }

  private static AccessPurpose purposeOrDefault(String stated) {
    if (stated != null) {
      for (AccessPurpose candidate : AccessPurpose.statedByPeople()) {
        if (candidate.name().equals(stated.toUpperCase(Locale.ROOT))) {
          return candidate;
        }
      }
    }
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole("supervisor") || context.isUserInRole("admin")
        ? AccessPurpose.SUPERVISION
        : AccessPurpose.CASEWORK;
  }

  /** The purposes a reader may state, in the order the search offers them. */
  public List<String> getPurposes() {
    return List.of(
        AccessPurpose.CASEWORK.name(),
        AccessPurpose.SUPERVISION.name(),
        AccessPurpose.RECORD_CORRECTION.name(),
        AccessPurpose.OVERSIGHT_REQUEST.name());
  }

  /** Keeps the case past the retention period for the reason chosen, then shows it again. */
  public void placeRetentionHold() throws IOException {
    if (summary == null || !isMayHoldRecords()) {
      return;
    }
    try {
      retentionHolds.place(summary.id(), retentionHoldReason);
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.CASES, "retentionHold.placed");
      retentionHoldReason = null;
      load();
    } catch (InvalidRetentionHoldException e) {
      ConsoleTexts.sayAt(
          "retention:retention-reason",
          ConsoleTexts.CASES,
          "retentionHold.error." + e.rule().name());
    } catch (UnknownCaseException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.CASES, "caseView.search.notFound");
    }
  }

  /** Lifts the hold that keeps the case, then shows it again. */
  public void liftRetentionHold() throws IOException {
    if (summary == null || !isMayHoldRecords()) {
      return;
    }
    try {
      retentionHolds.lift(summary.id());
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.CASES, "retentionHold.lifted");
      load();
    } catch (UnknownCaseException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.CASES, "caseView.search.notFound");
    }
  }

  /** Whether the reader may keep the case past the retention period (supervisors, admins). */
  public boolean isMayHoldRecords() {
    return isMayProveNotice();
  }

  public RetentionHoldView getRetentionHold() {
    return retentionHold;
  }

  /** When the hold was placed, in the page's language. */
  public String getRetentionHoldPlacedShown() {
    return retentionHold == null
        ? null
        : ConsoleDateTimes.shown(
            retentionHold.placedAt(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<RetentionHoldReason> getRetentionHoldReasons() {
    return List.of(RetentionHoldReason.values());
  }

  public RetentionHoldReason getRetentionHoldReason() {
    return retentionHoldReason;
  }

  public void setRetentionHoldReason(RetentionHoldReason retentionHoldReason) {
    this.retentionHoldReason = retentionHoldReason;
  }

  /** The retention period in force ({@code P3Y}). */
  public String getRetentionPeriod() {
    return RetentionSettings.current().closedCasePeriod().toString();
  }

  public boolean isOpened() {
    return summary != null;
  }

  /** Whether the reader may download the case's proof of notice (supervisors, administrators). */
  public boolean isMayProveNotice() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole("supervisor") || context.isUserInRole("admin");
  }

  /** The download of the case's proof of notice (JSON and PDF), audited there. */
  public String getEvidenceHref() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/cases/"
        + summary.id()
        + "/notice-evidence/bundle.zip";
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getSearchPurpose() {
    return searchPurpose;
  }

  public void setSearchPurpose(String searchPurpose) {
    this.searchPurpose = searchPurpose;
  }

  public String getCaseReference() {
    return summary == null ? null : summary.reference();
  }

  public String getStatus() {
    return summary == null ? null : summary.status().name();
  }

  public Integer getPriority() {
    return summary == null ? null : summary.priority();
  }

  public boolean isUrgent() {
    return summary != null && summary.urgent();
  }

  public OffsetDateTime getOpenedAt() {
    return summary == null ? null : summary.openedAt();
  }

  public String getHoldState() {
    return summary == null ? null : summary.removalHoldState().name();
  }

  public OffsetDateTime getHoldEndsAt() {
    return summary == null ? null : summary.removalHoldEndsAt();
  }

  public OffsetDateTime getCourtFilingDeadline() {
    return summary == null ? null : summary.courtFilingDeadline();
  }

  public long getHoldDays() {
    return CampaignSettings.current().removalHoldPeriod().toDays();
  }

  public PersonSummary getPerson() {
    return person;
  }

  public boolean isHasPerson() {
    return hasPerson;
  }

  public List<TimelineRow> getTimeline() {
    return timeline;
  }

  public List<TaskRow> getOpenTasks() {
    return openTasks;
  }

  public List<DocumentRow> getDocuments() {
    return documents;
  }

  public List<DiagramRow> getDiagrams() {
    return diagrams;
  }

  public Instant getPersonErasedAt() {
    return personErasedAt;
  }

  /** When the person's record was erased, as the console shows moments. */
  public String getPersonErasedShown() {
    return personErasedAt == null
        ? null
        : ConsoleDateTimes.shown(
            personErasedAt, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
