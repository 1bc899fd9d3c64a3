package org.outreach.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.DecryptionFailedException;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;

/**
 * The stored form of a whole record: every personal value encrypted and bound to its row and field,
 * the process facts computed from plain columns, re-encryption under a new key.
 */
class PersonSealingTest {

  private static final String K1 = "pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=";
  private static final String K2 = "evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=";
  private static final String INDEX = "rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(KeyRing.parse("current=k1;k1=" + K1 + ";index=" + INDEX));
  private final PersonSealing sealing =
      new PersonSealing(new FieldCipher(ring::get), new BlindIndex(ring::get));

  private final NewAffectedPerson person =
      new NewAffectedPerson(
          "Zqxfamily",
          "Qwvgiven",
          List.of("Jxkalternate"),
          LocalDate.of(1984, 5, 6),
          "CU",
          "123456789",
          List.of("spa", "en"),
          CustodyStatus.REMOVED,
          CustodyFacts.removed(
              "CU", LocalDate.of(2025, 12, 9), RemovalTiming.AFTER_LEAK_BEFORE_NOTICE),
          List.of(
              new ContactPoint(
                  ContactKind.EMAIL, "zqx@example.org", "list", LocalDate.of(2025, 1, 2), true),
              new ContactPoint(ContactKind.PHONE, "+12025550123", null, null, false),
              new ContactPoint(ContactKind.PARTNER_ORGANISATION, "Zqx Aid", null, null, true)),
          new Attorney("Zqx Counsel", "Zqx LLP", "counsel@example.org", null),
          new RiskNotes(true, "Zqxnote"),
          EnumSet.of(ExposedField.NAME, ExposedField.NATIONALITY));

  private AffectedPerson stored(UUID id) {
    AffectedPerson stored =
        new AffectedPerson(
            id, sealing.identity(id, person), person.custodyStatus(), OffsetDateTime.now());
    stored.custody(person.custodyStatus(), sealing.custody(id, person.custodyFacts()));
    stored.attorney(sealing.attorney(id, person.attorney()));
    stored.riskNotes(true, sealing.riskNote(id, person.riskNotes().note()));
    stored.noticeLanguage(NoticeLanguage.of(person.preferredLanguages()));
    stored.exposure(person.exposure());
    int position = 0;
    for (ContactPoint contactPoint : person.contactPoints()) {
      stored.addContactPoint(sealing.contactPoint(stored, position++, contactPoint));
    }
    return stored;
  }

  @Test
  void everyPersonalFieldIsStoredAsCiphertextAndReadsBackWhole() {
    UUID id = UUID.randomUUID();
    AffectedPerson stored = stored(id);

    for (String field : AffectedPerson.SEALED_FIELDS) {
      String value = stored.sealed(field);
      if (value != null) {
        // Whole plaintext values, not a short marker: a random ciphertext can hold three given
        // letters.
        assertThat(value)
            .startsWith("v1:k1:")
            .doesNotContainIgnoringCase("zqxfamily")
            .doesNotContainIgnoringCase("qwvgiven")
            .doesNotContainIgnoringCase("jxkalternate")
            .doesNotContainIgnoringCase("zqxnote")
            .doesNotContainIgnoringCase("zqx counsel")
            .doesNotContain("123456789");
      }
    }
    for (PersonContactPoint contactPoint : stored.contactPoints()) {
      assertThat(contactPoint.sealed("value")).startsWith("v1:k1:");
    }

    PersonView view = sealing.view(stored);
    assertThat(view.familyName()).isEqualTo("Zqxfamily");
    assertThat(view.alternateNames()).containsExactly("Jxkalternate");
    assertThat(view.custodyFacts()).isEqualTo(person.custodyFacts());
    assertThat(view.contactPoints()).isEqualTo(person.contactPoints());
    assertThat(view.attorney()).isEqualTo(person.attorney());
    assertThat(view.riskNotes()).isEqualTo(person.riskNotes());
    assertThat(view.noticeLanguage()).isEqualTo("es");
  }

  @Test
  void theProcessFactsComeFromPlainColumnsAndFlags() {
    UUID id = UUID.randomUUID();

    assertThat(stored(id).outreachFacts())
        .isEqualTo(
            new OutreachFacts(
                id,
                CustodyStatus.REMOVED,
                true,
                true,
                true,
                false,
                false,
                true,
                true,
                "es",
                EnumSet.of(
                    ExposedField.NAME, ExposedField.NATIONALITY, ExposedField.PROTECTION_CLAIM)));
  }

  @Test
  void aPersonRemovedBeforeTheLeakWasFoundIsNotTheFirstPriority() {
    UUID id = UUID.randomUUID();
    AffectedPerson stored = stored(id);
    stored.custody(
        CustodyStatus.REMOVED,
        sealing.custody(
            id,
            CustodyFacts.removed("CU", LocalDate.of(2025, 1, 1), RemovalTiming.BEFORE_LEAK_FOUND)));

    assertThat(stored.outreachFacts().removedAfterLeakBeforeNotice()).isFalse();
  }

  @Test
  void aValueMovedToAnotherPersonNoLongerDecrypts() {
    AffectedPerson first = stored(UUID.randomUUID());
    AffectedPerson second = stored(UUID.randomUUID());
    second.reseal("attorneyEmail", first.sealed("attorneyEmail"));

    assertThatThrownBy(() -> sealing.view(second))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageNotContaining("counsel");
  }

  @Test
  void reEncryptionMovesEveryValueToTheNewKeyOnce() {
    AffectedPerson stored = stored(UUID.randomUUID());
    String oldName = stored.sealed("familyName");

    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    int first = sealing.reEncrypt(stored);
    int second = sealing.reEncrypt(stored);

    // 13 person values (3 custody fields and the attorney's address are absent), 5 contact values
    assertThat(first).isEqualTo(13 + 5);
    assertThat(second).isZero();
    assertThat(stored.sealed("familyName")).startsWith("v1:k2:").isNotEqualTo(oldName);
    ring.set(KeyRing.parse("current=k2;k2=" + K2 + ";index=" + INDEX));
    assertThat(sealing.view(stored).familyName()).isEqualTo("Zqxfamily");
  }
}
