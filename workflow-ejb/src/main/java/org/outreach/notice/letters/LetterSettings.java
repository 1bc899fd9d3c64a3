package org.outreach.notice.letters;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.outreach.campaign.SettingValues;

/**
 * How letters present themselves, read like the campaign's settings (system property, else
 * environment variable, else the default).
 *
 * @param returnAddress the return address printed on every letter and shown in the envelope's
 *     window: a neutral office, never a name that reveals the campaign or its subject ({@value
 *     #RETURN_ADDRESS}, lines separated by {@code |})
 * @param zone the zone whose date names a day's print batch ({@value #ZONE})
 */
record LetterSettings(List<String> returnAddress, ZoneId zone) {

  static final String RETURN_ADDRESS = "outreach.letters.return-address";
  static final String ZONE = "outreach.letters.zone";
  static final String RENDER_THREADS = "outreach.letters.render-threads";

  /**
   * How many threads render a print batch at once ({@value #RENDER_THREADS}; the processor's cores
   * unless set): rendering a letter is processor work, each thread takes every n-th letter.
   */
  static int renderThreads() {
    return SettingValues.positiveInt(
        SettingValues.ofServer(), RENDER_THREADS, Runtime.getRuntime().availableProcessors());
  }

  static LetterSettings current() {
    return from(SettingValues.ofServer());
  }

  static LetterSettings from(UnaryOperator<String> lookup) {
    String address = lookup.apply(RETURN_ADDRESS);
    if (address == null || address.isBlank()) {
      address = "Correspondence Office|PO Box 1100|Washington, DC 20001";
    }
    List<String> lines =
        Arrays.stream(address.split("\\|")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    String zone = lookup.apply(ZONE);
    try {
      return new LetterSettings(
          lines, zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
    } catch (java.time.DateTimeException e) {
      throw new IllegalStateException(ZONE + ": not a time zone id");
    }
  }
}
