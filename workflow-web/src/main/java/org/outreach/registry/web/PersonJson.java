package org.outreach.registry.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.PersonView;

/** A person's record as JSON, field by field, so nothing is exposed by accident. */
public final class PersonJson {

  private PersonJson() {}

  public static Map<String, Object> of(PersonView person) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", person.id().toString());
    json.put("familyName", person.familyName());
    json.put("givenNames", person.givenNames());
    json.put("alternateNames", person.alternateNames());
    json.put("dateOfBirth", text(person.dateOfBirth()));
    json.put("nationality", person.nationality());
    json.put("aNumber", person.aNumber());
    json.put("preferredLanguages", person.preferredLanguages());
    json.put("noticeLanguage", person.noticeLanguage());
    json.put("custodyStatus", person.custodyStatus().name());
    json.put("custodyFacts", custody(person.custodyFacts()));
    json.put("contactPoints", person.contactPoints().stream().map(PersonJson::contact).toList());
    json.put("attorney", person.attorney() == null ? null : attorney(person.attorney()));
    Map<String, Object> risk = new LinkedHashMap<>();
    risk.put("disclosedToGovernment", person.riskNotes().disclosedToGovernment());
    risk.put("note", person.riskNotes().note());
    json.put("riskNotes", risk);
    return json;
  }

  private static Map<String, Object> custody(CustodyFacts facts) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("detentionFacility", facts.detentionFacility());
    json.put("detainedSince", text(facts.detainedSince()));
    json.put("releasedOn", text(facts.releasedOn()));
    json.put("removedTo", facts.removedTo());
    json.put("removedOn", text(facts.removedOn()));
    json.put("removalTiming", facts.removalTiming() == null ? null : facts.removalTiming().name());
    return json;
  }

  private static Map<String, Object> contact(ContactPoint contact) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", contact.kind().name());
    json.put("value", contact.value());
    json.put("source", contact.source());
    json.put("asOf", text(contact.asOf()));
    json.put("safeToContact", contact.safeToContact());
    return json;
  }

  private static Map<String, Object> attorney(Attorney attorney) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", attorney.name());
    json.put("firm", attorney.firm());
    json.put("email", attorney.email());
    json.put("address", attorney.address());
    return json;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
