package org.outreach.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.OutreachFacts;

/** One outreach case. Opened with its process in one transaction: one never exists alone. */
@Entity
@Table(name = "outreach_case")
public class OutreachCase {

  @Id private UUID id;

  @Column(nullable = false, updatable = false, length = 16)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private CaseStatus status;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "person_id", updatable = false)
  private UUID personId;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  private Integer priority;

  @Column(name = "priority_reason", length = 200)
  private String priorityReason;

  @Column(nullable = false)
  private boolean urgent;

  @Enumerated(EnumType.STRING)
  @Column(name = "last_custody_status", length = 16)
  private CustodyStatus lastCustodyStatus;

  @ElementCollection
  @CollectionTable(name = "outreach_case_exposure", joinColumns = @JoinColumn(name = "case_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "field", length = 32)
  private Set<ExposedField> exposure = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "removal_hold_state", nullable = false, length = 16)
  private RemovalHoldState removalHoldState = RemovalHoldState.NONE;

  @Column(name = "removal_hold_placed_at")
  private OffsetDateTime removalHoldPlacedAt;

  @Column(name = "removal_hold_ends_at")
  private OffsetDateTime removalHoldEndsAt;

  @Column(name = "notice_proven_at")
  private OffsetDateTime noticeProvenAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "notice_channel", length = 32)
  private NoticeChannel noticeChannel;

  @Enumerated(EnumType.STRING)
  @Column(name = "custody_review_outcome", length = 32)
  private CustodyReviewOutcome custodyReviewOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "court_filing_state", nullable = false, length = 16)
  private CourtFilingState courtFilingState = CourtFilingState.NOT_DUE;

  @Column(name = "court_filing_deadline")
  private OffsetDateTime courtFilingDeadline;

  @Column(name = "court_notice_filed_at")
  private OffsetDateTime courtNoticeFiledAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "return_outcome", length = 32)
  private ReturnOutcome returnOutcome;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private CaseOutcome outcome;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version private long version;

  protected OutreachCase() {}

  public OutreachCase(UUID id, CaseReference reference, OffsetDateTime openedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.reference = Objects.requireNonNull(reference, "reference").value();
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.status = CaseStatus.OPENED;
  }

  /** A case for an affected person of the registry. */
  public OutreachCase(UUID id, CaseReference reference, UUID personId, OffsetDateTime openedAt) {
    this(id, reference, openedAt);
    this.personId = Objects.requireNonNull(personId, "personId");
  }

  /** Links the case to the process that runs it; once only. */
  public void runBy(String processInstanceId) {
    if (this.processInstanceId != null) {
      throw new IllegalStateException("Case " + id + " already has a process");
    }
    this.processInstanceId = Objects.requireNonNull(processInstanceId, "processInstanceId");
  }

  /** The process confirmed the opening. Repeating it (a retried job) changes nothing. */
  public void outreachStarted() {
    if (status == CaseStatus.OPENED) {
      status = CaseStatus.IN_OUTREACH;
    }
  }

  /** The case-priority decision's result; 1 is the highest. */
  public void prioritise(int priority, String reason) {
    if (priority < 1) {
      throw new IllegalArgumentException("priority: must be 1 or more");
    }
    this.priority = priority;
    this.priorityReason = reason;
  }

  public void markUrgent() {
    this.urgent = true;
  }

  /** Adds to what of the person leaked; nothing is ever taken away, as a leak cannot be undone. */
  public void exposed(Set<ExposedField> fields) {
    exposure.addAll(fields);
  }

  /**
   * Places the removal hold. Returns whether it changed anything: a hold in place stays as it is,
   * and a breached hold stays breached, so a repeated call is harmless.
   */
  public boolean placeRemovalHold(OffsetDateTime at) {
    requireOpen();
    if (removalHoldState == RemovalHoldState.IN_PLACE
        || removalHoldState == RemovalHoldState.BREACHED) {
      return false;
    }
    removalHoldState = RemovalHoldState.IN_PLACE;
    removalHoldPlacedAt = Objects.requireNonNull(at, "at");
    return true;
  }

  /** Ends a hold in place; returns false if there was none to end. */
  public boolean endRemovalHold() {
    if (removalHoldState != RemovalHoldState.IN_PLACE) {
      return false;
    }
    removalHoldState = RemovalHoldState.ENDED;
    return true;
  }

  /**
   * The process loaded the person's facts: their exposure is added to the case's, and their custody
   * status is seen as by {@link #custodyLoaded}. Returns true when this breached the hold.
   */
  public boolean factsLoaded(OutreachFacts facts) {
    exposed(facts.exposure());
    return custodyLoaded(facts.custodyStatus());
  }

  /**
   * The process loaded the person's custody status. Returns true when this breached the hold: the
   * person is now removed, was not removed when last loaded, and the hold stood. A person removed
   * before the case began (before the hold was placed) does not breach it.
   */
  public boolean custodyLoaded(CustodyStatus status) {
    CustodyStatus previous = lastCustodyStatus;
    lastCustodyStatus = Objects.requireNonNull(status, "status");
    if (status != CustodyStatus.REMOVED || previous == null || previous == CustodyStatus.REMOVED) {
      return false;
    }
    return removalHoldBreached();
  }

  /** The person was removed while the hold stood. Returns false if no hold stood. */
  public boolean removalHoldBreached() {
    if (removalHoldState != RemovalHoldState.IN_PLACE) {
      return false;
    }
    removalHoldState = RemovalHoldState.BREACHED;
    urgent = true;
    return true;
  }

  /**
   * Records the first proven notice. A later proof (a second channel, a retried step) keeps the
   * first date, since the hold and the court deadlines count from it; returns whether this one was
   * the first.
   */
  public boolean noticeProven(
      OffsetDateTime at, NoticeChannel channel, OffsetDateTime removalHoldEndsAt) {
    if (noticeProvenAt != null) {
      return false;
    }
    this.noticeProvenAt = Objects.requireNonNull(at, "at");
    this.noticeChannel = channel;
    this.removalHoldEndsAt = Objects.requireNonNull(removalHoldEndsAt, "removalHoldEndsAt");
    return true;
  }

  public void custodyReviewed(CustodyReviewOutcome outcome) {
    this.custodyReviewOutcome = Objects.requireNonNull(outcome, "outcome");
  }

  /** Sets the filing deadline unless the notice was filed already. */
  public void courtFilingDue(OffsetDateTime deadline) {
    if (courtFilingState == CourtFilingState.FILED) {
      return;
    }
    this.courtFilingDeadline = Objects.requireNonNull(deadline, "deadline");
    this.courtFilingState = CourtFilingState.DUE;
  }

  public void courtFilingReminded() {
    if (courtFilingState == CourtFilingState.DUE) {
      courtFilingState = CourtFilingState.REMINDED;
    }
  }

  /** Records the filing; the first date stays. */
  public boolean courtNoticeFiled(OffsetDateTime at) {
    if (courtFilingState == CourtFilingState.FILED) {
      return false;
    }
    courtFilingState = CourtFilingState.FILED;
    courtNoticeFiledAt = Objects.requireNonNull(at, "at");
    return true;
  }

  public void returnEnded(ReturnOutcome outcome) {
    this.returnOutcome = Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Closes the case. Closing again with the same outcome changes nothing (a retried step); with
   * another outcome it is refused, since a closed case's outcome is what the campaign reports.
   */
  public boolean close(CaseOutcome outcome, OffsetDateTime at) {
    Objects.requireNonNull(outcome, "outcome");
    if (status == CaseStatus.CLOSED) {
      if (this.outcome != outcome) {
        throw new IllegalStateException(
            "Case " + id + " is closed with " + this.outcome + " already, not " + outcome);
      }
      return false;
    }
    this.outcome = outcome;
    this.closedAt = Objects.requireNonNull(at, "at");
    this.status = CaseStatus.CLOSED;
    return true;
  }

  private void requireOpen() {
    if (status == CaseStatus.CLOSED) {
      throw new IllegalStateException("Case " + id + " is closed");
    }
  }

  public UUID id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public CaseStatus status() {
    return status;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  /** The affected person, if the case is for one (demo cases are not). */
  public Optional<UUID> personId() {
    return Optional.ofNullable(personId);
  }

  public OffsetDateTime openedAt() {
    return openedAt;
  }

  public Optional<Integer> priority() {
    return Optional.ofNullable(priority);
  }

  public String priorityReason() {
    return priorityReason;
  }

  public boolean urgent() {
    return urgent;
  }

  public Set<ExposedField> exposure() {
    return exposure.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(exposure));
  }

  public RemovalHoldState removalHoldState() {
    return removalHoldState;
  }

  public OffsetDateTime removalHoldPlacedAt() {
    return removalHoldPlacedAt;
  }

  public OffsetDateTime removalHoldEndsAt() {
    return removalHoldEndsAt;
  }

  public OffsetDateTime noticeProvenAt() {
    return noticeProvenAt;
  }

  public NoticeChannel noticeChannel() {
    return noticeChannel;
  }

  public CustodyReviewOutcome custodyReviewOutcome() {
    return custodyReviewOutcome;
  }

  public CourtFilingState courtFilingState() {
    return courtFilingState;
  }

  public OffsetDateTime courtFilingDeadline() {
    return courtFilingDeadline;
  }

  public OffsetDateTime courtNoticeFiledAt() {
    return courtNoticeFiledAt;
  }

  public ReturnOutcome returnOutcome() {
    return returnOutcome;
  }

  public CaseOutcome outcome() {
    return outcome;
  }

  public OffsetDateTime closedAt() {
    return closedAt;
  }
}
