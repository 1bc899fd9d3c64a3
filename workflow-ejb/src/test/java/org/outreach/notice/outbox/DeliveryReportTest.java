package org.outreach.notice.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.mail.outbox.MessageIds;

class DeliveryReportTest {

  @Test
  void aFailedRecipientGivesItsStatus() {
    String fields =
        "Reporting-MTA: dns; relay.example.test\r\n\r\n"
            + "Final-Recipient: rfc822; someone@example.test\r\n"
            + "Action: failed\r\n"
            + "Status: 5.1.1\r\n"
            + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n";

    assertThat(DeliveryReport.failureStatus(fields)).contains("5.1.1");
  }

  @Test
  void aDelayIsNoFailure() {
    String fields =
        "Final-Recipient: rfc822; someone@example.test\nAction: delayed\nStatus: 4.4.7\n";

    assertThat(DeliveryReport.failureStatus(fields)).isEmpty();
  }

  @Test
  void ofSeveralRecipientsAFailedOneCountsAndAPermanentStatusWins() {
    String fields =
        "Final-Recipient: rfc822; a@example.test\nAction: delivered\nStatus: 2.0.0\n\n"
            + "Final-Recipient: rfc822; b@example.test\nACTION: Failed\nStatus: 5.7.1\n";

    assertThat(DeliveryReport.failureStatus(fields)).contains("5.7.1");
    assertThat(DeliveryReport.failureStatus("Action: failed\n")).contains("5.0.0");
  }

  @Test
  void theMessageIdIsReadFromTheHeadersOnly() {
    String headers =
        "From: outreach@agency.test\r\nMessage-ID: <abc.notice@agency.test>\r\nSubject: x\r\n\r\n"
            + "Message-ID: <quoted@elsewhere.test>\r\n";

    assertThat(DeliveryReport.messageId(headers)).contains("<abc.notice@agency.test>");
    assertThat(DeliveryReport.messageId("Subject: none\n\nMessage-ID: <in-body@x.test>\n"))
        .isEmpty();
  }

  @Test
  void onlyTheOutboxsOwnMessageIdsAreItsOwn() {
    assertThat(MessageIds.isOutboxMessageId("<" + UUID.randomUUID() + ".notice@agency.test>"))
        .isTrue();
    assertThat(MessageIds.isOutboxMessageId("<" + UUID.randomUUID() + ".staff@agency.test>"))
        .isTrue();
    assertThat(MessageIds.isOutboxMessageId("<" + UUID.randomUUID() + ".other@agency.test>"))
        .isFalse();
    assertThat(MessageIds.isOutboxMessageId("<123.456@agency.test>")).isFalse();
    assertThat(MessageIds.isOutboxMessageId(null)).isFalse();
  }
}
