package org.outreach.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classes what the relay answered when it did not take a message: a reply code of 5xx refuses it
 * for good, 4xx for now; a refused recipient without a code is refused for good; anything else (no
 * connection, a dropped one, a refused login) may pass later. The relay's own text is never kept:
 * it may quote the recipient.
 */
final class SmtpFailures {

  private static final Pattern REPLY_CODE =
      Pattern.compile("^([45][0-9][0-9])[ -].*", Pattern.DOTALL);

  private SmtpFailures() {}

  static MailDispatchException classify(MessagingException failure) {
    Set<Throwable> seen = new HashSet<>();
    boolean refusedRecipient = false;
    for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
      if (t instanceof AuthenticationFailedException) {
        // the relay refused our login, not the message: the agency's to mend, so tried again
        return new MailDispatchException("AUTHENTICATION", false);
      }
      String text = t.getMessage();
      Matcher code = text == null ? null : REPLY_CODE.matcher(text.strip());
      if (code != null && code.matches()) {
        return new MailDispatchException("REFUSED_" + code.group(1), code.group(1).startsWith("5"));
      }
      if (t instanceof SendFailedException sendFailed
          && sendFailed.getInvalidAddresses() != null
          && sendFailed.getInvalidAddresses().length > 0) {
        refusedRecipient = true;
      }
    }
    return refusedRecipient
        ? new MailDispatchException("RECIPIENT_REFUSED", true)
        : new MailDispatchException("CONNECTION", false);
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
      return messaging.getNextException();
    }
    return t.getCause();
  }
}
