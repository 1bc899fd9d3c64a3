package org.outreach.locate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.outreach.cases.CaseTimelineSource;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;
import org.outreach.privacy.FieldCipher;

/**
 * The search for the person on a case's timeline: each contact attempt, each conclusion and each
 * supervisor's review of the diligent effort, with their notes and reasons decrypted. The reader's
 * access was checked and audited by the case view before this is called.
 */
@ApplicationScoped
public class LocateTimeline implements CaseTimelineSource {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;

  @Override
  public List<TimelineEntry> entriesFor(UUID caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    UnaryOperator<String> asRecorded = UnaryOperator.identity();
    for (ContactAttempt row :
        entityManager
            .createNamedQuery("ContactAttempt.findByCase", ContactAttempt.class)
            .setParameter("caseId", caseId)
            .getResultList()) {
      entries.add(entry(row.view(cipher, asRecorded)));
    }
    for (DiligentEffortReview row :
        entityManager
            .createNamedQuery("DiligentEffortReview.findByCase", DiligentEffortReview.class)
            .setParameter("caseId", caseId)
            .getResultList()) {
      ReviewView review = row.view(cipher, asRecorded);
      entries.add(
          new TimelineEntry(
              review.reviewedAt(),
              "locate.review",
              review.reviewedBy(),
              List.of(
                  Fact.key("decision", "review.decision." + review.decision().name()),
                  Fact.value("attemptsReviewed", Integer.toString(review.attemptsReviewed())),
                  Fact.value("reason", review.reason()))));
    }
    return entries;
  }

  private static TimelineEntry entry(AttemptView view) {
    List<Fact> facts = new ArrayList<>();
    if (view.isConclusion()) {
      facts.add(Fact.key("conclusion", "locate.concluded." + view.conclusion().name()));
      if (view.contactKind() != null) {
        facts.add(Fact.key("contactKind", "contact." + view.contactKind().name()));
        facts.add(Fact.value("contactValue", view.contactValue()));
      }
      return new TimelineEntry(view.recordedAt(), "locate.conclusion", view.recordedBy(), facts);
    }
    facts.add(Fact.key("channel", "locate.channel." + view.channel().name()));
    facts.add(Fact.key("result", "locate.result." + view.result().name()));
    if (view.note() != null && !view.note().isBlank()) {
      facts.add(Fact.value("note", view.note()));
    }
    return new TimelineEntry(view.attemptedAt(), "locate.attempt", view.recordedBy(), facts);
  }
}
