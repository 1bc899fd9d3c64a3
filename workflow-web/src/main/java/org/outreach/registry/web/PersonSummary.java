package org.outreach.registry.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.PersonView;

/**
 * The parts of a person's record a page was given, with getters the pages can bind to. Parts the
 * reader was not given are {@code null} or empty, and the page leaves them out.
 */
public class PersonSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String familyName;
  private final String givenNames;
  private final List<String> alternateNames;
  private final LocalDate dateOfBirth;
  private final String nationality;
  private final String aNumber;
  private final List<String> languages;
  private final String noticeLanguage;
  private final String custodyStatus;
  private final String facility;
  private final LocalDate detainedSince;
  private final LocalDate releasedOn;
  private final String removedTo;
  private final LocalDate removedOn;
  private final List<Contact> contactPoints;
  private final String attorneyName;
  private final String attorneyFirm;
  private final String attorneyEmail;
  private final String attorneyAddress;
  private final boolean disclosedToGovernment;
  private final String riskNote;

  /** One contact point as a page shows it. */
  public static final class Contact implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String value;
    private final String source;
    private final LocalDate asOf;
    private final boolean safe;

    Contact(ContactPoint point) {
      this.kind = point.kind().name();
      this.value = point.value();
      this.source = point.source();
      this.asOf = point.asOf();
      this.safe = point.safeToContact();
    }

    public String getKind() {
      return kind;
    }

    public String getValue() {
      return value;
    }

    public String getSource() {
      return source;
    }

    public LocalDate getAsOf() {
      return asOf;
    }

    public boolean isSafe() {
      return safe;
    }
  }

  public PersonSummary(PersonView person) {
    this.familyName = person.familyName();
    this.givenNames = person.givenNames();
    this.alternateNames = person.alternateNames();
    this.dateOfBirth = person.dateOfBirth();
    this.nationality = person.nationality();
    this.aNumber = person.aNumber();
    this.languages = person.preferredLanguages();
    this.noticeLanguage = person.noticeLanguage();
    this.custodyStatus = person.custodyStatus() == null ? null : person.custodyStatus().name();
    this.facility = person.custodyFacts().detentionFacility();
    this.detainedSince = person.custodyFacts().detainedSince();
    this.releasedOn = person.custodyFacts().releasedOn();
    this.removedTo = person.custodyFacts().removedTo();
    this.removedOn = person.custodyFacts().removedOn();
    this.contactPoints = person.contactPoints().stream().map(Contact::new).toList();
    this.attorneyName = person.attorney() == null ? null : person.attorney().name();
    this.attorneyFirm = person.attorney() == null ? null : person.attorney().firm();
    this.attorneyEmail = person.attorney() == null ? null : person.attorney().email();
    this.attorneyAddress = person.attorney() == null ? null : person.attorney().address();
    this.disclosedToGovernment = person.riskNotes().disclosedToGovernment();
    this.riskNote = person.riskNotes().note();
  }

  /** Given names then family name, as far as they were given. */
  public String getName() {
    if (familyName == null && givenNames == null) {
      return null;
    }
    return ((givenNames == null ? "" : givenNames) + " " + (familyName == null ? "" : familyName))
        .strip();
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenNames() {
    return givenNames;
  }

  public List<String> getAlternateNames() {
    return alternateNames;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getNationality() {
    return nationality;
  }

  public String getaNumber() {
    return aNumber;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public String getNoticeLanguage() {
    return noticeLanguage;
  }

  public String getCustodyStatus() {
    return custodyStatus;
  }

  public String getFacility() {
    return facility;
  }

  public LocalDate getDetainedSince() {
    return detainedSince;
  }

  public LocalDate getReleasedOn() {
    return releasedOn;
  }

  public String getRemovedTo() {
    return removedTo;
  }

  public LocalDate getRemovedOn() {
    return removedOn;
  }

  public List<Contact> getContactPoints() {
    return contactPoints;
  }

  public boolean isHasAttorney() {
    return attorneyName != null;
  }

  public String getAttorneyName() {
    return attorneyName;
  }

  public String getAttorneyFirm() {
    return attorneyFirm;
  }

  public String getAttorneyEmail() {
    return attorneyEmail;
  }

  public String getAttorneyAddress() {
    return attorneyAddress;
  }

  public boolean isDisclosedToGovernment() {
    return disclosedToGovernment;
  }

  public String getRiskNote() {
    return riskNote;
  }

  /** Never the values: a default {@code toString} would put them into a log line. */
  @Override
  public String toString() {
    return "PersonSummary[...]";
  }
}
