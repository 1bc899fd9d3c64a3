package org.outreach.court;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cases.CaseDeadlines;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.mail.outbox.StaffMail;
import org.outreach.mail.outbox.StaffRecipient;

/**
 * The notice to the immigration court: its deadline counts from the proven notice, the legal-access
 * team is reminded before it, and the filing is recorded. Runs on job-executor threads.
 */
@Stateless
@PermitAll
public class CourtAccess {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  @Inject private CaseProgress progress;
  @Inject private CaseRecords cases;
  @Inject private StaffMail staffMail;

  /**
   * Computes and stores the filing deadline from the notice date the process gives, else the one on
   * the case.
   *
   * @throws IllegalStateException if the notice is not proven: there is nothing to count from
   */
  public CaseDeadlines.CourtDeadlines computeDeadlines(
      UUID caseId, Optional<Instant> noticeProvenAt) {
    Instant provenAt =
        noticeProvenAt
            .or(() -> progress.noticeProvenAt(caseId))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Case " + caseId + ": no proven notice to count the court deadline from"));
    CampaignSettings settings = CampaignSettings.current();
    CaseDeadlines.CourtDeadlines deadlines =
        CaseDeadlines.court(provenAt, settings.courtFilingPeriod(), settings.courtFilingReminder());
    progress.recordCourtDeadline(caseId, deadlines.filingDeadline());
    return deadlines;
  }

  /**
   * Mails the legal-access team through the outbox, in the caller's transaction: case reference and
   * deadline, nothing else.
   */
  public void sendReminder(UUID caseId) {
    Objects.requireNonNull(caseId, "caseId");
    CaseSummary summary = cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    String deadline =
        summary.courtFilingDeadline() == null
            ? "(no deadline recorded)"
            : DAY.format(summary.courtFilingDeadline().toInstant());
    progress.recordCourtReminderSent(caseId);
    staffMail.queue(
        StaffRecipient.LEGAL_ACCESS,
        "Court filing due for case " + summary.reference(),
        "The notice to the immigration court for case "
            + summary.reference()
            + " is due by "
            + deadline
            + " (UTC).\nIt has not been recorded as filed yet.\n");
  }

  public void recordFiled(UUID caseId) {
    progress.recordCourtNoticeFiled(caseId);
  }
}
