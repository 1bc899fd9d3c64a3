package org.outreach.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {

  private static final String PERSON = "marker-person@example.test";

  @Test
  void aRecipientRefusedWithA5xxCodeIsRefusedForGood() throws Exception {
    // as the mail library reports a refused RCPT: the relay's reply nested in "Invalid Addresses"
    MessagingException reply =
        new MessagingException("550 5.1.1 <" + PERSON + ">: Recipient address rejected");
    SendFailedException failure =
        new SendFailedException(
            "Invalid Addresses",
            reply,
            new Address[0],
            new Address[0],
            new Address[] {new InternetAddress(PERSON)});

    MailDispatchException classed = SmtpFailures.classify(failure);

    assertThat(classed.permanent()).isTrue();
    assertThat(classed.failure()).isEqualTo("REFUSED_550");
    assertThat(classed.getMessage()).doesNotContain(PERSON).doesNotContain("rejected");
  }

  @Test
  void a4xxReplyMayPassLater() {
    MailDispatchException classed =
        SmtpFailures.classify(new MessagingException("451 4.7.1 Try again later"));

    assertThat(classed.permanent()).isFalse();
    assertThat(classed.failure()).isEqualTo("REFUSED_451");
  }

  @Test
  void aMultiLineReplyIsReadByItsCode() {
    assertThat(SmtpFailures.classify(new MessagingException("554-5.7.1 Policy\n554 Go away")))
        .satisfies(c -> assertThat(c.permanent()).isTrue())
        .satisfies(c -> assertThat(c.failure()).isEqualTo("REFUSED_554"));
  }

  @Test
  void aRefusedRecipientWithoutACodeIsRefusedForGood() throws Exception {
    SendFailedException failure =
        new SendFailedException(
            "Invalid Addresses",
            null,
            new Address[0],
            new Address[0],
            new Address[] {new InternetAddress(PERSON)});

    MailDispatchException classed = SmtpFailures.classify(failure);

    assertThat(classed.permanent()).isTrue();
    assertThat(classed.failure()).isEqualTo("RECIPIENT_REFUSED");
  }

  @Test
  void noConnectionAndAFailedLoginMayPassLater() {
    MailDispatchException refused =
        SmtpFailures.classify(
            new MessagingException(
                "Couldn't connect to host, port: relay, 25",
                new ConnectException("Connection refused")));
    MailDispatchException login =
        SmtpFailures.classify(new AuthenticationFailedException("535 5.7.8 bad credentials"));

    assertThat(refused.permanent()).isFalse();
    assertThat(refused.failure()).isEqualTo("CONNECTION");
    // a wrong password is the agency's to mend: tried again, not held against the person
    assertThat(login.permanent()).isFalse();
    assertThat(login.failure()).isEqualTo("AUTHENTICATION");
  }

  @Test
  void aReplyCodeOf2xxOr3xxIsNoRefusal() {
    assertThat(SmtpFailures.classify(new MessagingException("250 OK")).failure())
        .isEqualTo("CONNECTION");
  }
}
