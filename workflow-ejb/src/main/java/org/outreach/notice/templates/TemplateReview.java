package org.outreach.notice.templates;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.campaign.CampaignSettings;

/**
 * Administrators review the notice texts here: list the versions, read one, preview it with a
 * fictitious person, approve it (which retires the version approved before it for its type and
 * language) or retire it. Every step is recorded with who took it and when. A version is checked
 * against the rules again when it is approved, so a list of words grown since it was seeded still
 * keeps it out.
 */
@Stateless
@RolesAllowed("admin")
public class TemplateReview {

  private static final Logger LOG = Logger.getLogger(TemplateReview.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;

  @EJB private TemplateSeeding seeding;

  /** The versions, by type, language and number; each filter may be {@code null}. */
  public List<TemplateVersionView> versions(
      TemplateType type, TemplateLanguage language, TemplateStatus status) {
    return entityManager
        .createNamedQuery("TemplateVersion.findAll", TemplateVersion.class)
        .getResultStream()
        .filter(v -> type == null || v.type() == type)
        .filter(v -> language == null || v.language() == language)
        .filter(v -> status == null || v.status() == status)
        .map(TemplateVersion::view)
        .toList();
  }

  /**
   * @throws UnknownTemplateVersionException
   */
  public TemplateVersionDetail version(UUID id) {
    TemplateVersion version = find(id);
    TemplateText text = TemplateText.parse(version.text());
    return new TemplateVersionDetail(
        version.view(), text.subject(), text.body(), text.placeholders(), review(id));
  }

  /**
   * Renders any version, draft or not, with sample person {@code sample}: a fictitious person
   * speaking its language where the generator has one, and a made-up case reference.
   *
   * @throws UnknownTemplateVersionException
   * @throws NoticeTextException when the text cannot be filled in (naming the placeholder or rule)
   */
  public TemplatePreview preview(UUID id, int sample) {
    TemplateVersion version = find(id);
    RenderedText rendered =
        version
            .stored()
            .render(
                version.language().code(),
                PreviewPeople.values(version.type(), version.language(), sample),
                NoticeSettings.current(),
                CampaignSettings.current());
    return new TemplatePreview(
        version.view(), sample, rendered.subject(), rendered.body(), rendered.sha256());
  }

  /**
   * Approves a version: from now on it is the one rendered for its type and language, and the
   * version approved before it is retired. Approving the approved version changes nothing.
   *
   * @throws UnknownTemplateVersionException
   * @throws TemplateReviewException when the text breaks a rule now, or another version of its type
   *     and language was approved at the same moment
   */
  public TemplateVersionView approve(UUID id) {
    TemplateVersion version = find(id);
    if (version.status() == TemplateStatus.APPROVED) {
      return version.view();
    }
    List<String> problems =
        TemplateRules.problems(
            version.type(),
            version.language(),
            version.text(),
            englishPlaceholders(version.type()),
            SafeWording.fromRepository());
    if (!problems.isEmpty()) {
      throw new TemplateReviewException(
          version.describe() + " cannot be approved: " + String.join("; ", problems));
    }
    String actor = actor();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    entityManager
        .createNamedQuery("TemplateVersion.findApproved", TemplateVersion.class)
        .setParameter("key", TemplateVersion.approvedKey(version.type(), version.language()))
        .getResultStream()
        .findFirst()
        .ifPresent(
            previous -> {
              previous.retire(actor, now);
              entityManager.persist(
                  new TemplateReviewEvent(previous.id(), ReviewAction.RETIRED, actor, now));
              // the retirement must reach the database before the new approval takes the key
              entityManager.flush();
            });
    version.approve(actor, now);
    entityManager.persist(new TemplateReviewEvent(id, ReviewAction.APPROVED, actor, now));
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      throw new TemplateReviewException(
          "Another version of "
              + version.type()
              + " in "
              + version.language().code()
              + " was approved at the same moment: reload and review again");
    }
    LOG.info(() -> "Notice text " + version.describe() + " approved by " + actor);
    return version.view();
  }

  /**
   * Retires a version: an approved one stops being rendered (its type and language fall back to
   * English, or have no text at all if it is English); a draft is rejected.
   *
   * @throws UnknownTemplateVersionException
   * @throws TemplateReviewException when it is retired already
   */
  public TemplateVersionView retire(UUID id) {
    TemplateVersion version = find(id);
    String actor = actor();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    version.retire(actor, now);
    entityManager.persist(new TemplateReviewEvent(id, ReviewAction.RETIRED, actor, now));
    LOG.info(() -> "Notice text " + version.describe() + " retired by " + actor);
    return version.view();
  }

  /** What the seeding of the repository's texts did when the application started. */
  public SeedingReport lastSeeding() {
    return seeding.lastReport();
  }

  private List<ReviewStep> review(UUID id) {
    return entityManager
        .createNamedQuery("TemplateReviewEvent.findByVersion", TemplateReviewEvent.class)
        .setParameter("versionId", id)
        .getResultStream()
        .map(TemplateReviewEvent::view)
        .toList();
  }

  /** The placeholders of the English text a translation must match: the approved, else latest. */
  private Set<Placeholder> englishPlaceholders(TemplateType type) {
    return entityManager
        .createNamedQuery("TemplateVersion.findApproved", TemplateVersion.class)
        .setParameter("key", TemplateVersion.approvedKey(type, TemplateLanguage.EN))
        .getResultStream()
        .findFirst()
        .or(
            () ->
                entityManager
                    .createNamedQuery("TemplateVersion.findLatest", TemplateVersion.class)
                    .setParameter("type", type)
                    .setParameter("language", TemplateLanguage.EN)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst())
        .map(english -> TemplateText.parse(english.text()).placeholders())
        .orElse(Set.of());
  }

  private TemplateVersion find(UUID id) {
    Objects.requireNonNull(id, "id");
    TemplateVersion version = entityManager.find(TemplateVersion.class, id);
    if (version == null) {
      throw new UnknownTemplateVersionException(id);
    }
    return version;
  }

  private String actor() {
    return session.getCallerPrincipal().getName();
  }
}
