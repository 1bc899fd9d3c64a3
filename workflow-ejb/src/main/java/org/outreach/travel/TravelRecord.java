package org.outreach.travel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;
import org.outreach.privacy.FieldCipher;

/**
 * One return-travel record for a case's task: the wish to return, the travel document or parole,
 * the booking, or the arrival. Written once; only a key rotation re-seals its values. Who was the
 * contact (name and organisation), the issuer, the carrier, the places, the booking reference and
 * the note are sealed by {@link FieldCipher} and bound to this row's id; the key id beside them
 * says which key they are under. The step, the contact's kind, the answers and the days are plain.
 */
@Entity
@Table(name = "return_travel_step")
@NamedQuery(
    name = "TravelRecord.idsNotUnderKey",
    query = "SELECT r.id FROM TravelRecord r WHERE r.keyId <> :keyId ORDER BY r.id")
class TravelRecord {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private TravelStep step;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_kind", nullable = false, updatable = false, length = 32)
  private TravelContactKind contactKind;

  @Column(name = "contact_name", nullable = false, length = 4000)
  private String contactName;

  @Column(name = "contact_organisation", length = 4000)
  private String contactOrganisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "return_wish", updatable = false, length = 24)
  private ReturnWish returnWish;

  @Column(name = "reached_on", updatable = false)
  private LocalDate reachedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind", updatable = false, length = 24)
  private TravelDocumentKind documentKind;

  @Column(name = "issued_by", length = 4000)
  private String issuedBy;

  @Column(name = "issued_on", updatable = false)
  private LocalDate issuedOn;

  @Column(name = "valid_until", updatable = false)
  private LocalDate validUntil;

  @Column(length = 4000)
  private String carrier;

  @Column(name = "departure_on", updatable = false)
  private LocalDate departureOn;

  @Column(name = "from_place", length = 4000)
  private String fromPlace;

  @Column(name = "to_place", length = 4000)
  private String toPlace;

  @Column(name = "booking_reference", length = 4000)
  private String bookingReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "arrival_outcome", updatable = false, length = 24)
  private ArrivalOutcome arrivalOutcome;

  @Column(name = "arrival_on", updatable = false)
  private LocalDate arrivalOn;

  @Column(length = 12000)
  private String note;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected TravelRecord() {}

  /** The values sealed for this row's id, as {@link #seal} seals them; absent ones are null. */
  record Sealed(
      String contactName,
      String contactOrganisation,
      String issuedBy,
      String carrier,
      String fromPlace,
      String toPlace,
      String bookingReference,
      String note) {}

  /** The person's wish to return; its values already sealed for {@code id}. */
  static TravelRecord wish(
      UUID id,
      UUID caseId,
      String taskId,
      NewReturnWish wish,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    TravelRecord row =
        new TravelRecord(
            id, caseId, taskId, TravelStep.WISH, wish.contact(), sealed, recordedBy, recordedAt);
    row.reachedOn = Objects.requireNonNull(wish.reachedOn(), "reachedOn");
    row.returnWish = Objects.requireNonNull(wish.wish(), "wish");
    return row;
  }

  /** The travel document or parole; its values already sealed for {@code id}. */
  static TravelRecord documents(
      UUID id,
      UUID caseId,
      String taskId,
      NewTravelDocuments documents,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    TravelRecord row =
        new TravelRecord(
            id,
            caseId,
            taskId,
            TravelStep.DOCUMENTS,
            documents.contact(),
            sealed,
            recordedBy,
            recordedAt);
    row.documentKind = Objects.requireNonNull(documents.kind(), "kind");
    row.issuedOn = Objects.requireNonNull(documents.issuedOn(), "issuedOn");
    row.validUntil = Objects.requireNonNull(documents.validUntil(), "validUntil");
    Objects.requireNonNull(row.issuedBy, "issuedBy");
    return row;
  }

  /** The travel booked; its values already sealed for {@code id}. */
  static TravelRecord booking(
      UUID id,
      UUID caseId,
      String taskId,
      NewTravelBooking booking,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    TravelRecord row =
        new TravelRecord(
            id,
            caseId,
            taskId,
            TravelStep.BOOKING,
            booking.contact(),
            sealed,
            recordedBy,
            recordedAt);
    row.departureOn = Objects.requireNonNull(booking.departureOn(), "departureOn");
    Objects.requireNonNull(row.carrier, "carrier");
    Objects.requireNonNull(row.fromPlace, "fromPlace");
    Objects.requireNonNull(row.toPlace, "toPlace");
    Objects.requireNonNull(row.bookingReference, "bookingReference");
    return row;
  }

  /** The arrival, or that the person did not travel; its values already sealed for {@code id}. */
  static TravelRecord arrival(
      UUID id,
      UUID caseId,
      String taskId,
      NewArrival arrival,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    TravelRecord row =
        new TravelRecord(
            id,
            caseId,
            taskId,
            TravelStep.ARRIVAL,
            arrival.contact(),
            sealed,
            recordedBy,
            recordedAt);
    row.arrivalOutcome = Objects.requireNonNull(arrival.outcome(), "outcome");
    row.arrivalOn = Objects.requireNonNull(arrival.on(), "on");
    return row;
  }

  private TravelRecord(
      UUID id,
      UUID caseId,
      String taskId,
      TravelStep step,
      NewTravelContact contact,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.step = step;
    this.contactKind = Objects.requireNonNull(contact.kind(), "contactKind");
    if (!contactKind.isSafe()) {
      throw new IllegalArgumentException("contactKind: never a government or consulate");
    }
    this.contactName = Objects.requireNonNull(sealed.contactName(), "contactName");
    this.contactOrganisation = sealed.contactOrganisation();
    this.issuedBy = sealed.issuedBy();
    this.carrier = sealed.carrier();
    this.fromPlace = sealed.fromPlace();
    this.toPlace = sealed.toPlace();
    this.bookingReference = sealed.bookingReference();
    this.note = sealed.note();
    this.keyId = FieldCipher.keyIdOf(contactName);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** Seals the values of a new row with id {@code id}, each bound to its column. */
  static Sealed seal(
      FieldCipher cipher,
      UUID id,
      NewTravelContact contact,
      String issuedBy,
      String carrier,
      String fromPlace,
      String toPlace,
      String bookingReference,
      String note) {
    return new Sealed(
        cipher.encrypt(contact.name(), data("contactName", id)),
        cipher.encrypt(contact.organisation(), data("contactOrganisation", id)),
        cipher.encrypt(issuedBy, data("issuedBy", id)),
        cipher.encrypt(carrier, data("carrier", id)),
        cipher.encrypt(fromPlace, data("fromPlace", id)),
        cipher.encrypt(toPlace, data("toPlace", id)),
        cipher.encrypt(bookingReference, data("bookingReference", id)),
        cipher.encrypt(note, data("note", id)));
  }

  /** What a value is bound to: {@code TravelRecord:<column>:<id>}. */
  static String data(String column, UUID id) {
    return FieldCipher.associatedData("TravelRecord", column, id.toString());
  }

  /** The sealed values under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher) {
    boolean stale =
        cipher.needsReEncryption(contactName)
            || cipher.needsReEncryption(contactOrganisation)
            || cipher.needsReEncryption(issuedBy)
            || cipher.needsReEncryption(carrier)
            || cipher.needsReEncryption(fromPlace)
            || cipher.needsReEncryption(toPlace)
            || cipher.needsReEncryption(bookingReference)
            || cipher.needsReEncryption(note);
    if (stale) {
      contactName = cipher.reEncrypt(contactName, data("contactName", id));
      contactOrganisation = cipher.reEncrypt(contactOrganisation, data("contactOrganisation", id));
      issuedBy = cipher.reEncrypt(issuedBy, data("issuedBy", id));
      carrier = cipher.reEncrypt(carrier, data("carrier", id));
      fromPlace = cipher.reEncrypt(fromPlace, data("fromPlace", id));
      toPlace = cipher.reEncrypt(toPlace, data("toPlace", id));
      bookingReference = cipher.reEncrypt(bookingReference, data("bookingReference", id));
      note = cipher.reEncrypt(note, data("note", id));
    }
    keyId = FieldCipher.keyIdOf(contactName);
    return stale;
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  String keyId() {
    return keyId;
  }

  /** A sealed column's value, opened by {@code cipher}; {@code null} for none. */
  String opened(FieldCipher cipher, String column) {
    String sealed =
        switch (column) {
          case "contactName" -> contactName;
          case "contactOrganisation" -> contactOrganisation;
          case "issuedBy" -> issuedBy;
          case "carrier" -> carrier;
          case "fromPlace" -> fromPlace;
          case "toPlace" -> toPlace;
          case "bookingReference" -> bookingReference;
          case "note" -> note;
          default -> throw new IllegalArgumentException("Not a sealed column: " + column);
        };
    return cipher.decrypt(sealed, data(column, id));
  }

  /** The record on the case's timeline, its sealed values opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    List<Fact> facts = new ArrayList<>();
    switch (step) {
      case WISH -> {
        facts.add(Fact.key("returnWish", "travelWish.answer." + returnWish.name()));
        facts.add(Fact.day("reachedOn", reachedOn));
      }
      case DOCUMENTS -> {
        facts.add(Fact.key("travelDocument", "travelDocuments.kind." + documentKind.name()));
        facts.add(Fact.value("issuedBy", opened(cipher, "issuedBy")));
        facts.add(Fact.day("issuedOn", issuedOn));
        facts.add(Fact.day("validUntil", validUntil));
      }
      case BOOKING -> {
        facts.add(Fact.value("carrier", opened(cipher, "carrier")));
        facts.add(Fact.day("departureOn", departureOn));
        facts.add(Fact.value("travelFrom", opened(cipher, "fromPlace")));
        facts.add(Fact.value("travelTo", opened(cipher, "toPlace")));
        facts.add(Fact.value("bookingReference", opened(cipher, "bookingReference")));
      }
      case ARRIVAL -> {
        facts.add(Fact.key("arrival", "travelArrival.outcome." + arrivalOutcome.name()));
        facts.add(Fact.day("arrivalOn", arrivalOn));
      }
    }
    facts.add(Fact.key("through", "travelContact.kind." + contactKind.name()));
    String organisation = opened(cipher, "contactOrganisation");
    String name = opened(cipher, "contactName");
    facts.add(
        Fact.value(
            "contact",
            organisation == null || organisation.isBlank() ? name : name + ", " + organisation));
    String opened = opened(cipher, "note");
    if (opened != null && !opened.isBlank()) {
      facts.add(Fact.value("note", opened));
    }
    return new TimelineEntry(
        recordedAt, "travel." + step.name().toLowerCase(Locale.ROOT), recordedBy, facts);
  }
}
