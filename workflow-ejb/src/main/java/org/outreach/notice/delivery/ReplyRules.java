package org.outreach.notice.delivery;

import java.time.OffsetDateTime;
import org.outreach.notice.delivery.InvalidReplyException.Field;
import org.outreach.notice.delivery.InvalidReplyException.Rule;

/** The rules of a recorded reply, in the order of the form. */
public final class ReplyRules {

  /** The longest note, in characters. */
  public static final int NOTE_MAX_LENGTH = CallRules.NOTE_MAX_LENGTH;

  private ReplyRules() {}

  /**
   * @throws InvalidReplyException naming the first field at fault
   */
  static void check(NewReply reply, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (reply == null || reply.channel() == null) {
      throw new InvalidReplyException(Field.CHANNEL, Rule.REQUIRED);
    }
    if (!ReplyChannel.typedIn().contains(reply.channel())) {
      throw new InvalidReplyException(Field.CHANNEL, Rule.NOT_TYPED_IN);
    }
    OffsetDateTime at = reply.receivedAt();
    if (at == null) {
      throw new InvalidReplyException(Field.RECEIVED_AT, Rule.REQUIRED);
    }
    if (at.isAfter(now.plus(CallRules.CLOCK_GRACE))) {
      throw new InvalidReplyException(Field.RECEIVED_AT, Rule.IN_THE_FUTURE);
    }
    if (caseOpened != null && at.isBefore(caseOpened)) {
      throw new InvalidReplyException(Field.RECEIVED_AT, Rule.BEFORE_THE_CASE);
    }
    if (reply.note() != null && reply.note().strip().length() > NOTE_MAX_LENGTH) {
      throw new InvalidReplyException(Field.NOTE, Rule.TOO_LONG);
    }
  }

  /** A blank note is no note. */
  static String noteOf(NewReply reply) {
    String note = reply.note();
    return note == null || note.isBlank() ? null : note.strip();
  }
}
