package org.outreach.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A person an import created or updated, and from which row. */
@Entity
@Table(name = "person_import_entry")
@IdClass(ImportedPerson.Key.class)
@NamedQuery(
    name = "ImportedPerson.withoutCase",
    query =
        "SELECT e.personId FROM ImportedPerson e WHERE e.importId = :importId AND e.created = true"
            + " AND NOT EXISTS (SELECT c.id FROM OutreachCase c WHERE c.personId = e.personId)"
            + " ORDER BY e.rowNumber")
@NamedQuery(
    name = "ImportedPerson.countWithCase",
    query =
        "SELECT COUNT(e) FROM ImportedPerson e WHERE e.importId = :importId AND e.created = true"
            + " AND EXISTS (SELECT c.id FROM OutreachCase c WHERE c.personId = e.personId)")
class ImportedPerson {

  @Id
  @Column(name = "import_id")
  private UUID importId;

  @Id
  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "source_row", nullable = false)
  private int rowNumber;

  @Column(nullable = false)
  private boolean created;

  protected ImportedPerson() {}

  ImportedPerson(UUID importId, UUID personId, int rowNumber, boolean created) {
    this.importId = Objects.requireNonNull(importId, "importId");
    this.personId = Objects.requireNonNull(personId, "personId");
    this.rowNumber = rowNumber;
    this.created = created;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private UUID importId;
    private UUID personId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(importId, key.importId)
          && Objects.equals(personId, key.personId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(importId, personId);
    }
  }
}
