package org.outreach.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.OpenedCase;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.RemovalTiming;
import org.outreach.registry.RiskNotes;

/**
 * Test-only: registers a fictitious person whose every value carries {@code marker} and opens their
 * case, for browser tests that need a real person behind a task. {@code POST
 * /people?custody=DETAINED&marker=m1} answers {@code <case id> <case reference>}. With {@code
 * reach=partner} the person has no attorney of record and a safe partner organisation in touch (a
 * removed person's notice then goes through the partner first); with {@code reach=consulate} no
 * attorney and only an email address at a consulate's domain, which the outbox refuses. With {@code
 * count=N} it registers N people (markers {@code m1-0} ... {@code m1-<N-1>}) held at {@code
 * facility} when given, of {@code nationality} when given, removed at {@code timing} (a {@link
 * RemovalTiming}) when given, and answers one line per case; with {@code caseless=true} it opens no
 * case and answers one person id per line.
 */
@WebServlet("/people")
public class PeopleFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CustodyStatus custody = CustodyStatus.valueOf(request.getParameter("custody"));
    String marker = request.getParameter("marker");
    String count = request.getParameter("count");
    String facility = request.getParameter("facility");
    String nationality = request.getParameter("nationality");
    String timing = request.getParameter("timing");
    boolean caseless = "true".equals(request.getParameter("caseless"));
    response.setContentType("text/plain");
    if (count == null) {
      response
          .getWriter()
          .print(
              open(
                  switch (String.valueOf(request.getParameter("reach"))) {
                    case "partner" -> throughPartner(person(custody, marker), marker);
                    case "consulate" -> atAConsulate(person(custody, marker), marker);
                    default -> person(custody, marker);
                  }));
      return;
    }
    for (int i = 0; i < Integer.parseInt(count); i++) {
      NewAffectedPerson person = person(custody, marker + "-" + i);
      if (facility != null) {
        person = atFacility(person, facility);
      }
      if (nationality != null) {
        person = ofNationality(person, nationality);
      }
      if (timing != null) {
        person =
            with(
                person,
                CustodyFacts.removed(
                    person.custodyFacts().removedTo(),
                    person.custodyFacts().removedOn(),
                    RemovalTiming.valueOf(timing)),
                person.contactPoints(),
                person.attorney());
      }
      response.getWriter().println(caseless ? register(person) : open(person));
    }
  }

  private String open(NewAffectedPerson person) {
    try {
      UUID personId = asAdmin.call(() -> registry.register(person));
      OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
      return opened.id() + " " + opened.reference();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String register(NewAffectedPerson person) {
    try {
      return asAdmin.call(() -> registry.register(person)).toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static NewAffectedPerson ofNationality(NewAffectedPerson person, String nationality) {
    return with(
        person, nationality, person.custodyFacts(), person.contactPoints(), person.attorney());
  }

  private static NewAffectedPerson atFacility(NewAffectedPerson person, String facility) {
    return with(
        person,
        CustodyFacts.detained(facility, person.custodyFacts().detainedSince()),
        person.contactPoints(),
        person.attorney());
  }

  /** The person with other custody facts, contact points and attorney; the rest as it is. */
  private static NewAffectedPerson with(
      NewAffectedPerson person,
      CustodyFacts custodyFacts,
      List<ContactPoint> contactPoints,
      Attorney attorney) {
    return with(person, person.nationality(), custodyFacts, contactPoints, attorney);
  }

  /** The person of another nationality, with other custody facts, contact points and attorney. */
  private static NewAffectedPerson with(
      NewAffectedPerson person,
      String nationality,
      CustodyFacts custodyFacts,
      List<ContactPoint> contactPoints,
      Attorney attorney) {
    return new NewAffectedPerson(
        person.familyName(),
        person.givenNames(),
        person.alternateNames(),
        person.dateOfBirth(),
        nationality,
        person.aNumber(),
        person.preferredLanguages(),
        person.custodyStatus(),
        custodyFacts,
        contactPoints,
        attorney,
        person.riskNotes(),
        person.exposure());
  }

  /** A person of the given custody status with the marker in every personal value. */
  public static NewAffectedPerson person(CustodyStatus custody, String marker) {
    CustodyFacts facts =
        switch (custody) {
          case DETAINED -> CustodyFacts.detained("Facility " + marker, LocalDate.of(2026, 9, 14));
          case RELEASED -> CustodyFacts.released(LocalDate.of(2026, 10, 2));
          case REMOVED ->
              CustodyFacts.removed(
                  "HN", LocalDate.of(2026, 10, 20), RemovalTiming.BEFORE_LEAK_FOUND);
          case UNKNOWN -> CustodyFacts.NONE;
        };
    List<ContactPoint> contacts =
        List.of(
            new ContactPoint(
                ContactKind.PHONE,
                "+1202555" + digits(marker, 4),
                "Intake " + marker,
                LocalDate.of(2026, 11, 1),
                true),
            new ContactPoint(
                ContactKind.EMAIL,
                "unsafe-" + marker + "@example.org",
                "Old file " + marker,
                LocalDate.of(2025, 1, 1),
                false));
    return new NewAffectedPerson(
        "Family" + marker,
        "Given" + marker,
        List.of("Alias" + marker),
        LocalDate.of(1988, 4, 12),
        "HN",
        digits(marker, 9),
        List.of("es"),
        custody,
        facts,
        contacts,
        new Attorney(
            "Counsel " + marker, "Firm " + marker, "counsel-" + marker + "@example.org", null),
        new RiskNotes(false, "Risk " + marker));
  }

  /**
   * The person without an attorney of record, with a safe partner organisation named after the
   * marker among their contact points.
   */
  public static NewAffectedPerson throughPartner(NewAffectedPerson person, String marker) {
    List<ContactPoint> contacts = new java.util.ArrayList<>(person.contactPoints());
    contacts.add(
        new ContactPoint(
            ContactKind.PARTNER_ORGANISATION,
            "Partner " + marker,
            "Intake " + marker,
            LocalDate.of(2026, 11, 1),
            true));
    return with(person, person.custodyFacts(), contacts, null);
  }

  /**
   * The person without an attorney of record, whose one safe email address is at a consulate's
   * domain: the outbox refuses the notice to it.
   */
  public static NewAffectedPerson atAConsulate(NewAffectedPerson person, String marker) {
    return with(
        person,
        person.custodyFacts(),
        List.of(
            new ContactPoint(
                ContactKind.EMAIL,
                "citas-" + marker + "@consulado-" + marker + ".example",
                "Intake " + marker,
                LocalDate.of(2026, 11, 1),
                true)),
        null);
  }

  /** The A-number of the person registered with {@code marker}. */
  public static String aNumberOf(String marker) {
    return digits(marker, 9);
  }

  private static String digits(String marker, int length) {
    String digits = String.format("%09d", Math.floorMod(marker.hashCode(), 1_000_000_000));
    return digits.substring(9 - length);
  }
}
