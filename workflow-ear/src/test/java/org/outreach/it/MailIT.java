package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.ItSettings;
import org.outreach.mail.MailSender;
import org.outreach.mail.OutboundMail;

/** Mail leaves through java:jboss/mail/Outreach and arrives at a real SMTP/IMAP server. */
@ExtendWith(ArquillianExtension.class)
class MailIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(MailIT.class);
  }

  @Inject MailSender mailSender;

  @Test
  void aMessageSentByTheServerArrivesWithItsRecipientAndSubject() throws Exception {
    String recipient = "notices-" + UUID.randomUUID() + "@outreach.test";
    String subject = "Important notice about your case";

    String messageId = mailSender.send(new OutboundMail(recipient, subject, "Please contact us."));

    List<Received> inbox = Eventually.await("the message in the mailbox", () -> inboxOf(recipient));
    assertThat(inbox).containsExactly(new Received(subject, List.of(recipient), messageId));
  }

  @Test
  void anInvalidRecipientIsRefusedWithoutEchoingTheAddress() {
    String invalid = "not an address@@example";

    assertThatThrownBy(() -> mailSender.send(new OutboundMail(invalid, "Notice", "Body")))
        .hasMessageContaining("recipient: not a valid email address")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(invalid));
  }

  record Received(String subject, List<String> recipients, String messageId) {}

  private static List<Received> inboxOf(String address) {
    Properties properties = new Properties();
    properties.put("mail.imap.host", "127.0.0.1");
    properties.put("mail.imap.port", String.valueOf(ItSettings.imapPort()));
    try {
      Store store = Session.getInstance(properties).getStore("imap");
      // GreenMail keeps a mailbox per recipient, with the address as login and password
      store.connect(address, address);
      try {
        Folder folder = store.getFolder("INBOX");
        folder.open(Folder.READ_ONLY);
        List<Received> received = new ArrayList<>();
        for (Message message : folder.getMessages()) {
          List<String> recipients = new ArrayList<>();
          for (Address to : message.getAllRecipients()) {
            recipients.add(((InternetAddress) to).getAddress());
          }
          received.add(
              new Received(message.getSubject(), recipients, message.getHeader("Message-ID")[0]));
        }
        folder.close(false);
        return received.isEmpty() ? null : received;
      } finally {
        store.close();
      }
    } catch (AuthenticationFailedException notDeliveredYet) {
      return null;
    } catch (MessagingException e) {
      throw new IllegalStateException("IMAP check failed", e);
    }
  }
}
