package org.outreach.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutreachCaseTest {

  private final OutreachCase outreachCase =
      new OutreachCase(UUID.randomUUID(), CaseReference.random(), OffsetDateTime.now());

  @Test
  void aNewCaseIsOpenedAndRunByNoProcessYet() {
    assertThat(outreachCase.status()).isEqualTo(CaseStatus.OPENED);
    assertThat(outreachCase.processInstanceId()).isNull();
  }

  @Test
  void aCaseIsRunByOneProcessOnly() {
    outreachCase.runBy("process-1");

    assertThatThrownBy(() -> outreachCase.runBy("process-2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(outreachCase.id().toString());
    assertThat(outreachCase.processInstanceId()).isEqualTo("process-1");
  }

  @Test
  void recordingTheStartOfOutreachTwiceChangesNothingTheSecondTime() {
    outreachCase.outreachStarted();
    outreachCase.outreachStarted();

    assertThat(outreachCase.status()).isEqualTo(CaseStatus.IN_OUTREACH);
  }
}
