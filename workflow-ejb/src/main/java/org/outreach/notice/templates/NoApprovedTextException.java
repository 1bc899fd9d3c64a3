package org.outreach.notice.templates;

import jakarta.ejb.ApplicationException;

/**
 * Neither the language asked for nor English has a version an administrator approved, so nothing
 * may be rendered. Names the type and the language.
 */
@ApplicationException(rollback = true)
public class NoApprovedTextException extends NoticeTextException {

  private static final long serialVersionUID = 1L;

  private final TemplateType type;
  private final String language;

  public NoApprovedTextException(TemplateType type, String language) {
    super(
        "No approved text for "
            + type
            + " in "
            + (language == null ? "(no language)" : language)
            + (TemplateLanguage.EN.code().equals(language) ? "" : " nor in English")
            + ": an administrator must approve a version before it can be sent");
    this.type = type;
    this.language = language;
  }

  public TemplateType type() {
    return type;
  }

  public String language() {
    return language;
  }
}
