package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Mailbox;
import org.outreach.mail.MailSender;
import org.outreach.mail.OutboundMail;
import org.outreach.mail.SmtpLogin;

/** Mail leaves through java:jboss/mail/Outreach and arrives at a real SMTP/IMAP server. */
@ExtendWith(ArquillianExtension.class)
class MailIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(MailIT.class, Mailbox.class);
  }

  @Inject MailSender mailSender;
  @Inject AsSystem asSystem;

  @Test
  void aMessageSentByTheServerArrivesWithItsRecipientAndSubject() {
    String recipient = "notices-" + UUID.randomUUID() + "@outreach.test";
    String subject = "Important notice about your case";

    String messageId =
        asSystem.get(
            () -> mailSender.send(new OutboundMail(recipient, subject, "Please contact us.")));

    List<Mailbox.Received> inbox =
        Eventually.await("the message in the mailbox", () -> nonEmpty(Mailbox.of(recipient)));
    assertThat(inbox)
        .extracting(Mailbox.Received::subject, Mailbox.Received::messageId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(subject, messageId));
  }

  @Test
  void aMessageGivenItsMessageIdKeepsIt() {
    String recipient = "notices-" + UUID.randomUUID() + "@outreach.test";
    String messageId = "<" + UUID.randomUUID() + ".notice@outreach.test>";

    String sent =
        asSystem.get(
            () -> mailSender.send(new OutboundMail(recipient, "Notice", "Body"), messageId));

    assertThat(sent).isEqualTo(messageId);
    assertThat(
            Eventually.await("the message in the mailbox", () -> nonEmpty(Mailbox.of(recipient))))
        .extracting(Mailbox.Received::messageId)
        .containsExactly(messageId);
  }

  @Test
  void anInvalidRecipientIsRefusedForGoodWithoutEchoingTheAddress() {
    String invalid = "not an address@@example";

    assertThatThrownBy(
            () -> asSystem.get(() -> mailSender.send(new OutboundMail(invalid, "Notice", "Body"))))
        .hasMessageContaining("INVALID_ADDRESS")
        .hasMessageContaining("permanent")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(invalid));
  }

  @Test
  void aLoginIsSentWhenOneIsConfiguredAndAWrongOneIsRefusedForAWhile() {
    // GreenMail makes a mailbox for each recipient, its address as login and password: the
    // first message makes the account the relay then wants
    String account = "relay-" + UUID.randomUUID() + "@outreach.test";
    asSystem.get(() -> mailSender.send(new OutboundMail(account, "Account", "Made")));
    Eventually.await("the account's mailbox", () -> nonEmpty(Mailbox.of(account)));
    String recipient = "notices-" + UUID.randomUUID() + "@outreach.test";
    try {
      System.setProperty(SmtpLogin.USER, account);
      System.setProperty(SmtpLogin.PASSWORD, "not-the-password");

      assertThatThrownBy(
              () ->
                  asSystem.get(
                      () -> mailSender.send(new OutboundMail(recipient, "Notice", "Body"))))
          .hasMessageContaining("AUTHENTICATION")
          .hasMessageContaining("may pass later")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password"));

      System.setProperty(SmtpLogin.PASSWORD, account);
      String messageId =
          asSystem.get(() -> mailSender.send(new OutboundMail(recipient, "Notice", "Body")));

      assertThat(
              Eventually.await("the message in the mailbox", () -> nonEmpty(Mailbox.of(recipient))))
          .extracting(Mailbox.Received::messageId)
          .containsExactly(messageId);
    } finally {
      System.clearProperty(SmtpLogin.USER);
      System.clearProperty(SmtpLogin.PASSWORD);
    }
  }

  private static <T> List<T> nonEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
