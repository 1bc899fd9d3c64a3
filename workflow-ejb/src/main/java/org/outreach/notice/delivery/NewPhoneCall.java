package org.outreach.notice.delivery;

import java.time.OffsetDateTime;

/**
 * What a caseworker records of a call to the person.
 *
 * @param calledAt when the call was made
 * @param phone the number dialled: one of the person's safe phone numbers, as the task page shows
 *     them
 * @param language the language the call was held in (ISO 639 code); only when the person was
 *     notified
 * @param noticeRead whether the notice was read to the person; a notified call needs it
 * @param acknowledged whether the person said they understood the notice; only when notified
 * @param callBackAt when the person (or whoever answered) asked to be called again; only when not
 *     reached
 * @param note free text, if any; kept encrypted
 */
public record NewPhoneCall(
    CallOutcome outcome,
    OffsetDateTime calledAt,
    String phone,
    String language,
    boolean noticeRead,
    boolean acknowledged,
    OffsetDateTime callBackAt,
    String note) {

  @Override
  public String toString() {
    return "NewPhoneCall[" + outcome + ", language=" + language + "]";
  }
}
