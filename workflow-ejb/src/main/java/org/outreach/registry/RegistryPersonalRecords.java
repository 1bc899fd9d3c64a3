package org.outreach.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.outreach.privacy.PersonalRecords;

/**
 * The person's record: contact points and name indexes go, the record keeps only what the
 * statistics count (population, nationality, facility, notice language, exposed fields).
 */
@ApplicationScoped
public class RegistryPersonalRecords implements PersonalRecords {

  @Override
  public List<Erasure> erasures() {
    return List.of(
        Erasure.ofPerson(
            Erasure.PERSON, null, "DELETE FROM affected_person_name_token WHERE person_id = ?1"),
        Erasure.ofPerson(
            Erasure.PERSON,
            "contact-points",
            "DELETE FROM person_contact_point WHERE person_id = ?1"),
        Erasure.ofPerson(
            Erasure.PERSON,
            "person-record",
            "UPDATE affected_person SET family_name = NULL, given_names = NULL,"
                + " alternate_names = NULL, date_of_birth = NULL, a_number = NULL,"
                + " preferred_languages = NULL, a_number_index = NULL, date_of_birth_index = NULL,"
                + " detained_since = NULL, released_on = NULL, removed_to = NULL, removed_on = NULL,"
                + " attorney_name = NULL, attorney_firm = NULL, attorney_email = NULL,"
                + " attorney_address = NULL, risk_note = NULL, erased_at = ?2,"
                + " version = version + 1"
                + " WHERE id = ?1 AND erased_at IS NULL"));
  }
}
