package org.outreach.travel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.outreach.travel.InvalidTravelRecordException;
import org.outreach.travel.NewTravelContact;
import org.outreach.travel.TravelContactKind;
import org.outreach.travel.TravelRules;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * What the four return-travel forms share: through whom (counsel or a partner organisation, a name,
 * an organisation if any), a note, and how a refusal is said. Each field's id is the form's prefix
 * and the field's name ({@code wish-contact-kind}), so a refusal finds its field by its name. The
 * contact's kind is checked by the rules as it is posted: a government or consulate, offered
 * nowhere, is refused beside the field with its own words rather than as a value not on the list.
 */
abstract class TravelForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private TravelContactKind contactKind;
  private String contactName;
  private String contactOrganisation;
  private String note;

  /** The prefix of this form's field ids: {@code wish}, {@code documents}, ... */
  abstract String prefix();

  /** The contact as entered. */
  NewTravelContact contact() {
    return new NewTravelContact(contactKind, contactName, contactOrganisation);
  }

  /** The field's id in the page, for a field of the rules. */
  String fieldId(InvalidTravelRecordException.Field field) {
    return prefix() + "-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Says the refusal beside its field (and in the page's announced list of messages). */
  void refused(InvalidTravelRecordException e) {
    sayAt(e.field(), e.rule());
  }

  void sayAt(InvalidTravelRecordException.Field field, InvalidTravelRecordException.Rule rule) {
    ConsoleTexts.sayAt("work:" + fieldId(field), ConsoleTexts.TASKS, errorKey(field, rule));
  }

  static String errorKey(
      InvalidTravelRecordException.Field field, InvalidTravelRecordException.Rule rule) {
    return "travel.error." + field.name() + "." + rule.name();
  }

  /** Where a completed form goes: the inbox, with the completion said there. */
  static String completed() {
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "taskPage.completed");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/inbox?faces-redirect=true";
  }

  /** The task went away (completed by someone else, handed back): said at the top. */
  static void notAvailable() {
    ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
  }

  /**
   * A {@code date} input's value; blank is none.
   *
   * @throws java.time.format.DateTimeParseException when it is not a date
   */
  static LocalDate day(String input) {
    return input == null || input.isBlank() ? null : LocalDate.parse(input.strip());
  }

  /**
   * Validates the posted kind by the rules: none, or a government or consulate a tampered form
   * sent, is refused beside the field with the rules' own words.
   */
  public void checkContactKind(FacesContext context, UIComponent component, Object value) {
    try {
      TravelRules.checkContactKind((TravelContactKind) value);
    } catch (InvalidTravelRecordException e) {
      String text = ConsoleTexts.text(ConsoleTexts.TASKS, errorKey(e.field(), e.rule()));
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  /** The kinds offered: counsel and a partner organisation, never a government or consulate. */
  public List<TravelContactKind> getContactKinds() {
    return TravelContactKind.offered();
  }

  /** Today in the campaign's time zone, as a {@code date} input takes it. */
  public String getToday() {
    return LocalDate.now(ConsoleDateTimes.zone()).toString();
  }

  public int getNameMaxLength() {
    return TravelRules.NAME_MAX_LENGTH;
  }

  public int getNoteMaxLength() {
    return TravelRules.NOTE_MAX_LENGTH;
  }

  public TravelContactKind getContactKind() {
    return contactKind;
  }

  public void setContactKind(TravelContactKind contactKind) {
    this.contactKind = contactKind;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactOrganisation() {
    return contactOrganisation;
  }

  public void setContactOrganisation(String contactOrganisation) {
    this.contactOrganisation = contactOrganisation;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
