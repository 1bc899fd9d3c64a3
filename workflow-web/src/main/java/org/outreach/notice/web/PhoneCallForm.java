package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.outreach.notice.delivery.CallOutcome;
import org.outreach.notice.delivery.CallRules;
import org.outreach.notice.delivery.InvalidCallException;
import org.outreach.notice.delivery.NewPhoneCall;
import org.outreach.notice.delivery.PhoneCalls;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.registry.web.PersonSummary;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/phone-call-form.xhtml} on the page of a {@value
 * DeliverNoticeProcess#TASK_CALL_PERSON} task held by the reader: when the call was made, which of
 * the person's safe numbers (as the page shows them), and either the language it was held in,
 * whether the notice was read and acknowledged, or, when the person was not reached, when to call
 * back. Sending it completes the task; a rule broken is said next to its field.
 */
@Named
@ViewScoped
public class PhoneCallForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidCallException.Field, String> FIELD_IDS =
      Map.of(
          InvalidCallException.Field.OUTCOME, "call-outcome",
          InvalidCallException.Field.CALLED_AT, "call-when",
          InvalidCallException.Field.PHONE, "call-phone",
          InvalidCallException.Field.LANGUAGE, "call-language",
          InvalidCallException.Field.NOTICE_READ, "call-read",
          InvalidCallException.Field.ACKNOWLEDGED, "call-acknowledged",
          InvalidCallException.Field.CALL_BACK_AT, "call-back",
          InvalidCallException.Field.NOTE, "call-note");

  @EJB private PhoneCalls calls;
  @Inject private TaskPage taskPage;

  private CallOutcome outcome;
  private String calledAt;
  private Integer phone;
  private String language;
  private boolean noticeRead;
  private boolean acknowledged;
  private String callBackAt;
  private String note;

  /** Whether the page shows the form: a call task the reader holds. */
  public boolean isShown() {
    return DeliverNoticeProcess.TASK_CALL_PERSON.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the call, which completes the task; back to the inbox. */
  public String record() {
    OffsetDateTime when;
    try {
      when = ConsoleDateTimes.fromInput(calledAt);
    } catch (DateTimeParseException e) {
      sayAt("call-when", "call.error.CALLED_AT.REQUIRED");
      return null;
    }
    OffsetDateTime callBack;
    try {
      callBack = ConsoleDateTimes.fromInput(callBackAt);
    } catch (DateTimeParseException e) {
      sayAt("call-back", "call.error.CALL_BACK_AT.UNREADABLE");
      return null;
    }
    List<PersonSummary.Contact> phones = getSafePhones();
    String number =
        phone == null || phone < 0 || phone >= phones.size() ? null : phones.get(phone).getValue();
    boolean notified = outcome == CallOutcome.NOTIFIED;
    boolean completed;
    try {
      completed =
          calls.record(
              taskPage.getTask(),
              new NewPhoneCall(
                  outcome,
                  when,
                  number,
                  notified ? language : null,
                  notified && noticeRead,
                  notified && acknowledged,
                  outcome == CallOutcome.NOT_REACHED ? callBack : null,
                  note));
    } catch (InvalidCallException e) {
      sayAt(FIELD_IDS.get(e.field()), "call.error." + e.field().name() + "." + e.rule().name());
      return null;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return null;
    }
    if (!completed) {
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO,
          ConsoleTexts.TASKS,
          "call.callBackDue",
          ConsoleDateTimes.shown(callBack));
    } else {
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "taskPage.completed");
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/inbox?faces-redirect=true";
  }

  /** A message next to the field (and in the page's announced list of messages). */
  private static void sayAt(String fieldId, String key) {
    ConsoleTexts.sayAt("work:" + fieldId, ConsoleTexts.TASKS, key);
  }

  /** The person's safe phone numbers as the page shows them, in its order. */
  public List<PersonSummary.Contact> getSafePhones() {
    PersonSummary person = taskPage.getPerson();
    if (person == null) {
      return List.of();
    }
    List<PersonSummary.Contact> safe = new ArrayList<>();
    for (PersonSummary.Contact contact : person.getContactPoints()) {
      if (contact.isSafe() && "PHONE".equals(contact.getKind())) {
        safe.add(contact);
      }
    }
    return safe;
  }

  /** Indexes into {@link #getSafePhones()}, for the choice of one. */
  public List<Integer> getPhoneChoices() {
    List<Integer> choices = new ArrayList<>();
    for (int i = 0; i < getSafePhones().size(); i++) {
      choices.add(i);
    }
    return choices;
  }

  /**
   * The languages to choose from: the person's own first, then those the campaign writes notices
   * in, each named in the reader's language.
   */
  public List<SelectItem> getLanguages() {
    Set<String> codes = new LinkedHashSet<>();
    PersonSummary person = taskPage.getPerson();
    if (person != null && person.getLanguages() != null) {
      codes.addAll(person.getLanguages());
    }
    codes.addAll(CallRules.campaignLanguages());
    Locale reader = readerLocale();
    List<SelectItem> items = new ArrayList<>();
    for (String code : codes) {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
      items.add(new SelectItem(code, name.isBlank() || name.equals(code) ? code : name));
    }
    return items;
  }

  public List<CallOutcome> getOutcomes() {
    return Arrays.asList(CallOutcome.values());
  }

  /** The latest moment the call's time input offers: now, in the campaign's time zone. */
  public String getLatest() {
    return ConsoleDateTimes.latestInput();
  }

  public int getNoteMaxLength() {
    return CallRules.NOTE_MAX_LENGTH;
  }

  private static Locale readerLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }

  public CallOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CallOutcome outcome) {
    this.outcome = outcome;
  }

  public String getCalledAt() {
    return calledAt;
  }

  public void setCalledAt(String calledAt) {
    this.calledAt = calledAt;
  }

  public Integer getPhone() {
    return phone;
  }

  public void setPhone(Integer phone) {
    this.phone = phone;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isNoticeRead() {
    return noticeRead;
  }

  public void setNoticeRead(boolean noticeRead) {
    this.noticeRead = noticeRead;
  }

  public boolean isAcknowledged() {
    return acknowledged;
  }

  public void setAcknowledged(boolean acknowledged) {
    this.acknowledged = acknowledged;
  }

  public String getCallBackAt() {
    return callBackAt;
  }

  public void setCallBackAt(String callBackAt) {
    this.callBackAt = callBackAt;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
