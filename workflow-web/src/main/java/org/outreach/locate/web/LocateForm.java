package org.outreach.locate.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.locate.AttemptRules;
import org.outreach.locate.ContactAttempts;
import org.outreach.locate.ContactChannel;
import org.outreach.locate.ContactResult;
import org.outreach.locate.FoundContactPoint;
import org.outreach.locate.InvalidAttemptException;
import org.outreach.locate.NewAttempt;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.registry.ContactKind;
import org.outreach.registry.web.PersonSummary;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/locate-form.xhtml} on the page of a {@value
 * LocatePersonProcess#TASK_LOCATE_PERSON} task held by the reader: the attempts recorded so far, a
 * form to record one more, and the conclusion (found, through one of the person's safe contact
 * points as the page shows them; or not found); and a contact point found on the way, added to the
 * person's record. A rule broken is said next to its field, in the reader's language.
 */
@Named
@ViewScoped
public class LocateForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidAttemptException.Field, String> FIELD_IDS =
      Map.ofEntries(
          Map.entry(InvalidAttemptException.Field.CHANNEL, "locate-channel"),
          Map.entry(InvalidAttemptException.Field.ATTEMPTED_AT, "locate-when"),
          Map.entry(InvalidAttemptException.Field.RESULT, "locate-result"),
          Map.entry(InvalidAttemptException.Field.NOTE, "locate-note"),
          Map.entry(InvalidAttemptException.Field.CONTACT_POINT, "locate-contact"),
          Map.entry(InvalidAttemptException.Field.CONCLUSION, "locate-not-found"),
          Map.entry(InvalidAttemptException.Field.CONTACT_KIND, "contact-kind"),
          Map.entry(InvalidAttemptException.Field.CONTACT_VALUE, "contact-value"),
          Map.entry(InvalidAttemptException.Field.CONTACT_SOURCE, "contact-source"),
          Map.entry(InvalidAttemptException.Field.CONTACT_AS_OF, "contact-as-of"));

  @EJB private ContactAttempts attempts;
  @Inject private TaskPage taskPage;

  private List<AttemptRow> rows;
  private ContactChannel channel;
  private String attemptedAt;
  private ContactResult result;
  private String note;
  private Integer contactPoint;
  private ContactKind newKind;
  private String newValue;
  private String newSource;
  private String newAsOf;
  private boolean newSafe = true;

  /** Whether the page shows the form: a locate task the reader holds. */
  public boolean isShown() {
    return LocatePersonProcess.TASK_LOCATE_PERSON.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** The attempts and conclusions of the case so far, oldest first (read once per view). */
  public List<AttemptRow> getRows() {
    if (rows == null) {
      rows = List.of();
      if (isShown()) {
        try {
          rows =
              attempts.attemptsForTask(taskPage.getTask()).stream().map(AttemptRow::new).toList();
        } catch (TaskNotAvailableException e) {
          rows = List.of();
        }
      }
    }
    return rows;
  }

  /** Records the attempt as entered; the form is emptied for the next one. */
  public void record() {
    OffsetDateTime when;
    try {
      when = moment(attemptedAt);
    } catch (DateTimeParseException e) {
      sayAt("locate-when", "locate.error.ATTEMPTED_AT.UNREADABLE");
      return;
    }
    try {
      attempts.record(taskPage.getTask(), new NewAttempt(channel, when, result, note));
    } catch (InvalidAttemptException e) {
      sayInvalid(e);
      return;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return;
    }
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "locate.recorded");
    channel = null;
    attemptedAt = null;
    result = null;
    note = null;
    rows = null;
  }

  /**
   * Adds the contact point entered to the person's record; the page then shows the record again,
   * with it among the contact points to conclude through when it is safe.
   */
  public void addContactPoint() throws IOException {
    LocalDate asOf;
    try {
      asOf = newAsOf == null || newAsOf.isBlank() ? null : LocalDate.parse(newAsOf.strip());
    } catch (DateTimeParseException e) {
      sayAt("contact-as-of", "locate.error.CONTACT_AS_OF.INVALID");
      return;
    }
    try {
      attempts.addContactPoint(
          taskPage.getTask(), new FoundContactPoint(newKind, newValue, newSource, asOf, newSafe));
    } catch (InvalidAttemptException e) {
      sayInvalid(e);
      return;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return;
    }
    newKind = null;
    newValue = null;
    newSource = null;
    newAsOf = null;
    newSafe = true;
    contactPoint = null;
    taskPage.load();
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "locate.contactAdded");
  }

  /** The kinds of contact point a caseworker adds during a search. */
  public List<ContactKind> getContactKinds() {
    return List.of(ContactKind.PHONE, ContactKind.EMAIL, ContactKind.POSTAL_ADDRESS);
  }

  /** The latest day the date input offers: today, in the campaign's time zone. */
  public String getToday() {
    return LocalDate.now(ConsoleDateTimes.zone()).toString();
  }

  /** Concludes: found, through the chosen safe contact point; back to the inbox. */
  public String concludeFound() {
    List<PersonSummary.Contact> safe = getSafeContactPoints();
    if (contactPoint == null || contactPoint < 0 || contactPoint >= safe.size()) {
      sayAt("locate-contact", "locate.error.CONTACT_POINT.REQUIRED");
      return null;
    }
    PersonSummary.Contact chosen = safe.get(contactPoint);
    return conclude(
        () ->
            attempts.concludeFound(
                taskPage.getTask(), ContactKind.valueOf(chosen.getKind()), chosen.getValue()));
  }

  /** Concludes: not found after the attempts recorded; back to the inbox. */
  public String concludeNotFound() {
    return conclude(() -> attempts.concludeNotFound(taskPage.getTask()));
  }

  private String conclude(Runnable conclusion) {
    try {
      conclusion.run();
    } catch (InvalidAttemptException e) {
      sayInvalid(e);
      return null;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return null;
    }
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "taskPage.completed");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/inbox?faces-redirect=true";
  }

  /** The person's safe contact points as the page shows them, in its order. */
  public List<PersonSummary.Contact> getSafeContactPoints() {
    PersonSummary person = taskPage.getPerson();
    if (person == null) {
      return List.of();
    }
    List<PersonSummary.Contact> safe = new ArrayList<>();
    for (PersonSummary.Contact contact : person.getContactPoints()) {
      if (contact.isSafe()) {
        safe.add(contact);
      }
    }
    return safe;
  }

  /** Indexes into {@link #getSafeContactPoints()}, for the choice of one. */
  public List<Integer> getContactPointChoices() {
    List<Integer> choices = new ArrayList<>();
    for (int i = 0; i < getSafeContactPoints().size(); i++) {
      choices.add(i);
    }
    return choices;
  }

  public boolean isAnyAttemptRecorded() {
    return getRows().stream().anyMatch(row -> !row.isConclusion());
  }

  public List<ContactChannel> getChannels() {
    return Arrays.asList(ContactChannel.values());
  }

  public List<ContactResult> getResults() {
    return Arrays.asList(ContactResult.values());
  }

  /** The latest moment the time input offers: now, in the campaign's time zone. */
  public String getLatest() {
    return ConsoleDateTimes.latestInput();
  }

  public int getNoteMaxLength() {
    return AttemptRules.NOTE_MAX_LENGTH;
  }

  /** A {@code datetime-local} value, read in the campaign's time zone; blank is none. */
  static OffsetDateTime moment(String input) {
    return ConsoleDateTimes.fromInput(input);
  }

  private void sayInvalid(InvalidAttemptException e) {
    String key = "locate.error." + e.field().name() + "." + e.rule().name();
    String id = FIELD_IDS.get(e.field());
    if (id == null) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.TASKS, key);
    } else {
      sayAt(id, key);
    }
  }

  /** A message next to the field (and in the page's announced list of messages). */
  private static void sayAt(String fieldId, String key) {
    ConsoleTexts.sayAt("work:" + fieldId, ConsoleTexts.TASKS, key);
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public void setChannel(ContactChannel channel) {
    this.channel = channel;
  }

  public String getAttemptedAt() {
    return attemptedAt;
  }

  public void setAttemptedAt(String attemptedAt) {
    this.attemptedAt = attemptedAt;
  }

  public ContactResult getResult() {
    return result;
  }

  public void setResult(ContactResult result) {
    this.result = result;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Integer getContactPoint() {
    return contactPoint;
  }

  public void setContactPoint(Integer contactPoint) {
    this.contactPoint = contactPoint;
  }

  public ContactKind getNewKind() {
    return newKind;
  }

  public void setNewKind(ContactKind newKind) {
    this.newKind = newKind;
  }

  public String getNewValue() {
    return newValue;
  }

  public void setNewValue(String newValue) {
    this.newValue = newValue;
  }

  public String getNewSource() {
    return newSource;
  }

  public void setNewSource(String newSource) {
    this.newSource = newSource;
  }

  public String getNewAsOf() {
    return newAsOf;
  }

  public void setNewAsOf(String newAsOf) {
    this.newAsOf = newAsOf;
  }

  public boolean isNewSafe() {
    return newSafe;
  }

  public void setNewSafe(boolean newSafe) {
    this.newSafe = newSafe;
  }
}
