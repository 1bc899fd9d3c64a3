package org.outreach.notice.templates;

import java.util.Objects;

/** A text to seed, as the repository would hold it. */
public record TemplateSeed(TemplateType type, TemplateLanguage language, String text) {

  public TemplateSeed {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }
}
