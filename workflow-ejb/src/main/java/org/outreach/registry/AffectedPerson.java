package org.outreach.registry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person in the registry as stored: every personal field is ciphertext from {@code FieldCipher},
 * bound to this record and field; lookups use the blind indexes. Only the registry's services
 * encrypt and decrypt. Plain columns hold only ids, enums, flags, the notice language and the names
 * of the exposed fields.
 */
@Entity
@Table(name = "affected_person")
@NamedQuery(
    name = "AffectedPerson.erasedAt",
    query = "SELECT p.erasedAt FROM AffectedPerson p WHERE p.id = :id AND p.erasedAt IS NOT NULL")
@NamedQuery(
    name = "AffectedPerson.findByANumberIndex",
    query = "SELECT p FROM AffectedPerson p WHERE p.aNumberIndex = :index")
@NamedQuery(
    name = "AffectedPerson.countByANumberIndex",
    query = "SELECT COUNT(p) FROM AffectedPerson p WHERE p.aNumberIndex = :index")
@NamedQuery(
    name = "AffectedPerson.idsByANumberIndexes",
    query = "SELECT p.aNumberIndex, p.id FROM AffectedPerson p WHERE p.aNumberIndex IN :indexes")
@NamedQuery(
    name = "AffectedPerson.findWithContacts",
    query =
        "SELECT DISTINCT p FROM AffectedPerson p LEFT JOIN FETCH p.contactPoints"
            + " WHERE p.id IN :ids")
@NamedQuery(
    name = "AffectedPerson.idsAfter",
    query = "SELECT p.id FROM AffectedPerson p WHERE p.id > :after ORDER BY p.id")
@NamedQuery(
    name = "AffectedPerson.firstIds",
    query = "SELECT p.id FROM AffectedPerson p ORDER BY p.id")
class AffectedPerson {

  static final String ENTITY = "AffectedPerson";

  /** The names of the encrypted fields, as used in their associated data. */
  static final List<String> SEALED_FIELDS =
      List.of(
          "familyName",
          "givenNames",
          "alternateNames",
          "dateOfBirth",
          "nationality",
          "aNumber",
          "preferredLanguages",
          "detentionFacility",
          "detainedSince",
          "releasedOn",
          "removedTo",
          "removedOn",
          "attorneyName",
          "attorneyFirm",
          "attorneyEmail",
          "attorneyAddress",
          "riskNote");

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

  @Column(name = "detention_facility", length = 2000)
  private String detentionFacility;

  /** The facility's blind index, so that a worklist can narrow to one facility's people. */
  @Column(name = "detention_facility_index", length = 64)
  private String detentionFacilityIndex;

  @Column(name = "detained_since", length = 200)
  private String detainedSince;

  @Column(name = "released_on", length = 200)
  private String releasedOn;

  @Column(name = "removed_to", length = 200)
  private String removedTo;

  @Column(name = "removed_on", length = 200)
  private String removedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "removal_timing", length = 32)
  private RemovalTiming removalTiming;

  @Column(name = "attorney_name", length = 2000)
  private String attorneyName;

  @Column(name = "attorney_firm", length = 2000)
  private String attorneyFirm;

  @Column(name = "attorney_email", length = 2000)
  private String attorneyEmail;

  @Column(name = "attorney_address", length = 4000)
  private String attorneyAddress;

  @Column(name = "disclosed_to_government", nullable = false)
  private boolean disclosedToGovernment;

  @Column(name = "risk_note", length = 12000)
  private String riskNote;

  @Column(name = "notice_language", length = 2)
  private String noticeLanguage;

  /** {@link ExposedField} names separated by commas, in declaration order; null: not recorded. */
  @Column(name = "exposed_fields", length = 100)
  private String exposedFields;

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

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PersonContactPoint> contactPoints = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  /** When the retention job erased the record (it then holds only what the statistics count). */
  @Column(name = "erased_at", insertable = false, updatable = false)
  private OffsetDateTime erasedAt;

  @Version private long version;

  protected AffectedPerson() {}

  /** The encrypted identity fields of a person, all computed for its id. */
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

  /** The encrypted custody facts; the timing is a plain flag the processes route on. */
  record SealedCustody(
      String detentionFacility,
      String detainedSince,
      String releasedOn,
      String removedTo,
      String removedOn,
      RemovalTiming removalTiming,
      String detentionFacilityIndex) {}

  /** The encrypted attorney of record; all {@code null} when there is none. */
  record SealedAttorney(String name, String firm, String email, String address) {

    static final SealedAttorney NONE = new SealedAttorney(null, null, null, null);
  }

  AffectedPerson(UUID id, Sealed sealed, CustodyStatus custodyStatus, OffsetDateTime createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    identity(sealed);
    this.custodyStatus = Objects.requireNonNull(custodyStatus, "custodyStatus");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  void identity(Sealed sealed) {
    this.familyName = Objects.requireNonNull(sealed.familyName(), "familyName");
    this.givenNames = Objects.requireNonNull(sealed.givenNames(), "givenNames");
    this.alternateNames = sealed.alternateNames();
    this.dateOfBirth = Objects.requireNonNull(sealed.dateOfBirth(), "dateOfBirth");
    this.nationality = Objects.requireNonNull(sealed.nationality(), "nationality");
    this.aNumber = Objects.requireNonNull(sealed.aNumber(), "aNumber");
    this.preferredLanguages = sealed.preferredLanguages();
    this.aNumberIndex = Objects.requireNonNull(sealed.aNumberIndex(), "aNumberIndex");
    this.dateOfBirthIndex = Objects.requireNonNull(sealed.dateOfBirthIndex(), "dateOfBirthIndex");
    if (!this.nameTokenIndexes.equals(sealed.nameTokenIndexes())) {
      this.nameTokenIndexes.clear();
      this.nameTokenIndexes.addAll(sealed.nameTokenIndexes());
    }
  }

  void custody(CustodyStatus status, SealedCustody facts) {
    this.custodyStatus = Objects.requireNonNull(status, "custodyStatus");
    this.detentionFacility = facts.detentionFacility();
    this.detainedSince = facts.detainedSince();
    this.releasedOn = facts.releasedOn();
    this.removedTo = facts.removedTo();
    this.removedOn = facts.removedOn();
    this.removalTiming = facts.removalTiming();
    this.detentionFacilityIndex = facts.detentionFacilityIndex();
  }

  /** Sets the facility's index of a record written before it had one. */
  void detentionFacilityIndex(String index) {
    this.detentionFacilityIndex = index;
  }

  String detentionFacilityIndex() {
    return detentionFacilityIndex;
  }

  void attorney(SealedAttorney attorney) {
    this.attorneyName = attorney.name();
    this.attorneyFirm = attorney.firm();
    this.attorneyEmail = attorney.email();
    this.attorneyAddress = attorney.address();
  }

  void riskNotes(boolean disclosedToGovernment, String sealedNote) {
    this.disclosedToGovernment = disclosedToGovernment;
    this.riskNote = sealedNote;
  }

  void noticeLanguage(String noticeLanguage) {
    this.noticeLanguage = noticeLanguage;
  }

  /**
   * Records what of the person the published file held. A newer list replaces it; one that does not
   * say (an empty set) keeps what was recorded. Returns whether anything changed.
   */
  boolean exposure(Set<ExposedField> fields) {
    if (fields.contains(ExposedField.PROTECTION_CLAIM)) {
      throw new IllegalArgumentException(
          "exposure: PROTECTION_CLAIM follows from the disclosure to a government");
    }
    if (fields.isEmpty() || fields.equals(exposure())) {
      return false;
    }
    exposedFields =
        EnumSet.copyOf(fields).stream().map(Enum::name).collect(Collectors.joining(","));
    return true;
  }

  /** The recorded fields of the published file; empty when not recorded. */
  Set<ExposedField> exposure() {
    if (exposedFields == null || exposedFields.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(
        Arrays.stream(exposedFields.split(","))
            .map(ExposedField::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExposedField.class))));
  }

  void addContactPoint(PersonContactPoint contactPoint) {
    contactPoints.add(contactPoint);
  }

  void changed(OffsetDateTime at) {
    this.updatedAt = at;
  }

  /** The stored (encrypted) value of one of {@link #SEALED_FIELDS}. */
  String sealed(String field) {
    return switch (field) {
      case "familyName" -> familyName;
      case "givenNames" -> givenNames;
      case "alternateNames" -> alternateNames;
      case "dateOfBirth" -> dateOfBirth;
      case "nationality" -> nationality;
      case "aNumber" -> aNumber;
      case "preferredLanguages" -> preferredLanguages;
      case "detentionFacility" -> detentionFacility;
      case "detainedSince" -> detainedSince;
      case "releasedOn" -> releasedOn;
      case "removedTo" -> removedTo;
      case "removedOn" -> removedOn;
      case "attorneyName" -> attorneyName;
      case "attorneyFirm" -> attorneyFirm;
      case "attorneyEmail" -> attorneyEmail;
      case "attorneyAddress" -> attorneyAddress;
      case "riskNote" -> riskNote;
      default -> throw new IllegalArgumentException("not an encrypted field: " + field);
    };
  }

  /** Replaces the stored value of one of {@link #SEALED_FIELDS}, for re-encryption. */
  void reseal(String field, String value) {
    switch (field) {
      case "familyName" -> familyName = value;
      case "givenNames" -> givenNames = value;
      case "alternateNames" -> alternateNames = value;
      case "dateOfBirth" -> dateOfBirth = value;
      case "nationality" -> nationality = value;
      case "aNumber" -> aNumber = value;
      case "preferredLanguages" -> preferredLanguages = value;
      case "detentionFacility" -> detentionFacility = value;
      case "detainedSince" -> detainedSince = value;
      case "releasedOn" -> releasedOn = value;
      case "removedTo" -> removedTo = value;
      case "removedOn" -> removedOn = value;
      case "attorneyName" -> attorneyName = value;
      case "attorneyFirm" -> attorneyFirm = value;
      case "attorneyEmail" -> attorneyEmail = value;
      case "attorneyAddress" -> attorneyAddress = value;
      case "riskNote" -> riskNote = value;
      default -> throw new IllegalArgumentException("not an encrypted field: " + field);
    }
  }

  UUID id() {
    return id;
  }

  CustodyStatus custodyStatus() {
    return custodyStatus;
  }

  RemovalTiming removalTiming() {
    return removalTiming;
  }

  boolean hasAttorney() {
    return attorneyName != null;
  }

  boolean disclosedToGovernment() {
    return disclosedToGovernment;
  }

  String noticeLanguage() {
    return noticeLanguage;
  }

  String dateOfBirthIndex() {
    return dateOfBirthIndex;
  }

  String aNumberIndex() {
    return aNumberIndex;
  }

  List<PersonContactPoint> contactPoints() {
    return Collections.unmodifiableList(contactPoints);
  }

  /** The facts the processes may see: flags from plain columns, nothing decrypted. */
  OutreachFacts outreachFacts() {
    return new OutreachFacts(
        id,
        custodyStatus,
        custodyStatus == CustodyStatus.REMOVED
            && removalTiming == RemovalTiming.AFTER_LEAK_BEFORE_NOTICE,
        disclosedToGovernment,
        hasSafe(ContactKind.EMAIL),
        hasSafe(ContactKind.POSTAL_ADDRESS),
        hasSafe(ContactKind.PHONE),
        hasAttorney(),
        hasSafe(ContactKind.PARTNER_ORGANISATION),
        noticeLanguage,
        exposureSeen());
  }

  /** The recorded fields, and that the person sought protection once a government was told. */
  private Set<ExposedField> exposureSeen() {
    Set<ExposedField> seen = EnumSet.noneOf(ExposedField.class);
    seen.addAll(exposure());
    if (disclosedToGovernment) {
      seen.add(ExposedField.PROTECTION_CLAIM);
    }
    return seen;
  }

  private boolean hasSafe(ContactKind kind) {
    return contactPoints.stream().anyMatch(c -> c.kind() == kind && c.safeToContact());
  }
}
