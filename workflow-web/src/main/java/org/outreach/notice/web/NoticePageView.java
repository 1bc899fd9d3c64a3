package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.outreach.notice.page.NoticePage;
import org.outreach.notice.page.PageAnswer;
import org.outreach.notice.page.PageText;
import org.outreach.notice.templates.NoticeSettings;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code notice.xhtml}, the page a person opens from the neutral email: asks for the case
 * reference and the date of birth, shows the notice when they belong together, and lets the person
 * confirm having read it. Nothing typed travels in the address; the answer stays on the server for
 * this view only.
 */
@Named("noticePage")
@ViewScoped
public class NoticePageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NoticePage page;

  private String reference;
  private String day;
  private String month;
  private String year;
  private LocalDate dateOfBirth;
  private PageAnswer answer;

  /** Checks what was typed and shows the notice, or says what is wrong. */
  public void show() {
    answer = null;
    boolean complete = true;
    if (reference == null || reference.isBlank()) {
      ConsoleTexts.sayAt("notice:reference", ConsoleTexts.NOTICE, "notice.referenceRequired");
      complete = false;
    }
    dateOfBirth = date();
    if (dateOfBirth == null) {
      complete = false;
    }
    if (complete) {
      answer = page.open(reference, dateOfBirth, clientAddress());
    }
  }

  /** The person confirms having read the notice. */
  public void acknowledge() {
    if (answer instanceof PageAnswer.Shown) {
      answer = page.acknowledge(reference, dateOfBirth, clientAddress());
    }
  }

  private LocalDate date() {
    if (blank(day) || blank(month) || blank(year)) {
      ConsoleTexts.sayAt("notice:day", ConsoleTexts.NOTICE, "notice.dateRequired");
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(year.strip()),
              Integer.parseInt(month.strip()),
              Integer.parseInt(day.strip()));
      if (date.getYear() < 1900 || date.isAfter(LocalDate.now())) {
        throw new DateTimeException("out of range");
      }
      return date;
    } catch (NumberFormatException | DateTimeException e) {
      ConsoleTexts.sayAt("notice:day", ConsoleTexts.NOTICE, "notice.dateInvalid");
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String clientAddress() {
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return ((HttpServletRequest) request).getRemoteAddr();
  }

  public boolean isShown() {
    return answer instanceof PageAnswer.Shown;
  }

  public boolean isAcknowledged() {
    return answer instanceof PageAnswer.Acknowledged;
  }

  public boolean isNotMatched() {
    return answer instanceof PageAnswer.NotMatched;
  }

  public boolean isTooManyTries() {
    return answer instanceof PageAnswer.TooManyTries;
  }

  public boolean isNoText() {
    return answer instanceof PageAnswer.NoText;
  }

  /** Whether the form is asked for: before the notice is shown or confirmed. */
  public boolean isAsking() {
    return !isShown() && !isAcknowledged();
  }

  public List<PageText> getTexts() {
    return answer instanceof PageAnswer.Shown shown ? shown.texts() : List.of();
  }

  public String getTeamPhone() {
    return NoticeSettings.current().outreachPhone();
  }

  public String getTeamMail() {
    return NoticeSettings.current().outreachMail();
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
