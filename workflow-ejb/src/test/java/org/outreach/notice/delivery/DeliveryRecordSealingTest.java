package org.outreach.notice.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.FieldCipher;
import org.outreach.privacy.KeyRing;

/**
 * The sealed values of a call and of a partner notice: bound to their row, named by the key id
 * beside them, and re-sealed once under a new current key, still readable.
 */
class DeliveryRecordSealingTest {

  private static final String K1 = "pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=";
  private static final String K2 = "evuSuM9JPZqderNksb+3SpnbGyiDEvNzcKvpZbPxnf8=";
  private static final String INDEX = "rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  private final AtomicReference<KeyRing> ring =
      new AtomicReference<>(KeyRing.parse("current=k1;k1=" + K1 + ";index=" + INDEX));
  private final FieldCipher cipher = new FieldCipher(ring::get);

  @Test
  void aCallsNumberAndNoteAreResealedOnceUnderTheNewKey() {
    UUID id = UUID.randomUUID();
    PhoneCall call =
        new PhoneCall(
            id,
            UUID.randomUUID(),
            "task-1",
            new NewPhoneCall(
                CallOutcome.NOTIFIED, NOW, "+12025550100", "es", true, true, null, "a note"),
            "es",
            cipher.encrypt("+12025550100", PhoneCall.phoneData(id)),
            cipher.encrypt("a note", PhoneCall.noteData(id)),
            "it-rosa",
            NOW);
    assertThat(call.keyId()).isEqualTo("k1");
    assertThat(call.reseal(cipher)).as("already under the current key").isFalse();

    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(call.reseal(cipher)).isTrue();
    assertThat(call.keyId()).isEqualTo("k2");
    assertThat(call.reseal(cipher)).as("a second pass has nothing to do").isFalse();

    ring.set(KeyRing.parse("current=k2;k2=" + K2 + ";index=" + INDEX));
    assertThat(call.phone(cipher)).isEqualTo("+12025550100");
    assertThat(call.note(cipher)).isEqualTo("a note");
  }

  @Test
  void aCallWithoutANoteKeepsNone() {
    UUID id = UUID.randomUUID();
    PhoneCall call =
        new PhoneCall(
            id,
            UUID.randomUUID(),
            "task-1",
            new NewPhoneCall(
                CallOutcome.NOT_REACHED, NOW, "+12025550100", null, false, false, null, null),
            null,
            cipher.encrypt("+12025550100", PhoneCall.phoneData(id)),
            null,
            "it-rosa",
            NOW);
    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(call.reseal(cipher)).isTrue();
    assertThat(call.note(cipher)).isNull();
  }

  @Test
  void aPartnersNameIsResealedUnderTheNewKey() {
    UUID id = UUID.randomUUID();
    PartnerNotice notice =
        new PartnerNotice(
            id,
            UUID.randomUUID(),
            "task-2",
            new NewPartnerNotice(
                PartnerOutcome.CONFIRMED, "Casa Alianza", LocalDate.of(2026, 12, 1), null),
            cipher.encrypt("Casa Alianza", PartnerNotice.partnerData(id)),
            "it-rosa",
            NOW);
    assertThat(notice.keyId()).isEqualTo("k1");
    ring.set(KeyRing.parse("current=k2;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX));
    assertThat(notice.reseal(cipher)).isTrue();
    assertThat(notice.keyId()).isEqualTo("k2");
    ring.set(KeyRing.parse("current=k2;k2=" + K2 + ";index=" + INDEX));
    assertThat(notice.partner(cipher)).isEqualTo("Casa Alianza");
  }

  @Test
  void aSealedValueIsBoundToItsRow() {
    UUID id = UUID.randomUUID();
    String sealed = cipher.encrypt("Casa Alianza", PartnerNotice.partnerData(id));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> cipher.decrypt(sealed, PartnerNotice.partnerData(UUID.randomUUID())))
        .isInstanceOf(RuntimeException.class)
        .hasMessageNotContaining("Casa");
  }
}
