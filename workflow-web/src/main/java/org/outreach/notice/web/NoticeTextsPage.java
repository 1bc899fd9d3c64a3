package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.outreach.notice.templates.NoticeTextException;
import org.outreach.notice.templates.TemplateLanguage;
import org.outreach.notice.templates.TemplatePreview;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateReviewException;
import org.outreach.notice.templates.TemplateStatus;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.UnknownTemplateVersionException;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code admin/notice-texts.xhtml}: the versions of the notice texts by type, language and
 * status; a preview of any version filled in with a fictitious person; approving a draft (it is
 * then the one sent for its type and language) and retiring a version. Nothing is sent from here.
 */
@Named
@ViewScoped
public class NoticeTextsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TemplateReview review;

  private String type;
  private String language;
  private String status = TemplateStatus.DRAFT.name();
  private List<TextVersionRow> rows;

  private TextVersionRow previewed;
  private int sample = 1;
  private String previewSubject;
  private String previewBody;

  public List<TextVersionRow> getRows() {
    if (rows == null) {
      rows =
          review
              .versions(
                  choice(TemplateType.class, type),
                  choice(TemplateLanguage.class, language),
                  choice(TemplateStatus.class, status))
              .stream()
              .map(TextVersionRow::new)
              .toList();
    }
    return rows;
  }

  /** Shows the list for the filters chosen. */
  public void filter() {
    rows = null;
    previewed = null;
  }

  public void preview(TextVersionRow row) {
    previewed = row;
    sample = 1;
    render();
  }

  /** The same version filled in with the next fictitious person. */
  public void anotherSample() {
    sample++;
    render();
  }

  public void approve(String id) {
    act(() -> review.approve(UUID.fromString(id)), "texts.approved");
  }

  public void retire(String id) {
    act(() -> review.retire(UUID.fromString(id)), "texts.retired");
  }

  private void render() {
    try {
      TemplatePreview preview = review.preview(UUID.fromString(previewed.getId()), sample);
      previewSubject = preview.subject();
      previewBody = preview.body();
    } catch (NoticeTextException | UnknownTemplateVersionException e) {
      previewed = null;
      ConsoleTexts.say(
          FacesMessage.SEVERITY_WARN, ConsoleTexts.ADMIN, "texts.notRendered", e.getMessage());
    }
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.ADMIN, done);
    } catch (TemplateReviewException | UnknownTemplateVersionException e) {
      ConsoleTexts.say(
          FacesMessage.SEVERITY_WARN, ConsoleTexts.ADMIN, "texts.refused", e.getMessage());
    }
    rows = null;
    previewed = null;
  }

  private static <E extends Enum<E>> E choice(Class<E> kind, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(kind.getEnumConstants())
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .orElse(null);
  }

  public List<String> getTypeChoices() {
    return Arrays.stream(TemplateType.values()).map(Enum::name).toList();
  }

  public List<String> getLanguageChoices() {
    return Arrays.stream(TemplateLanguage.values()).map(Enum::name).toList();
  }

  /** A language's name in itself and in English, for the filter. */
  public String languageName(String constant) {
    TemplateLanguage choice = TemplateLanguage.valueOf(constant);
    return choice.nativeName() + " (" + choice.englishName() + ")";
  }

  public List<String> getStatusChoices() {
    return Arrays.stream(TemplateStatus.values()).map(Enum::name).toList();
  }

  public TextVersionRow getPreviewed() {
    return previewed;
  }

  public int getSample() {
    return sample;
  }

  public String getPreviewSubject() {
    return previewSubject;
  }

  public String getPreviewBody() {
    return previewBody;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
