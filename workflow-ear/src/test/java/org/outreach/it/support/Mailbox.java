package org.outreach.it.support;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What arrived at one address of the test mail server, read over IMAP. */
public final class Mailbox {

  /** One message as received, with its Message-ID header. */
  public record Received(String subject, String body, String messageId) {}

  private Mailbox() {}

  /** The messages for {@code address}; empty while none arrived. */
  public static List<Received> of(String address) {
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
          String[] messageId = message.getHeader("Message-ID");
          received.add(
              new Received(
                  message.getSubject(),
                  String.valueOf(message.getContent()),
                  messageId == null ? null : messageId[0]));
        }
        folder.close(false);
        return received;
      } finally {
        store.close();
      }
    } catch (AuthenticationFailedException notDeliveredYet) {
      return List.of();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("IMAP check failed", e);
    }
  }
}
