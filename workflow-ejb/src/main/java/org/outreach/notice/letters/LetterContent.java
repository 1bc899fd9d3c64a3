package org.outreach.notice.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one letter shows. {@code texts} holds the person's language first and English last (English
 * alone when that is the person's language). A notice handed over in custody has no recipient and
 * no address lines: it goes in no envelope. Holds personal data: never logged, never kept.
 *
 * @param code the letter's short code printed in the footer, which the mail house and returns refer
 *     to
 */
record LetterContent(
    String code,
    String caseReference,
    LocalDate date,
    List<String> returnAddress,
    String recipientName,
    List<String> addressLines,
    List<LetterText> texts) {

  LetterContent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(date, "date");
    returnAddress = List.copyOf(returnAddress);
    addressLines = List.copyOf(addressLines);
    texts = List.copyOf(texts);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("texts: at least one language");
    }
  }

  @Override
  public String toString() {
    return "LetterContent[" + code + "]";
  }
}
