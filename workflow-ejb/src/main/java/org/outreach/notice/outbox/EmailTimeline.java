package org.outreach.notice.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;

/**
 * A case's email notices on its timeline: channel, state, tries, when the relay accepted it and why
 * it failed, as the outbox classed it. No address and no text.
 */
@ApplicationScoped
public class EmailTimeline implements CaseTimelineSource {

  @Inject private EmailOutbox outbox;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    return outbox.emailsOf(caseId).stream().map(EmailTimeline::entry).toList();
  }

  private static TimelineEntry entry(EmailView email) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.key("channel", "channel." + email.channel().name()));
    facts.add(Fact.key("emailStatus", "email.status." + email.status().name()));
    facts.add(Fact.value("tries", String.valueOf(email.attempts())));
    if (email.sentAt() != null) {
      facts.add(Fact.moment("sentAt", email.sentAt().atOffset(ZoneOffset.UTC)));
    }
    if (email.lastFailure() != null) {
      facts.add(Fact.value("failure", email.lastFailure()));
    }
    if (email.repeats() > 0) {
      facts.add(Fact.value("repeats", String.valueOf(email.repeats())));
    }
    return new TimelineEntry(
        email.createdAt().atOffset(ZoneOffset.UTC), "notice.email", AuditEvent.SYSTEM, facts);
  }
}
