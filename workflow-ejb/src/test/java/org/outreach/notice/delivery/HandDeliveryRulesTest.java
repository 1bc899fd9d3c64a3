package org.outreach.notice.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.notice.delivery.InvalidDeliveryException.Field;
import org.outreach.notice.delivery.InvalidDeliveryException.Rule;

class HandDeliveryRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime OPENED = NOW.minusDays(3);

  @Test
  void aSignedReceiptNeedsAMomentAndAName() {
    assertThat(
            HandDeliveries.check(
                new NewHandDelivery(
                    DeliveryOutcome.RECEIPT_SIGNED, NOW.minusHours(2), "  Omar Haddad ", null),
                OPENED,
                NOW))
        .isEqualTo("Omar Haddad");
    refused(new NewHandDelivery(null, NOW, "Omar", null), Field.OUTCOME, Rule.REQUIRED);
    refused(
        new NewHandDelivery(DeliveryOutcome.RECEIPT_SIGNED, null, "Omar", null),
        Field.ATTEMPTED_AT,
        Rule.REQUIRED);
    refused(
        new NewHandDelivery(DeliveryOutcome.RECEIPT_SIGNED, NOW, " ", null),
        Field.DELIVERED_BY,
        Rule.REQUIRED);
    refused(
        new NewHandDelivery(DeliveryOutcome.RECEIPT_SIGNED, NOW, "x".repeat(201), null),
        Field.DELIVERED_BY,
        Rule.TOO_LONG);
  }

  @Test
  void theMomentIsNeitherInTheFutureNorBeforeTheCase() {
    assertThat(
            HandDeliveries.check(
                new NewHandDelivery(
                    DeliveryOutcome.REFUSED_TO_SIGN, NOW.plusSeconds(30), "Omar", null),
                OPENED,
                NOW))
        .as("a clock a little ahead")
        .isEqualTo("Omar");
    refused(
        new NewHandDelivery(DeliveryOutcome.REFUSED_TO_SIGN, NOW.plusMinutes(5), "Omar", null),
        Field.ATTEMPTED_AT,
        Rule.IN_THE_FUTURE);
    refused(
        new NewHandDelivery(DeliveryOutcome.REFUSED_TO_SIGN, OPENED.minusMinutes(1), "Omar", null),
        Field.ATTEMPTED_AT,
        Rule.BEFORE_THE_CASE);
  }

  @Test
  void notDeliveredNeedsItsReasonAndOnlyIt() {
    assertThat(
            HandDeliveries.check(
                new NewHandDelivery(
                    DeliveryOutcome.NOT_DELIVERED, NOW, "Omar", NotDeliveredReason.TRANSFERRED),
                OPENED,
                NOW))
        .isEqualTo("Omar");
    refused(
        new NewHandDelivery(DeliveryOutcome.NOT_DELIVERED, NOW, "Omar", null),
        Field.REASON,
        Rule.REQUIRED);
    refused(
        new NewHandDelivery(
            DeliveryOutcome.RECEIPT_SIGNED, NOW, "Omar", NotDeliveredReason.RELEASED),
        Field.REASON,
        Rule.ONLY_WHEN_NOT_DELIVERED);
  }

  @Test
  void theMessageNamesFieldAndRuleOnly() {
    assertThatThrownBy(
            () ->
                HandDeliveries.check(
                    new NewHandDelivery(
                        DeliveryOutcome.RECEIPT_SIGNED, NOW, "Secret Name\u0007", null),
                    OPENED,
                    NOW))
        .hasMessage("delivered_by: control characters")
        .hasMessageNotContaining("Secret");
  }

  @Test
  void aSignedReceiptNeedsItsUploadARefusalMayHaveOneAndANoticeNotDeliveredHasNone() {
    HandDeliveries.checkReceipt(DeliveryOutcome.RECEIPT_SIGNED, true);
    HandDeliveries.checkReceipt(DeliveryOutcome.REFUSED_TO_SIGN, true);
    HandDeliveries.checkReceipt(DeliveryOutcome.REFUSED_TO_SIGN, false);
    HandDeliveries.checkReceipt(DeliveryOutcome.NOT_DELIVERED, false);
    receiptRefused(DeliveryOutcome.RECEIPT_SIGNED, false, Rule.REQUIRED);
    receiptRefused(DeliveryOutcome.NOT_DELIVERED, true, Rule.ONLY_WHEN_DELIVERED);
  }

  private static void receiptRefused(DeliveryOutcome outcome, boolean uploaded, Rule rule) {
    assertThatThrownBy(() -> HandDeliveries.checkReceipt(outcome, uploaded))
        .isInstanceOfSatisfying(
            InvalidDeliveryException.class,
            e -> {
              assertThat(e.field()).isEqualTo(Field.RECEIPT);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  private static void refused(NewHandDelivery delivery, Field field, Rule rule) {
    assertThatThrownBy(() -> HandDeliveries.check(delivery, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidDeliveryException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
