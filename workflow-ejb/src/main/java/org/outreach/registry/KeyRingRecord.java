package org.outreach.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The data keys one server holds, by id, as it last said. */
@Entity
@Table(name = "data_key_ring")
class KeyRingRecord {

  @Id
  @Column(length = 200)
  private String node;

  @Column(name = "current_key", nullable = false, length = 64)
  private String currentKey;

  /** The ids of every key it holds, separated by commas, in order. */
  @Column(name = "keys_held", nullable = false, length = 2000)
  private String keyIds;

  @Column(name = "loaded_at", nullable = false)
  private OffsetDateTime loadedAt;

  @Column(name = "seen_at", nullable = false)
  private OffsetDateTime seenAt;

  protected KeyRingRecord() {}

  KeyRingRecord(String node) {
    this.node = node;
  }

  void said(String currentKey, String keyIds, OffsetDateTime loadedAt, OffsetDateTime seenAt) {
    this.currentKey = currentKey;
    this.keyIds = keyIds;
    this.loadedAt = loadedAt;
    this.seenAt = seenAt;
  }

  String node() {
    return node;
  }

  String currentKey() {
    return currentKey;
  }

  String keyIds() {
    return keyIds;
  }

  OffsetDateTime loadedAt() {
    return loadedAt;
  }

  OffsetDateTime seenAt() {
    return seenAt;
  }
}
