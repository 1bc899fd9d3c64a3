package org.outreach.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outreach.cases.TimelineEntry;
import org.outreach.privacy.DecryptionFailedException;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;

/**
 * The sealed values of a return-travel record: bound to their row and column, named by the key id
 * beside them, re-sealed once under a new current key and still readable, and shown on the timeline
 * decrypted.
 */
class TravelRecordSealingTest {

  private static final String K1 = "pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=";
  private static final String K2 = "evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=";
  private static final String INDEX = "rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final NewTravelContact PARTNER =
      new NewTravelContact(TravelContactKind.PARTNER_ORGANISATION, "Rosa", "Casa Alianza");

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(KeyRing.parse("current=k1;k1=" + K1 + ";index=" + INDEX));
  private final FieldCipher cipher = new FieldCipher(ring::get);

  @Test
  void aBookingIsResealedOnceUnderTheNewKeyAndReadsOnTheTimeline() {
    UUID id = UUID.randomUUID();
    NewTravelBooking booking =
        new NewTravelBooking(
            "Avianca",
            LocalDate.of(2026, 12, 20),
            "San Salvador",
            "Houston",
            "XK42LM",
            PARTNER,
            null);
    TravelRecord record =
        TravelRecord.booking(
            id,
            UUID.randomUUID(),
            "task-1",
            booking,
            TravelRecord.seal(
                cipher, id, PARTNER, null, "Avianca", "San Salvador", "Houston", "XK42LM", null),
            "it-return",
            NOW);
    assertThat(record.keyId()).isEqualTo("k1");
    assertThat(record.reseal(cipher)).as("already under the current key").isFalse();

    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(record.reseal(cipher)).isTrue();
    assertThat(record.keyId()).isEqualTo("k2");
    assertThat(record.reseal(cipher)).as("a second pass has nothing to do").isFalse();

    ring.set(KeyRing.parse("current=k2;k2=" + K2 + ";index=" + INDEX));
    TimelineEntry entry = record.timeline(cipher);
    assertThat(entry.kind()).isEqualTo("travel.booking");
    assertThat(entry.facts())
        .extracting(TimelineEntry.Fact::value)
        .contains(
            "Avianca",
            "2026-12-20",
            "San Salvador",
            "Houston",
            "XK42LM",
            "travelContact.kind.PARTNER_ORGANISATION",
            "Rosa, Casa Alianza");
  }

  @Test
  void aValueIsBoundToItsRowAndColumn() {
    UUID id = UUID.randomUUID();
    TravelRecord.Sealed sealed =
        TravelRecord.seal(cipher, id, PARTNER, null, null, null, null, null, "a note");
    assertThat(sealed.contactName()).startsWith("v1:").doesNotContain("Rosa");
    assertThat(sealed.issuedBy()).isNull();
    assertThatThrownBy(
            () -> cipher.decrypt(sealed.note(), TravelRecord.data("note", UUID.randomUUID())))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> cipher.decrypt(sealed.note(), TravelRecord.data("contactName", id)))
        .isInstanceOf(DecryptionFailedException.class);
    TravelRecord wish =
        TravelRecord.wish(
            id,
            UUID.randomUUID(),
            "task-1",
            new NewReturnWish(PARTNER, LocalDate.of(2026, 12, 1), ReturnWish.STAYS, "a note"),
            sealed,
            "it-return",
            NOW);
    assertThat(wish.timeline(cipher).facts())
        .extracting(TimelineEntry.Fact::value)
        .contains("travelWish.answer.STAYS", "2026-12-01", "a note");
  }

  @Test
  void aGovernmentIsNeverStoredAsTheContact() {
    UUID id = UUID.randomUUID();
    NewTravelContact consulate = new NewTravelContact(TravelContactKind.CONSULATE, "Consul", null);
    assertThatThrownBy(
            () ->
                TravelRecord.arrival(
                    id,
                    UUID.randomUUID(),
                    "task-1",
                    new NewArrival(
                        ArrivalOutcome.ARRIVED, LocalDate.of(2026, 12, 1), consulate, null),
                    TravelRecord.seal(cipher, id, consulate, null, null, null, null, null, null),
                    "it-return",
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
