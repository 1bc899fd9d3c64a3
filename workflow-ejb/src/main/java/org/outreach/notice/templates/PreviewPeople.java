package org.outreach.notice.templates;

import java.util.List;
import java.util.Random;
import org.outreach.cases.CaseReference;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.synthetic.SyntheticPeople;

/**
 * The fictitious people drafts are previewed with, from the synthetic generator: for a language,
 * the people who speak it where there are some, so a name looks as it would. The same sample always
 * gives the same person and the same made-up case reference.
 */
final class PreviewPeople {

  /** How many samples there are; the sample number wraps around. */
  static final int SAMPLES = 100;

  private static final long SEED = 20260810L;
  private static final List<NewAffectedPerson> PEOPLE = SyntheticPeople.generate(SEED, 1500);
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private PreviewPeople() {}

  /** The values of a sample person for a text of {@code type} (only those the type may take). */
  static TemplateValues values(TemplateType type, TemplateLanguage language, int sample) {
    List<NewAffectedPerson> speakers =
        PEOPLE.stream().filter(p -> p.preferredLanguages().contains(language.code())).toList();
    List<NewAffectedPerson> pool = speakers.isEmpty() ? PEOPLE : speakers;
    NewAffectedPerson person = pool.get(Math.floorMod(sample, Math.min(SAMPLES, pool.size())));
    TemplateValues values = TemplateValues.caseReference(reference(sample));
    if (TemplateRules.mayTake(type, Placeholder.PERSON_NAME)) {
      values =
          values.with(Placeholder.PERSON_NAME, person.givenNames() + " " + person.familyName());
    }
    if (TemplateRules.mayTake(type, Placeholder.A_NUMBER)) {
      values = values.with(Placeholder.A_NUMBER, person.aNumber());
    }
    return values;
  }

  private static String reference(int sample) {
    Random random = new Random(SEED + sample);
    StringBuilder reference = new StringBuilder("OC-");
    for (int i = 0; i < 8; i++) {
      reference.append(i == 4 ? "-" : "").append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return new CaseReference(reference.toString()).value();
  }
}
