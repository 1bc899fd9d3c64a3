package org.outreach.notice.templates;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.outreach.campaign.CampaignSettings;

/**
 * The one way to get a notice's words: renders the version an administrator approved for a type and
 * a language, with the caller's values and the configured ones. Dispatch, letters and the notice
 * page call it; nothing else reads templates. Runs on the engine's threads, under the system
 * identity, and open to any caller ({@link PermitAll}).
 *
 * <p>Language: the approved version in the language asked for; when that language has none (or is
 * not one notices are kept in), the approved English version, and the result says so ({@link
 * RenderedText#fellBack()}, also logged). When English has none either, {@link
 * NoApprovedTextException}: never an unapproved text. Types kept in English alone are rendered in
 * English whatever is asked.
 */
@Stateless
@PermitAll
public class NoticeTexts {

  private static final Logger LOG = Logger.getLogger(NoticeTexts.class.getName());
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * Renders the approved text of {@code type} in {@code language}.
   *
   * @param language an ISO 639-1 code ({@code es}), or {@code null} for English
   * @param values the case's values; every placeholder the text names must have one
   * @throws NoApprovedTextException when neither the language nor English has an approved version
   * @throws NoticeTextException naming the placeholder when a value is missing, or the type may not
   *     take it (personal data in a text that travels by email), or the rule when a text that
   *     travels by email would hold a word of the safe-wording list
   */
  public RenderedText render(TemplateType type, String language, TemplateValues values) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(values, "values");
    String requested = requestedCode(language);
    TemplateLanguage wanted =
        type.englishOnly()
            ? TemplateLanguage.EN
            : TemplateLanguage.of(requested).orElse(TemplateLanguage.EN);
    Optional<TemplateVersion> approved = approved(type, wanted);
    if (approved.isEmpty() && wanted != TemplateLanguage.EN) {
      approved = approved(type, TemplateLanguage.EN);
    }
    TemplateVersion version =
        approved.orElseThrow(() -> new NoApprovedTextException(type, requested));
    RenderedText rendered =
        version
            .stored()
            .render(requested, values, NoticeSettings.current(), CampaignSettings.current());
    if (rendered.fellBack()) {
      LOG.info(
          () ->
              "Notice text "
                  + type
                  + " has no approved version in "
                  + requested
                  + ": English version "
                  + version.number()
                  + " rendered instead");
    }
    return rendered;
  }

  private Optional<TemplateVersion> approved(TemplateType type, TemplateLanguage language) {
    return entityManager
        .createNamedQuery("TemplateVersion.findApproved", TemplateVersion.class)
        .setParameter("key", TemplateVersion.approvedKey(type, language))
        .getResultStream()
        .findFirst();
  }

  /** The code asked for, when it is one: a value that is not is never echoed anywhere. */
  private static String requestedCode(String language) {
    if (language == null) {
      return null;
    }
    String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return LANGUAGE_CODE.matcher(primary).matches() ? primary : null;
  }
}
