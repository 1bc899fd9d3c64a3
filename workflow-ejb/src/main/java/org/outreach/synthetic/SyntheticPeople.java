package org.outreach.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.outreach.privacy.LookupNormalisation;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.RemovalTiming;
import org.outreach.registry.RiskNotes;

/**
 * Fictitious affected people, the same for the same seed and count, in the campaign's mix: of
 * 6,000, 2,900 released, 2,200 detained, 110 removed before the leak was found, 7 removed after it
 * but before notice, the rest (783) whereabouts unknown; other counts scale the mix. Each was in
 * the published file: most with all five of its fields, some (about one in twenty) without an
 * A-number.
 *
 * <p>Nothing in it can reach a real person: A-numbers are nine digits starting with 99 (far above
 * any number issued so far), phones are in the 555-01xx range reserved for fiction, emails at
 * example.org, facilities and streets invented. Names are common names of each origin combined at
 * random.
 */
public final class SyntheticPeople {

  /**
   * Every generated date lies on or before this day (after it only for removals after the leak).
   */
  public static final LocalDate LEAK_FOUND = LocalDate.of(2025, 11, 21);

  private static final List<String> FACILITIES =
      List.of(
          "Northfield Processing Center",
          "Lakeside Detention Facility",
          "Desert Valley Processing Center",
          "Pine Ridge Service Processing Center",
          "Coastal Bend Detention Center");
  private static final List<String> STREETS =
      List.of("Maple", "Oak", "Cedar", "Elm", "Willow", "Juniper", "Sycamore", "Magnolia");
  private static final List<String> CITIES =
      List.of(
          "Houston, TX 77001",
          "Miami, FL 33101",
          "Newark, NJ 07101",
          "Phoenix, AZ 85001",
          "Queens, NY 11101",
          "Silver Spring, MD 20901");
  private static final List<String> AREA_CODES = List.of("202", "305", "713", "212", "617", "312");
  private static final List<String> ATTORNEYS =
      List.of("Dana Whitfield", "Rafael Ortega", "Priya Raman", "Michael Okafor", "Laura Brennan");
  private static final List<String> FIRMS =
      List.of("Immigrant Legal Aid Clinic", "Border Rights Counsel", "Community Law Project");
  private static final List<String> PARTNERS =
      List.of("Returnee Support Network", "Safe Return Partners", "Home Country Legal Aid");

  /** Every field of the published file. */
  private static final Set<ExposedField> PUBLISHED =
      EnumSet.complementOf(EnumSet.of(ExposedField.PROTECTION_CLAIM));

  /** The published file's fields when a row had no A-number. */
  private static final Set<ExposedField> PUBLISHED_WITHOUT_A_NUMBER =
      EnumSet.of(
          ExposedField.NAME,
          ExposedField.DATE_OF_BIRTH,
          ExposedField.NATIONALITY,
          ExposedField.DETENTION_LOCATION);

  /** Mixed into the seed of the exposure's own generator. */
  private static final long EXPOSURE_SEED = 0x9E3779B97F4A7C15L;

  private SyntheticPeople() {}

  /** How many of each kind for a count, in the campaign's proportions. */
  record Mix(int released, int detained, int removedBefore, int removedAfter, int unknown) {

    static Mix of(int count) {
      int released = Math.round(count * 2900f / 6000);
      int detained = Math.round(count * 2200f / 6000);
      int removedBefore = Math.round(count * 110f / 6000);
      int removedAfter = Math.min(9, Math.round(count * 7f / 6000));
      int unknown = count - released - detained - removedBefore - removedAfter;
      return new Mix(released, detained, removedBefore, removedAfter, unknown);
    }
  }

  private enum Kind {
    RELEASED,
    DETAINED,
    REMOVED_BEFORE,
    REMOVED_AFTER,
    UNKNOWN
  }

  public static List<NewAffectedPerson> generate(long seed, int count) {
    Random random = new Random(seed);
    Mix mix = Mix.of(count);
    List<Kind> kinds = new ArrayList<>(count);
    kinds.addAll(Collections.nCopies(mix.released(), Kind.RELEASED));
    kinds.addAll(Collections.nCopies(mix.detained(), Kind.DETAINED));
    kinds.addAll(Collections.nCopies(mix.removedBefore(), Kind.REMOVED_BEFORE));
    kinds.addAll(Collections.nCopies(mix.removedAfter(), Kind.REMOVED_AFTER));
    kinds.addAll(Collections.nCopies(mix.unknown(), Kind.UNKNOWN));
    Collections.shuffle(kinds, random);
    // A-numbers: 99 and seven digits, a different stride through them for each seed
    long start = Math.floorMod(seed * 7_368_787L, 10_000_000L);
    // a generator of its own: the exposure's draws shift no other value of a seed's people, so
    // files written from a seed (the sample, the test corpus) keep their people
    Random exposureRandom = new Random(seed ^ EXPOSURE_SEED);
    List<NewAffectedPerson> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long serial = Math.floorMod(start + i * 7_919L, 10_000_000L);
      Set<ExposedField> exposure =
          exposureRandom.nextInt(100) < 95 ? PUBLISHED : PUBLISHED_WITHOUT_A_NUMBER;
      people.add(person(random, kinds.get(i), String.format("99%07d", serial), i, exposure));
    }
    return people;
  }

  private static NewAffectedPerson person(
      Random random, Kind kind, String aNumber, int index, Set<ExposedField> exposure) {
    Origin origin = origin(random);
    int family = random.nextInt(origin.familyNames().size());
    String familyName = origin.familyNames().get(family);
    String givenNames = pick(random, origin.givenNames());
    List<String> alternates = new ArrayList<>();
    if (!origin.scriptNames().isEmpty() && random.nextInt(100) < 60) {
      alternates.add(origin.scriptNames().get(family % origin.scriptNames().size()));
    }
    LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(46 * 365));
    List<String> languages = new ArrayList<>(origin.languages().subList(0, 1));
    if (origin.languages().size() > 1 && random.nextInt(100) < 40) {
      languages.add(origin.languages().get(1));
    }
    if (random.nextInt(100) < 15) {
      languages.add("en");
    }
    CustodyStatus status;
    CustodyFacts facts;
    List<ContactPoint> contacts = new ArrayList<>();
    Attorney attorney = null;
    boolean disclosed = false;
    String source = pick(random, List.of("agency list", "attorney", "partner organisation"));
    LocalDate asOf = LEAK_FOUND.minusDays(random.nextInt(300));
    switch (kind) {
      case RELEASED -> {
        status = CustodyStatus.RELEASED;
        facts = CustodyFacts.released(LEAK_FOUND.minusDays(1 + random.nextInt(500)));
        if (random.nextInt(100) < 85) {
          contacts.add(
              new ContactPoint(
                  ContactKind.POSTAL_ADDRESS, address(random), source, asOf, safe(random)));
        }
        if (random.nextInt(100) < 70) {
          contacts.add(new ContactPoint(ContactKind.PHONE, phone(random), source, asOf, true));
        }
        if (random.nextInt(100) < 40) {
          contacts.add(
              new ContactPoint(
                  ContactKind.EMAIL, email(givenNames, familyName, index), source, asOf, true));
        }
        attorney = random.nextInt(100) < 35 ? attorney(random) : null;
      }
      case DETAINED -> {
        status = CustodyStatus.DETAINED;
        facts =
            CustodyFacts.detained(
                pick(random, FACILITIES), LEAK_FOUND.minusDays(1 + random.nextInt(300)));
        attorney = random.nextInt(100) < 50 ? attorney(random) : null;
      }
      case REMOVED_BEFORE, REMOVED_AFTER -> {
        boolean after = kind == Kind.REMOVED_AFTER;
        status = CustodyStatus.REMOVED;
        LocalDate on =
            after
                ? LEAK_FOUND.plusDays(1 + random.nextInt(20))
                : LEAK_FOUND.minusDays(1 + random.nextInt(120));
        facts =
            CustodyFacts.removed(
                origin.country(),
                on,
                after ? RemovalTiming.AFTER_LEAK_BEFORE_NOTICE : RemovalTiming.BEFORE_LEAK_FOUND);
        if (random.nextInt(100) < 60) {
          contacts.add(
              new ContactPoint(
                  ContactKind.PARTNER_ORGANISATION, pick(random, PARTNERS), source, asOf, true));
        }
        attorney = random.nextInt(100) < 20 ? attorney(random) : null;
        disclosed = after || random.nextInt(100) < 10;
      }
      default -> {
        status = CustodyStatus.UNKNOWN;
        facts = CustodyFacts.NONE;
        if (random.nextInt(100) < 30) {
          contacts.add(new ContactPoint(ContactKind.PHONE, phone(random), source, asOf, false));
        }
        if (random.nextInt(100) < 20) {
          contacts.add(
              new ContactPoint(
                  ContactKind.EMAIL, email(givenNames, familyName, index), source, asOf, true));
        }
      }
    }
    return new NewAffectedPerson(
        familyName,
        givenNames,
        alternates,
        born,
        origin.country(),
        aNumber,
        languages,
        status,
        facts,
        contacts,
        attorney,
        disclosed
            ? new RiskNotes(true, "Named on a list shared with a government")
            : RiskNotes.NONE,
        exposure);
  }

  private static Origin origin(Random random) {
    int total = Origin.ALL.stream().mapToInt(Origin::weight).sum();
    int ticket = random.nextInt(total);
    for (Origin origin : Origin.ALL) {
      ticket -= origin.weight();
      if (ticket < 0) {
        return origin;
      }
    }
    throw new IllegalStateException("weights");
  }

  private static boolean safe(Random random) {
    return random.nextInt(100) < 90;
  }

  private static String address(Random random) {
    return (10 + random.nextInt(9000))
        + " "
        + pick(random, STREETS)
        + " St, Apt "
        + (1 + random.nextInt(40))
        + ", "
        + pick(random, CITIES);
  }

  /** A number in the 555-0100..555-0199 block that North American numbering keeps for fiction. */
  private static String phone(Random random) {
    return "+1" + pick(random, AREA_CODES) + "55501" + String.format("%02d", random.nextInt(100));
  }

  private static String email(String givenNames, String familyName, int index) {
    String local =
        String.join(".", LookupNormalisation.nameTokens(givenNames + " " + familyName))
            .replaceAll("[^a-z0-9.]", "");
    return (local.isEmpty() ? "person" : local) + "." + index + "@example.org";
  }

  private static Attorney attorney(Random random) {
    String name = pick(random, ATTORNEYS);
    String email = String.join(".", LookupNormalisation.nameTokens(name)) + "@counsel.example.org";
    return new Attorney(name, pick(random, FIRMS), email, null);
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
