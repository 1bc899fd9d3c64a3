package org.outreach.notice.templates;

import java.util.UUID;

/** One stored template version's text, as rendering needs it. */
record StoredText(UUID id, int version, TemplateType type, TemplateLanguage language, String text) {

  /**
   * Fills the text in and checks the result.
   *
   * @param requestedLanguage the language the caller asked for, as {@link RenderedText} records it
   * @throws NoticeTextException naming the placeholder or rule
   */
  RenderedText render(
      String requestedLanguage,
      TemplateValues values,
      NoticeSettings notice,
      org.outreach.campaign.CampaignSettings campaign) {
    TemplateText template = TemplateText.parse(text);
    TemplateText filled =
        template.filled(
            TemplateRules.values(
                type, language, template.placeholders(), values, notice, campaign));
    TemplateRules.checkFilled(type, language, filled);
    return new RenderedText(
        id,
        version,
        type,
        requestedLanguage,
        language,
        filled.subject(),
        filled.body(),
        TemplateText.sha256(filled.subject() + "\n\n" + filled.body()));
  }
}
