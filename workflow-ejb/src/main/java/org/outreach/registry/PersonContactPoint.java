package org.outreach.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One way to reach a person, as stored: value, source and as-of date are ciphertext bound to this
 * row ({@code PersonContactPoint:<field>:<id>}); kind and safe-to-contact flag are plain, because
 * the processes route on them.
 */
@Entity
@Table(name = "person_contact_point")
class PersonContactPoint {

  static final String ENTITY = "PersonContactPoint";
  static final List<String> SEALED_FIELDS = List.of("value", "source", "asOf");

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private AffectedPerson person;

  @Column(name = "list_position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ContactKind kind;

  @Column(name = "contact_value", nullable = false, length = 4000)
  private String value;

  @Column(length = 2000)
  private String source;

  @Column(name = "as_of", length = 200)
  private String asOf;

  @Column(name = "safe_to_contact", nullable = false)
  private boolean safeToContact;

  protected PersonContactPoint() {}

  PersonContactPoint(
      UUID id,
      AffectedPerson person,
      int position,
      ContactKind kind,
      String value,
      String source,
      String asOf,
      boolean safeToContact) {
    this.id = Objects.requireNonNull(id, "id");
    this.person = Objects.requireNonNull(person, "person");
    this.position = position;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.value = Objects.requireNonNull(value, "value");
    this.source = source;
    this.asOf = asOf;
    this.safeToContact = safeToContact;
  }

  UUID id() {
    return id;
  }

  int position() {
    return position;
  }

  ContactKind kind() {
    return kind;
  }

  boolean safeToContact() {
    return safeToContact;
  }

  void refresh(String source, String asOf, boolean safeToContact) {
    this.source = source;
    this.asOf = asOf;
    this.safeToContact = safeToContact;
  }

  String sealed(String field) {
    return switch (field) {
      case "value" -> value;
      case "source" -> source;
      case "asOf" -> asOf;
      default -> throw new IllegalArgumentException("not an encrypted field: " + field);
    };
  }

  void reseal(String field, String stored) {
    switch (field) {
      case "value" -> value = stored;
      case "source" -> source = stored;
      case "asOf" -> asOf = stored;
      default -> throw new IllegalArgumentException("not an encrypted field: " + field);
    }
  }
}
