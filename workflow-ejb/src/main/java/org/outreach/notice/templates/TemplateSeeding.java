package org.outreach.notice.templates;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.outreach.audit.AuditEvent;
import org.outreach.migration.StartLock;

/**
 * Seeds the texts kept in the repository as drafts when the application starts: a text that is new,
 * or differs from the latest version of its type and language, becomes a new draft version; an
 * approved version is never changed, and stays the one rendered until an administrator approves the
 * draft. A text that breaks a rule is refused and logged (type, language, rule), and the others are
 * seeded all the same.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class TemplateSeeding {

  private static final Logger LOG = Logger.getLogger(TemplateSeeding.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  private SeedingReport last;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void seedRepositoryTexts() {
    // a server started beside the first seeds after it, and finds its drafts
    StartLock.untilCommit(dataSource);
    last = store(RepositoryTexts.all());
    LOG.info(
        () ->
            "Notice texts seeded: "
                + last.count(SeedingReport.Result.ADDED)
                + " new drafts, "
                + last.count(SeedingReport.Result.UNCHANGED)
                + " unchanged, "
                + last.count(SeedingReport.Result.REFUSED)
                + " refused");
    last.outcomes().stream()
        .filter(outcome -> outcome.result() == SeedingReport.Result.REFUSED)
        .forEach(
            outcome ->
                LOG.severe(
                    () ->
                        "Notice text "
                            + outcome.type()
                            + " in "
                            + outcome.language().code()
                            + " refused: "
                            + String.join("; ", outcome.problems())));
  }

  /** What the seeding at start did. */
  @Lock(LockType.READ)
  @RolesAllowed("admin")
  public SeedingReport lastReport() {
    return last;
  }

  /**
   * Seeds texts as the start does; for tests, which stand in for a changed repository. The texts
   * are checked against the rules first.
   */
  @RolesAllowed("admin")
  public SeedingReport seed(List<TemplateSeed> texts) {
    List<RepositoryTexts.Seed> seeds = new ArrayList<>();
    for (TemplateSeed text : texts) {
      String canonical = TemplateText.canonical(text.text());
      String english = RepositoryTexts.read(text.type(), TemplateLanguage.EN).orElse(canonical);
      seeds.add(
          new RepositoryTexts.Seed(
              text.type(),
              text.language(),
              canonical,
              TemplateRules.problems(
                  text.type(),
                  text.language(),
                  canonical,
                  TemplateText.parse(english).placeholders(),
                  SafeWording.fromRepository())));
    }
    return store(seeds);
  }

  private SeedingReport store(List<RepositoryTexts.Seed> seeds) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<SeedingReport.Outcome> outcomes = new ArrayList<>();
    for (RepositoryTexts.Seed seed : seeds) {
      TemplateVersion latest =
          entityManager
              .createNamedQuery("TemplateVersion.findLatest", TemplateVersion.class)
              .setParameter("type", seed.type())
              .setParameter("language", seed.language())
              .setMaxResults(1)
              .getResultStream()
              .findFirst()
              .orElse(null);
      Integer latestNumber = latest == null ? null : latest.number();
      if (!seed.acceptable()) {
        outcomes.add(
            new SeedingReport.Outcome(
                seed.type(),
                seed.language(),
                SeedingReport.Result.REFUSED,
                latestNumber,
                seed.problems()));
      } else if (latest != null && latest.sha256().equals(TemplateText.sha256(seed.text()))) {
        outcomes.add(
            new SeedingReport.Outcome(
                seed.type(),
                seed.language(),
                SeedingReport.Result.UNCHANGED,
                latestNumber,
                List.of()));
      } else {
        TemplateVersion draft =
            new TemplateVersion(
                seed.type(),
                seed.language(),
                latest == null ? 1 : latest.number() + 1,
                seed.text(),
                AuditEvent.SYSTEM,
                now);
        entityManager.persist(draft);
        entityManager.persist(
            new TemplateReviewEvent(draft.id(), ReviewAction.SEEDED, AuditEvent.SYSTEM, now));
        outcomes.add(
            new SeedingReport.Outcome(
                seed.type(),
                seed.language(),
                SeedingReport.Result.ADDED,
                draft.number(),
                List.of()));
      }
    }
    return new SeedingReport(now, List.copyOf(outcomes));
  }
}
