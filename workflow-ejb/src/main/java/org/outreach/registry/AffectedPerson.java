package org.outreach.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person in the registry as stored: every personal field is ciphertext from {@code FieldCipher},
 * bound to this record and field; lookups use the blind indexes. Only {@link PersonRegistry}
 * encrypts and decrypts.
 */
@Entity
@Table(name = "affected_person")
@NamedQuery(
    name = "AffectedPerson.findByANumberIndex",
    query = "SELECT p FROM AffectedPerson p WHERE p.aNumberIndex = :index")
@NamedQuery(
    name = "AffectedPerson.countByANumberIndex",
    query = "SELECT COUNT(p) FROM AffectedPerson p WHERE p.aNumberIndex = :index")
class AffectedPerson {

  static final String ENTITY = "AffectedPerson";

  @Id private UUID id;

  @Column(name = "family_name", nullable = false, length = 2000)
  private String familyName;

  @Column(name = "given_names", nullable = false, length = 2000)
  private String givenNames;

  @Column(name = "alternate_names", length = 12000)
  private String alternateNames;

  @Column(name = "date_of_birth", nullable = false, length = 200)
  private String dateOfBirth;

  @Column(nullable = false, length = 200)
  private String nationality;

  @Column(name = "a_number", nullable = false, length = 200)
  private String aNumber;

  @Column(name = "preferred_languages", length = 1000)
  private String preferredLanguages;

  @Enumerated(EnumType.STRING)
  @Column(name = "custody_status", nullable = false, length = 16)
  private CustodyStatus custodyStatus;

  @Column(name = "a_number_index", nullable = false, length = 64)
  private String aNumberIndex;

  @Column(name = "date_of_birth_index", nullable = false, length = 64)
  private String dateOfBirthIndex;

  @ElementCollection
  @CollectionTable(
      name = "affected_person_name_token",
      joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "token_index", length = 64)
  private Set<String> nameTokenIndexes = new HashSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected AffectedPerson() {}

  /** The encrypted fields of a new person, all computed for {@code id}. */
  record Sealed(
      String familyName,
      String givenNames,
      String alternateNames,
      String dateOfBirth,
      String nationality,
      String aNumber,
      String preferredLanguages,
      String aNumberIndex,
      String dateOfBirthIndex,
      Set<String> nameTokenIndexes) {}

  AffectedPerson(UUID id, Sealed sealed, CustodyStatus custodyStatus, OffsetDateTime createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.familyName = Objects.requireNonNull(sealed.familyName(), "familyName");
    this.givenNames = Objects.requireNonNull(sealed.givenNames(), "givenNames");
    this.alternateNames = sealed.alternateNames();
    this.dateOfBirth = Objects.requireNonNull(sealed.dateOfBirth(), "dateOfBirth");
    this.nationality = Objects.requireNonNull(sealed.nationality(), "nationality");
    this.aNumber = Objects.requireNonNull(sealed.aNumber(), "aNumber");
    this.preferredLanguages = sealed.preferredLanguages();
    this.aNumberIndex = Objects.requireNonNull(sealed.aNumberIndex(), "aNumberIndex");
    this.dateOfBirthIndex = Objects.requireNonNull(sealed.dateOfBirthIndex(), "dateOfBirthIndex");
    this.nameTokenIndexes.addAll(sealed.nameTokenIndexes());
    this.custodyStatus = Objects.requireNonNull(custodyStatus, "custodyStatus");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  UUID id() {
    return id;
  }

  String familyName() {
    return familyName;
  }

  String givenNames() {
    return givenNames;
  }

  String alternateNames() {
    return alternateNames;
  }

  String dateOfBirth() {
    return dateOfBirth;
  }

  String nationality() {
    return nationality;
  }

  String aNumber() {
    return aNumber;
  }

  String preferredLanguages() {
    return preferredLanguages;
  }

  CustodyStatus custodyStatus() {
    return custodyStatus;
  }

  /** Interim for the import (branch importing); the registry's own update replaces it. */
  void changeCustodyStatus(CustodyStatus status) {
    this.custodyStatus = Objects.requireNonNull(status, "custodyStatus");
  }

  /**
   * The facts the processes may see. Contact points, attorney and risk notes are not stored yet, so
   * their flags are false and the language unknown.
   */
  OutreachFacts outreachFacts() {
    return new OutreachFacts(
        id, custodyStatus, false, false, false, false, false, false, false, null);
  }
}
