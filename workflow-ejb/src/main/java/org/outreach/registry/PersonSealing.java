package org.outreach.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;

/**
 * Turns a person's values into stored ciphertext and back. Every value is bound to its entity,
 * field and row id ({@code AffectedPerson:familyName:<id>}, {@code PersonContactPoint:value:<id>}),
 * so a value copied elsewhere does not decrypt.
 */
final class PersonSealing {

  /** Separates list entries inside one encrypted field; names never contain control characters. */
  private static final String LIST_SEPARATOR = "\n";

  private final FieldCipher cipher;
  private final BlindIndex blindIndex;

  PersonSealing(FieldCipher cipher, BlindIndex blindIndex) {
    this.cipher = cipher;
    this.blindIndex = blindIndex;
  }

  AffectedPerson.Sealed identity(UUID id, NewAffectedPerson valid) {
    String recordId = id.toString();
    Set<String> tokens = new LinkedHashSet<>();
    tokens.addAll(blindIndex.nameTokens(valid.familyName()));
    tokens.addAll(blindIndex.nameTokens(valid.givenNames()));
    valid.alternateNames().forEach(name -> tokens.addAll(blindIndex.nameTokens(name)));
    return new AffectedPerson.Sealed(
        person("familyName", valid.familyName(), recordId),
        person("givenNames", valid.givenNames(), recordId),
        person("alternateNames", joined(valid.alternateNames()), recordId),
        person("dateOfBirth", valid.dateOfBirth().toString(), recordId),
        person("nationality", valid.nationality(), recordId),
        person("aNumber", valid.aNumber(), recordId),
        person("preferredLanguages", joined(valid.preferredLanguages()), recordId),
        blindIndex.aNumber(valid.aNumber()),
        blindIndex.dateOfBirth(valid.dateOfBirth()),
        tokens);
  }

  AffectedPerson.SealedCustody custody(UUID id, CustodyFacts facts) {
    String recordId = id.toString();
    return new AffectedPerson.SealedCustody(
        person("detentionFacility", facts.detentionFacility(), recordId),
        person("detainedSince", text(facts.detainedSince()), recordId),
        person("releasedOn", text(facts.releasedOn()), recordId),
        person("removedTo", facts.removedTo(), recordId),
        person("removedOn", text(facts.removedOn()), recordId),
        facts.removalTiming(),
        blindIndex.facility(facts.detentionFacility()));
  }

  AffectedPerson.SealedAttorney attorney(UUID id, Attorney attorney) {
    if (attorney == null) {
      return AffectedPerson.SealedAttorney.NONE;
    }
    String recordId = id.toString();
    return new AffectedPerson.SealedAttorney(
        person("attorneyName", attorney.name(), recordId),
        person("attorneyFirm", attorney.firm(), recordId),
        person("attorneyEmail", attorney.email(), recordId),
        person("attorneyAddress", attorney.address(), recordId));
  }

  String riskNote(UUID id, String note) {
    return person("riskNote", note, id.toString());
  }

  PersonContactPoint contactPoint(AffectedPerson owner, int position, ContactPoint contactPoint) {
    UUID id = UUID.randomUUID();
    String rowId = id.toString();
    return new PersonContactPoint(
        id,
        owner,
        position,
        contactPoint.kind(),
        contact("value", contactPoint.value(), rowId),
        contact("source", contactPoint.source(), rowId),
        contact("asOf", text(contactPoint.asOf()), rowId),
        contactPoint.safeToContact());
  }

  void refresh(PersonContactPoint stored, ContactPoint contactPoint) {
    String rowId = stored.id().toString();
    stored.refresh(
        contact("source", contactPoint.source(), rowId),
        contact("asOf", text(contactPoint.asOf()), rowId),
        contactPoint.safeToContact());
  }

  /** Decrypts the whole record. Callers audit the read. */
  PersonView view(AffectedPerson person) {
    return view(person, EnumSet.allOf(PersonPart.class));
  }

  /**
   * Decrypts the parts asked for; the others stay {@code null} or empty. Plain facts (custody
   * status, notice language, disclosure to a government, whether there is an attorney) are always
   * given. Callers audit the read.
   */
  PersonView view(AffectedPerson person, Set<PersonPart> parts) {
    CustodyFacts custody =
        parts.contains(PersonPart.CUSTODY_FACTS)
            ? new CustodyFacts(
                open(person, "detentionFacility"),
                date(open(person, "detainedSince")),
                date(open(person, "releasedOn")),
                open(person, "removedTo"),
                date(open(person, "removedOn")),
                person.removalTiming())
            : null;
    Attorney attorney =
        person.hasAttorney() && parts.contains(PersonPart.ATTORNEY)
            ? new Attorney(
                open(person, "attorneyName"),
                open(person, "attorneyFirm"),
                open(person, "attorneyEmail"),
                open(person, "attorneyAddress"))
            : null;
    boolean all = parts.contains(PersonPart.ALL_CONTACT_POINTS);
    List<ContactPoint> contacts =
        all || parts.contains(PersonPart.SAFE_CONTACT_POINTS)
            ? person.contactPoints().stream()
                .filter(c -> all || c.safeToContact())
                .map(this::open)
                .toList()
            : List.of();
    boolean names = parts.contains(PersonPart.NAMES);
    return new PersonView(
        person.id(),
        names ? open(person, "familyName") : null,
        names ? open(person, "givenNames") : null,
        names ? split(open(person, "alternateNames")) : List.of(),
        parts.contains(PersonPart.DATE_OF_BIRTH) ? date(open(person, "dateOfBirth")) : null,
        parts.contains(PersonPart.NATIONALITY) ? open(person, "nationality") : null,
        parts.contains(PersonPart.A_NUMBER) ? open(person, "aNumber") : null,
        parts.contains(PersonPart.LANGUAGES)
            ? split(open(person, "preferredLanguages"))
            : List.of(),
        person.custodyStatus(),
        custody,
        contacts,
        attorney,
        new RiskNotes(
            person.disclosedToGovernment(),
            parts.contains(PersonPart.RISK_NOTE) ? open(person, "riskNote") : null),
        person.noticeLanguage());
  }

  ContactPoint open(PersonContactPoint stored) {
    return new ContactPoint(
        stored.kind(),
        openContact(stored, "value"),
        openContact(stored, "source"),
        date(openContact(stored, "asOf")),
        stored.safeToContact());
  }

  String open(AffectedPerson person, String field) {
    return cipher.decrypt(
        person.sealed(field),
        FieldCipher.associatedData(AffectedPerson.ENTITY, field, person.id().toString()));
  }

  String openContact(PersonContactPoint stored, String field) {
    return cipher.decrypt(
        stored.sealed(field),
        FieldCipher.associatedData(PersonContactPoint.ENTITY, field, stored.id().toString()));
  }

  /**
   * Re-encrypts every value of the person and its contact points that is not under the current key;
   * returns how many values were re-encrypted.
   */
  int reEncrypt(AffectedPerson person) {
    int count = 0;
    String recordId = person.id().toString();
    for (String field : AffectedPerson.SEALED_FIELDS) {
      String stored = person.sealed(field);
      if (cipher.needsReEncryption(stored)) {
        person.reseal(
            field,
            cipher.reEncrypt(
                stored, FieldCipher.associatedData(AffectedPerson.ENTITY, field, recordId)));
        count++;
      }
    }
    if (person.detentionFacilityIndex() == null && person.sealed("detentionFacility") != null) {
      // a record written before facilities had an index gets one on the way through
      person.detentionFacilityIndex(
          blindIndex.facility(
              cipher.decrypt(
                  person.sealed("detentionFacility"),
                  FieldCipher.associatedData(
                      AffectedPerson.ENTITY, "detentionFacility", recordId))));
      count++;
    }
    for (PersonContactPoint contactPoint : person.contactPoints()) {
      String rowId = contactPoint.id().toString();
      for (String field : PersonContactPoint.SEALED_FIELDS) {
        String stored = contactPoint.sealed(field);
        if (cipher.needsReEncryption(stored)) {
          contactPoint.reseal(
              field,
              cipher.reEncrypt(
                  stored, FieldCipher.associatedData(PersonContactPoint.ENTITY, field, rowId)));
          count++;
        }
      }
    }
    return count;
  }

  private String person(String field, String value, String recordId) {
    return cipher.encrypt(
        value, FieldCipher.associatedData(AffectedPerson.ENTITY, field, recordId));
  }

  private String contact(String field, String value, String rowId) {
    return cipher.encrypt(
        value, FieldCipher.associatedData(PersonContactPoint.ENTITY, field, rowId));
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
  }

  static List<String> split(String value) {
    return value == null ? List.of() : new ArrayList<>(Arrays.asList(value.split(LIST_SEPARATOR)));
  }
}
