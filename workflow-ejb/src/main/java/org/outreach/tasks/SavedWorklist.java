package org.outreach.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.outreach.registry.CustodyStatus;

/** A filter a staff member saved under a name; theirs alone. */
@Entity
@Table(name = "saved_worklist")
@NamedQuery(
    name = "SavedWorklist.findByOwner",
    query = "SELECT s FROM SavedWorklist s WHERE s.owner = :owner ORDER BY s.name")
@NamedQuery(
    name = "SavedWorklist.countByOwner",
    query = "SELECT COUNT(s) FROM SavedWorklist s WHERE s.owner = :owner")
@NamedQuery(
    name = "SavedWorklist.countByOwnerAndName",
    query = "SELECT COUNT(s) FROM SavedWorklist s WHERE s.owner = :owner AND s.name = :name")
class SavedWorklist {

  @Id private UUID id;

  @Column(nullable = false, updatable = false, length = 64)
  private String owner;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "task_key", length = 64)
  private String taskKey;

  @Column(length = 64)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(name = "custody_status", length = 16)
  private CustodyStatus custodyStatus;

  @Column(name = "notice_language", length = 2)
  private String noticeLanguage;

  @Column(length = 200)
  private String facility;

  @Column(name = "minimum_priority")
  private Integer minimumPriority;

  @Column(name = "overdue_only", nullable = false)
  private boolean overdueOnly;

  @Column(name = "claimed_by_me", nullable = false)
  private boolean claimedByMe;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected SavedWorklist() {}

  SavedWorklist(String owner, String name, WorklistFilter filter, OffsetDateTime createdAt) {
    this.id = UUID.randomUUID();
    this.owner = Objects.requireNonNull(owner, "owner");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    change(name, filter);
  }

  /** Renames the worklist and replaces its filter. */
  void change(String name, WorklistFilter filter) {
    this.name = Objects.requireNonNull(name, "name");
    this.taskKey = filter.taskKey();
    this.team = filter.team();
    this.custodyStatus = filter.custodyStatus();
    this.noticeLanguage = filter.noticeLanguage();
    this.facility = filter.facility();
    this.minimumPriority = filter.minimumPriority();
    this.overdueOnly = filter.overdueOnly();
    this.claimedByMe = filter.claimedByMe();
  }

  UUID id() {
    return id;
  }

  String owner() {
    return owner;
  }

  String name() {
    return name;
  }

  WorklistFilter filter() {
    return new WorklistFilter(
        taskKey,
        team,
        custodyStatus,
        noticeLanguage,
        facility,
        minimumPriority,
        overdueOnly,
        claimedByMe,
        null,
        null);
  }
}
