package org.outreach.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;
import org.outreach.privacy.FieldCipher;

/**
 * One attempt to stop a removal scheduled during the hold, recorded for the case's task. Written
 * once; only a key rotation re-seals its values. Who was reached and the note are sealed by {@link
 * FieldCipher} and bound to this row's id; the key id beside them says which key they are under.
 */
@Entity
@Table(name = "removal_stop")
@NamedQuery(
    name = "RemovalStop.idsNotUnderKey",
    query = "SELECT s.id FROM RemovalStop s WHERE s.keyId <> :keyId ORDER BY s.id")
@NamedQuery(
    name = "RemovalStop.findByTask",
    query = "SELECT s FROM RemovalStop s WHERE s.taskId = :taskId ORDER BY s.reachedAt, s.id")
class RemovalStop {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Column(nullable = false, length = 4000)
  private String reached;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private StopChannel channel;

  @Column(name = "reached_at", nullable = false, updatable = false)
  private OffsetDateTime reachedAt;

  @Column(nullable = false, updatable = false)
  private boolean stopped;

  @Column(length = 12000)
  private String note;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected RemovalStop() {}

  /**
   * An attempt whose values are already sealed for {@link #reachedData(UUID)} and {@link
   * #noteData(UUID)} of {@code id}.
   */
  RemovalStop(
      UUID id,
      UUID caseId,
      String taskId,
      NewRemovalStop stop,
      String sealedReached,
      String sealedNote,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.reached = Objects.requireNonNull(sealedReached, "sealedReached");
    this.channel = Objects.requireNonNull(stop.channel(), "channel");
    this.reachedAt = Objects.requireNonNull(stop.reachedAt(), "reachedAt");
    this.stopped = Objects.requireNonNull(stop.stopped(), "stopped");
    this.note = sealedNote;
    this.keyId = FieldCipher.keyIdOf(sealedReached);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** What the officer or office reached is bound to: {@code RemovalStop:reached:<id>}. */
  static String reachedData(UUID id) {
    return FieldCipher.associatedData("RemovalStop", "reached", id.toString());
  }

  /** What the note is bound to: {@code RemovalStop:note:<id>}. */
  static String noteData(UUID id) {
    return FieldCipher.associatedData("RemovalStop", "note", id.toString());
  }

  /** The sealed values under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(reached) || cipher.needsReEncryption(note);
    if (stale) {
      reached = cipher.reEncrypt(reached, reachedData(id));
      note = cipher.reEncrypt(note, noteData(id));
    }
    keyId = FieldCipher.keyIdOf(reached);
    return stale;
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  /** The attempt as a page shows it, its values opened by {@code cipher}. */
  StopAttempt view(FieldCipher cipher) {
    return new StopAttempt(
        reachedAt,
        channel,
        cipher.decrypt(reached, reachedData(id)),
        stopped,
        cipher.decrypt(note, noteData(id)),
        recordedBy);
  }

  /** The attempt on the case's timeline, who was reached and the note opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.value("reached", cipher.decrypt(reached, reachedData(id))));
    facts.add(Fact.key("channel", "removalStop.channel." + channel.name()));
    facts.add(Fact.key("stopped", stopped ? "removalStop.stopped.YES" : "removalStop.stopped.NO"));
    String opened = cipher.decrypt(note, noteData(id));
    if (opened != null && !opened.isBlank()) {
      facts.add(Fact.value("note", opened));
    }
    return new TimelineEntry(reachedAt, "hold.removalStop", recordedBy, facts);
  }
}
