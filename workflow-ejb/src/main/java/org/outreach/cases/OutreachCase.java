package org.outreach.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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
}
