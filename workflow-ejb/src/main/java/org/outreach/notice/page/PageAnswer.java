package org.outreach.notice.page;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the notice page answers a visitor. A wrong date, an unknown reference and a reference that
 * cannot be one all get {@link NotMatched}, so the page never tells which of the two was wrong.
 */
public sealed interface PageAnswer extends Serializable {

  /**
   * The reference and date matched: the notice in the person's language, then in English when that
   * is another language.
   */
  record Shown(String reference, List<PageText> texts) implements PageAnswer {
    public Shown {
      Objects.requireNonNull(reference, "reference");
      texts = List.copyOf(texts);
    }
  }

  /** The visitor confirmed having read the notice; {@code counted} when a process waited for it. */
  record Acknowledged(boolean counted) implements PageAnswer {}

  /** The reference and date of birth do not belong together (or one of them is not valid). */
  record NotMatched() implements PageAnswer {}

  /** Too many failed tries for this reference or from this address: try later or call. */
  record TooManyTries() implements PageAnswer {}

  /** The reference and date matched, but no approved text can be shown: call the team. */
  record NoText() implements PageAnswer {}
}
