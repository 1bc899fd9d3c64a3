package org.outreach.notice.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A day's print batch for the mail house. */
@Entity
@Table(name = "print_batch")
@NamedQuery(
    name = "PrintBatch.lastNumberOfDay",
    query = "SELECT MAX(b.dayNumber) FROM PrintBatch b WHERE b.printDate = :date")
@NamedQuery(
    name = "PrintBatch.findUnfinished",
    query =
        "SELECT b FROM PrintBatch b WHERE b.status = org.outreach.notice.letters.BatchStatus.RENDERING"
            + " ORDER BY b.createdAt")
@NamedQuery(
    name = "PrintBatch.findRecent",
    query = "SELECT b FROM PrintBatch b ORDER BY b.printDate DESC, b.dayNumber DESC")
class PrintBatch {

  @Id private UUID id;

  @Column(name = "print_date", nullable = false, updatable = false)
  private LocalDate printDate;

  @Column(name = "day_number", nullable = false, updatable = false)
  private int dayNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BatchStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(nullable = false)
  private int letters;

  @Column(nullable = false)
  private int pages;

  @Column(name = "mailed_at")
  private OffsetDateTime mailedAt;

  @Column(name = "mailed_by", length = 64)
  private String mailedBy;

  @Version private long version;

  protected PrintBatch() {}

  PrintBatch(LocalDate date, int dayNumber, OffsetDateTime createdAt, String createdBy) {
    this.id = UUID.randomUUID();
    this.printDate = date;
    this.dayNumber = dayNumber;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.status = BatchStatus.RENDERING;
  }

  void printed(int letterCount, int pageCount) {
    this.letters = letterCount;
    this.pages = pageCount;
    this.status = BatchStatus.PRINTED;
  }

  void mailed(OffsetDateTime at, String by) {
    this.mailedAt = at;
    this.mailedBy = by;
    this.status = BatchStatus.MAILED;
  }

  UUID id() {
    return id;
  }

  BatchStatus status() {
    return status;
  }

  /** The batch's name, also its file names: {@code letters-2025-12-01-1}. */
  String name() {
    return "letters-" + printDate + "-" + dayNumber;
  }

  BatchView view(int unprinted) {
    return new BatchView(
        id, name(), printDate, dayNumber, status, letters, pages, unprinted, createdAt, createdBy,
        mailedAt, mailedBy);
  }
}
