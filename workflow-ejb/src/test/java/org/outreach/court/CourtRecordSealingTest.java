package org.outreach.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.DecryptionFailedException;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;

/**
 * The sealed values of a consultation and of a court filing: bound to their row and column, named
 * by the key id beside them, and re-sealed once under a new current key, still readable.
 */
class CourtRecordSealingTest {

  private static final String K1 = "pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=";
  private static final String K2 = "evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=";
  private static final String INDEX = "rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(KeyRing.parse("current=k1;k1=" + K1 + ";index=" + INDEX));
  private final FieldCipher cipher = new FieldCipher(ring::get);

  @Test
  void aScheduledConsultationIsResealedOnceUnderTheNewKey() {
    UUID id = UUID.randomUUID();
    Consultation consultation =
        Consultation.scheduled(
            id,
            UUID.randomUUID(),
            "task-1",
            new NewConsultationSchedule(
                "Ana Ruiz", "Legal Aid", NOW, ConsultationPlace.IN_PERSON, "12 Main St", "a note"),
            Consultation.seal(cipher, id, "Ana Ruiz", "Legal Aid", "12 Main St", "a note"),
            "it-lex",
            NOW);
    assertThat(consultation.keyId()).isEqualTo("k1");
    assertThat(consultation.reseal(cipher)).as("already under the current key").isFalse();

    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(consultation.reseal(cipher)).isTrue();
    assertThat(consultation.keyId()).isEqualTo("k2");
    assertThat(consultation.reseal(cipher)).as("a second pass has nothing to do").isFalse();

    ring.set(KeyRing.parse("current=k2;k2=" + K2 + ";index=" + INDEX));
    assertThat(consultation.counselName(cipher)).isEqualTo("Ana Ruiz");
    assertThat(consultation.counselOrganisation(cipher)).isEqualTo("Legal Aid");
    assertThat(consultation.address(cipher)).isEqualTo("12 Main St");
    assertThat(consultation.note(cipher)).isEqualTo("a note");
  }

  @Test
  void anOfferWithoutAddressOrNoteKeepsNone() {
    UUID id = UUID.randomUUID();
    Consultation consultation =
        Consultation.offered(
            id,
            UUID.randomUUID(),
            "task-1",
            new NewConsultationOffer(
                "Ana Ruiz",
                "Legal Aid",
                LocalDate.of(2026, 12, 1),
                ConsultationOutcome.ACCEPTED,
                null),
            Consultation.seal(cipher, id, "Ana Ruiz", "Legal Aid", null, null),
            "it-lex",
            NOW);
    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(consultation.reseal(cipher)).isTrue();
    assertThat(consultation.address(cipher)).isNull();
    assertThat(consultation.note(cipher)).isNull();
  }

  @Test
  void aValueIsBoundToItsColumn() {
    UUID id = UUID.randomUUID();
    Consultation.Sealed sealed = Consultation.seal(cipher, id, "Ana Ruiz", "Legal Aid", null, null);
    assertThat(sealed.counselName()).startsWith("v1:k1:").doesNotContain("Ana");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                cipher.decrypt(sealed.counselName(), Consultation.data("counselOrganisation", id)))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aCourtFilingsCourtAndConfirmationAreResealedUnderTheNewKey() {
    UUID id = UUID.randomUUID();
    CourtFiling filing =
        new CourtFiling(
            id,
            UUID.randomUUID(),
            "task-1",
            LocalDate.of(2026, 12, 1),
            cipher.encrypt("Houston Immigration Court", CourtFiling.courtData(id)),
            cipher.encrypt("EOIR-1", CourtFiling.confirmationData(id)),
            UUID.randomUUID(),
            "it-lex",
            NOW);
    assertThat(filing.keyId()).isEqualTo("k1");
    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(filing.reseal(cipher)).isTrue();
    assertThat(filing.keyId()).isEqualTo("k2");
    assertThat(filing.reseal(cipher)).isFalse();
    ring.set(KeyRing.parse("current=k2;k2=" + K2 + ";index=" + INDEX));
    assertThat(filing.court(cipher)).isEqualTo("Houston Immigration Court");
    assertThat(filing.confirmationNumber(cipher)).isEqualTo("EOIR-1");
  }
}
