package org.outreach.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreach.registry.ExposedField.A_NUMBER;
import static org.outreach.registry.ExposedField.NAME;
import static org.outreach.registry.ExposedField.PROTECTION_CLAIM;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.OutreachFacts;

/** How a case moves on, and why a repeated step (a retried job) changes nothing. */
class CaseProgressRulesTest {

  private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-03T12:00:00Z");

  private final OutreachCase outreachCase =
      new OutreachCase(UUID.randomUUID(), CaseReference.random(), NOON);

  @Test
  void theFirstProvenNoticeCountsAndALaterOneKeepsItsDates() {
    assertThat(outreachCase.noticeProven(NOON, NoticeChannel.EMAIL, NOON.plusDays(30))).isTrue();

    assertThat(
            outreachCase.noticeProven(
                NOON.plusDays(2), NoticeChannel.HAND_DELIVERY, NOON.plusDays(32)))
        .isFalse();
    assertThat(outreachCase.noticeProvenAt()).isEqualTo(NOON);
    assertThat(outreachCase.noticeChannel()).isEqualTo(NoticeChannel.EMAIL);
    assertThat(outreachCase.removalHoldEndsAt()).isEqualTo(NOON.plusDays(30));
  }

  @Test
  void theRemovalHoldIsPlacedOnceEndsOnceAndABreachMakesTheCaseUrgent() {
    assertThat(outreachCase.placeRemovalHold(NOON)).isTrue();
    assertThat(outreachCase.placeRemovalHold(NOON.plusHours(1))).isFalse();
    assertThat(outreachCase.removalHoldPlacedAt()).isEqualTo(NOON);

    assertThat(outreachCase.removalHoldBreached()).isTrue();
    assertThat(outreachCase.removalHoldState()).isEqualTo(RemovalHoldState.BREACHED);
    assertThat(outreachCase.urgent()).isTrue();
    assertThat(outreachCase.endRemovalHold()).isFalse();
    assertThat(outreachCase.removalHoldState()).isEqualTo(RemovalHoldState.BREACHED);
  }

  @Test
  void aPersonRemovedBeforeTheCaseBeganDoesNotBreachTheHold() {
    assertThat(outreachCase.custodyLoaded(CustodyStatus.REMOVED)).isFalse();
    outreachCase.placeRemovalHold(NOON);

    assertThat(outreachCase.custodyLoaded(CustodyStatus.REMOVED)).isFalse();
    assertThat(outreachCase.removalHoldState()).isEqualTo(RemovalHoldState.IN_PLACE);
    assertThat(outreachCase.urgent()).isFalse();
  }

  @Test
  void aPersonRemovedWhileTheHoldStoodBreachesIt() {
    assertThat(outreachCase.custodyLoaded(CustodyStatus.DETAINED)).isFalse();
    outreachCase.placeRemovalHold(NOON);

    assertThat(outreachCase.custodyLoaded(CustodyStatus.REMOVED)).isTrue();
    assertThat(outreachCase.removalHoldState()).isEqualTo(RemovalHoldState.BREACHED);
    assertThat(outreachCase.urgent()).isTrue();
    assertThat(outreachCase.custodyLoaded(CustodyStatus.REMOVED)).isFalse();
  }

  @Test
  void aHoldThatRanItsPeriodEnds() {
    outreachCase.placeRemovalHold(NOON);

    assertThat(outreachCase.endRemovalHold()).isTrue();
    assertThat(outreachCase.endRemovalHold()).isFalse();
    assertThat(outreachCase.removalHoldState()).isEqualTo(RemovalHoldState.ENDED);
    assertThat(outreachCase.removalHoldBreached()).isFalse();
  }

  @Test
  void closingAgainWithTheSameOutcomeChangesNothingAndAnotherOutcomeIsRefused() {
    assertThat(outreachCase.close(CaseOutcome.RELEASED, NOON)).isTrue();
    assertThat(outreachCase.close(CaseOutcome.RELEASED, NOON.plusDays(1))).isFalse();
    assertThat(outreachCase.closedAt()).isEqualTo(NOON);

    assertThatThrownBy(() -> outreachCase.close(CaseOutcome.RETURNED, NOON))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed with RELEASED");
    assertThat(outreachCase.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(outreachCase.outcome()).isEqualTo(CaseOutcome.RELEASED);
  }

  @Test
  void aFiledCourtNoticeStaysFiled() {
    outreachCase.courtFilingDue(NOON.plusDays(30));
    outreachCase.courtFilingReminded();
    assertThat(outreachCase.courtFilingState()).isEqualTo(CourtFilingState.REMINDED);

    assertThat(outreachCase.courtNoticeFiled(NOON.plusDays(20))).isTrue();
    assertThat(outreachCase.courtNoticeFiled(NOON.plusDays(21))).isFalse();
    outreachCase.courtFilingDue(NOON.plusDays(60));

    assertThat(outreachCase.courtFilingState()).isEqualTo(CourtFilingState.FILED);
    assertThat(outreachCase.courtNoticeFiledAt()).isEqualTo(NOON.plusDays(20));
    assertThat(outreachCase.courtFilingDeadline()).isEqualTo(NOON.plusDays(30));
  }

  @Test
  void aPriorityIsOneOrMore() {
    assertThatThrownBy(() -> outreachCase.prioritise(0, "none"))
        .hasMessage("priority: must be 1 or more");
    outreachCase.prioritise(1, "Removed after the leak, before notice");
    assertThat(outreachCase.priority()).contains(1);
  }

  @Test
  void loadedFactsAddTheirExposureToTheCaseAndALeakIsNeverTakenBack() {
    outreachCase.factsLoaded(facts(CustodyStatus.DETAINED, EnumSet.of(NAME, A_NUMBER)));
    outreachCase.factsLoaded(facts(CustodyStatus.DETAINED, EnumSet.of(NAME, PROTECTION_CLAIM)));
    outreachCase.factsLoaded(facts(CustodyStatus.DETAINED, Set.of()));

    assertThat(outreachCase.exposure()).containsExactly(NAME, A_NUMBER, PROTECTION_CLAIM);
  }

  @Test
  void loadedFactsSeeACustodyChangeAsBefore() {
    assertThat(outreachCase.factsLoaded(facts(CustodyStatus.DETAINED, Set.of()))).isFalse();
    outreachCase.placeRemovalHold(NOON);

    assertThat(outreachCase.factsLoaded(facts(CustodyStatus.REMOVED, EnumSet.of(NAME)))).isTrue();
    assertThat(outreachCase.removalHoldState()).isEqualTo(RemovalHoldState.BREACHED);
    assertThat(outreachCase.exposure()).containsExactly(NAME);
  }

  private static OutreachFacts facts(CustodyStatus status, Set<ExposedField> exposure) {
    return new OutreachFacts(
        UUID.randomUUID(), status, false, false, false, false, false, false, false, null, exposure);
  }
}
