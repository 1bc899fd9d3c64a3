package org.outreach.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outreach.cases.ReturnOutcome;

class ReturnOutcomesTest {

  @Test
  void theArrivalDecidesWhenThePersonWasToTravel() {
    assertThat(ReturnOutcomes.of(Optional.of("WISHES_TO_RETURN"), Optional.of("ARRIVED")))
        .isEqualTo(ReturnOutcome.ARRIVED);
    assertThat(ReturnOutcomes.of(Optional.of("WISHES_TO_RETURN"), Optional.of("DID_NOT_TRAVEL")))
        .isEqualTo(ReturnOutcome.DID_NOT_TRAVEL);
  }

  @Test
  void otherwiseTheWishDecides() {
    assertThat(ReturnOutcomes.of(Optional.of("STAYS"), Optional.empty()))
        .isEqualTo(ReturnOutcome.STAYS);
    assertThat(ReturnOutcomes.of(Optional.of("NO_CONTACT"), Optional.empty()))
        .isEqualTo(ReturnOutcome.NO_CONTACT);
  }

  @Test
  void aWishToReturnWithoutArrivalCannotEndTheProcess() {
    assertThatThrownBy(() -> ReturnOutcomes.of(Optional.of("WISHES_TO_RETURN"), Optional.empty()))
        .hasMessageStartingWith("arrivalOutcome: not set");
  }

  @Test
  void unknownValuesAreRefusedNamingTheVariable() {
    assertThatThrownBy(() -> ReturnOutcomes.of(Optional.of("MAYBE"), Optional.empty()))
        .hasMessageStartingWith("returnWish: not one of");
    assertThatThrownBy(() -> ReturnOutcomes.of(Optional.empty(), Optional.of("LOST")))
        .hasMessageStartingWith("arrivalOutcome: not one of");
    assertThatThrownBy(() -> ReturnOutcomes.of(Optional.empty(), Optional.empty()))
        .hasMessage("returnWish and arrivalOutcome: neither is set");
  }
}
