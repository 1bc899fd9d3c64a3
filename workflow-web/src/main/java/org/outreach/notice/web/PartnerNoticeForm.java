package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.notice.delivery.InvalidPartnerNoticeException;
import org.outreach.notice.delivery.NewPartnerNotice;
import org.outreach.notice.delivery.PartnerNotices;
import org.outreach.notice.delivery.PartnerOutcome;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.registry.web.PersonSummary;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/partner-notice-form.xhtml} on the page of a {@value
 * DeliverNoticeProcess#TASK_NOTIFY_THROUGH_PARTNER} task held by the reader: which of the person's
 * partner organisations (their safe partner-organisation contact points, as the page shows them)
 * was asked to deliver the notice and on which day, and whether and when it confirmed the notice
 * reached the person. Sending it completes the task; a rule broken is said next to its field.
 */
@Named
@ViewScoped
public class PartnerNoticeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidPartnerNoticeException.Field, String> FIELD_IDS =
      Map.of(
          InvalidPartnerNoticeException.Field.OUTCOME, "partner-outcome",
          InvalidPartnerNoticeException.Field.PARTNER, "partner-name",
          InvalidPartnerNoticeException.Field.ASKED_ON, "partner-asked",
          InvalidPartnerNoticeException.Field.CONFIRMED_ON, "partner-confirmed");

  @EJB private PartnerNotices notices;
  @Inject private TaskPage taskPage;

  private PartnerOutcome outcome;
  private Integer partner;
  private String askedOn;
  private String confirmedOn;

  /** Whether the page shows the form: a partner task the reader holds. */
  public boolean isShown() {
    return DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the partner's notice, which completes the task; back to the inbox. */
  public String record() {
    LocalDate asked;
    LocalDate confirmed;
    try {
      asked = day(askedOn);
    } catch (DateTimeParseException e) {
      sayAt("partner-asked", "partnerNotice.error.ASKED_ON.REQUIRED");
      return null;
    }
    try {
      confirmed = day(confirmedOn);
    } catch (DateTimeParseException e) {
      sayAt("partner-confirmed", "partnerNotice.error.CONFIRMED_ON.UNREADABLE");
      return null;
    }
    List<PersonSummary.Contact> partners = getPartners();
    String name =
        partner == null || partner < 0 || partner >= partners.size()
            ? null
            : partners.get(partner).getValue();
    try {
      notices.record(taskPage.getTask(), new NewPartnerNotice(outcome, name, asked, confirmed));
    } catch (InvalidPartnerNoticeException e) {
      sayAt(
          FIELD_IDS.get(e.field()),
          "partnerNotice.error." + e.field().name() + "." + e.rule().name());
      return null;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return null;
    }
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "taskPage.completed");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/inbox?faces-redirect=true";
  }

  /** A {@code date} input's value; blank is none. */
  private static LocalDate day(String input) {
    return input == null || input.isBlank() ? null : LocalDate.parse(input.strip());
  }

  /** A message next to the field (and in the page's announced list of messages). */
  private static void sayAt(String fieldId, String key) {
    ConsoleTexts.sayAt("work:" + fieldId, ConsoleTexts.TASKS, key);
  }

  /** The person's safe partner organisations as the page shows them, in its order. */
  public List<PersonSummary.Contact> getPartners() {
    PersonSummary person = taskPage.getPerson();
    if (person == null) {
      return List.of();
    }
    List<PersonSummary.Contact> safe = new ArrayList<>();
    for (PersonSummary.Contact contact : person.getContactPoints()) {
      if (contact.isSafe() && "PARTNER_ORGANISATION".equals(contact.getKind())) {
        safe.add(contact);
      }
    }
    return safe;
  }

  /** Indexes into {@link #getPartners()}, for the choice of one. */
  public List<Integer> getPartnerChoices() {
    List<Integer> choices = new ArrayList<>();
    for (int i = 0; i < getPartners().size(); i++) {
      choices.add(i);
    }
    return choices;
  }

  public List<PartnerOutcome> getOutcomes() {
    return Arrays.asList(PartnerOutcome.values());
  }

  /** The latest day the date inputs offer: today, in the campaign's time zone. */
  public String getToday() {
    return LocalDate.now(ConsoleDateTimes.zone()).toString();
  }

  public PartnerOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(PartnerOutcome outcome) {
    this.outcome = outcome;
  }

  public Integer getPartner() {
    return partner;
  }

  public void setPartner(Integer partner) {
    this.partner = partner;
  }

  public String getAskedOn() {
    return askedOn;
  }

  public void setAskedOn(String askedOn) {
    this.askedOn = askedOn;
  }

  public String getConfirmedOn() {
    return confirmedOn;
  }

  public void setConfirmedOn(String confirmedOn) {
    this.confirmedOn = confirmedOn;
  }
}
