package org.outreach.it.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.RiskNotes;
import org.outreach.synthetic.SyntheticPeople;

/** People for in-container tests that need a registered person of a known kind. */
public final class TestPeople {

  private TestPeople() {}

  /**
   * {@code count} synthetic people from a random seed, none of whom {@code registry} holds yet.
   * Every seed strides through the same ten million A-numbers, so a seed's may meet those another
   * test registered (a run on PostgreSQL met one): the test would see a duplicate it did not make.
   */
  public static List<NewAffectedPerson> unregistered(
      int count, PersonRegistry registry, AsAdmin asAdmin) throws Exception {
    while (true) {
      List<NewAffectedPerson> people =
          SyntheticPeople.generate(ThreadLocalRandom.current().nextLong(), count);
      List<String> aNumbers = people.stream().map(NewAffectedPerson::aNumber).toList();
      if (asAdmin.call(() -> registry.idsByANumbers(aNumbers)).isEmpty()) {
        return people;
      }
    }
  }

  /**
   * {@code generated} (a synthetic person) as a detained person who reads Spanish, held for a month
   * at a facility of the test, with the given contact points, attorney, risk notes and exposure.
   */
  public static NewAffectedPerson detained(
      NewAffectedPerson generated,
      List<ContactPoint> contactPoints,
      Attorney attorney,
      RiskNotes riskNotes,
      Set<ExposedField> exposure) {
    return new NewAffectedPerson(
        generated.familyName(),
        generated.givenNames(),
        generated.alternateNames(),
        generated.dateOfBirth(),
        generated.nationality(),
        generated.aNumber(),
        List.of("es"),
        CustodyStatus.DETAINED,
        CustodyFacts.detained("Facility of the test", LocalDate.now().minusDays(30)),
        contactPoints,
        attorney,
        riskNotes,
        exposure);
  }
}
