package org.outreach.recipients;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.outreach.campaign.SettingValues;

/**
 * The addresses that reach a government or a consulate, as the list shipped with the server says
 * ({@code recipients/official-recipients.txt}, where its rules are explained) and as the setting
 * {@value #EXTRA} adds. An email address is told by its domain, a postal address by the words it
 * holds. Everything that sends asks here first; the list errs towards refusing.
 */
public final class OfficialRecipients {

  /** More entries in the list's form, separated by {@code ;}. */
  public static final String EXTRA = "outreach.recipients.official";

  private static final String LIST = "/recipients/official-recipients.txt";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final OfficialRecipients SHIPPED = parse(shippedLines(), LIST);

  private static volatile Cached cached;

  private record Cached(String extra, OfficialRecipients recipients) {}

  private enum Rule {
    DOMAIN_LABEL,
    DOMAIN,
    DOMAIN_WORD,
    POSTAL;

    static Rule of(String name) {
      return switch (name) {
        case "domain-label" -> DOMAIN_LABEL;
        case "domain" -> DOMAIN;
        case "domain-word" -> DOMAIN_WORD;
        case "postal" -> POSTAL;
        default -> throw new IllegalArgumentException("unknown rule " + name);
      };
    }
  }

  private record Entry(RecipientClass recipient, Rule rule, String pattern, boolean wholeWords) {}

  private final List<Entry> entries;

  private OfficialRecipients(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The shipped list alone. */
  public static OfficialRecipients shipped() {
    return SHIPPED;
  }

  /**
   * The shipped list and the setting's entries as the server has them now.
   *
   * @throws IllegalStateException naming the setting if one of its entries is malformed
   */
  public static OfficialRecipients current() {
    return current(SettingValues.ofServer());
  }

  static OfficialRecipients current(UnaryOperator<String> settings) {
    String extra = SettingValues.text(settings, EXTRA, "").strip();
    Cached now = cached;
    if (now != null && now.extra().equals(extra)) {
      return now.recipients();
    }
    OfficialRecipients recipients =
        extra.isEmpty() ? SHIPPED : SHIPPED.and(parse(Arrays.asList(extra.split(";")), EXTRA));
    cached = new Cached(extra, recipients);
    return recipients;
  }

  private OfficialRecipients and(OfficialRecipients more) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(more.entries);
    return new OfficialRecipients(all);
  }

  /** How many entries the list holds. */
  public int size() {
    return entries.size();
  }

  /**
   * Whether the email address reaches a government or a consulate, by its domain.
   *
   * @return the class, empty if no entry matches (or the address has no domain)
   */
  public Optional<RecipientClass> ofEmail(String address) {
    if (address == null) {
      return Optional.empty();
    }
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return Optional.empty();
    }
    String written = address.substring(at + 1);
    // as written and, for an internationalised name, as read: either form may match
    for (String domain :
        new LinkedHashSet<>(List.of(domain(written, false), domain(written, true)))) {
      Optional<RecipientClass> found = ofDomain(domain);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<RecipientClass> ofDomain(String domain) {
    if (domain.isEmpty()) {
      return Optional.empty();
    }
    List<String> labels = List.of(domain.split("\\."));
    for (Entry entry : entries) {
      boolean matches =
          switch (entry.rule()) {
            case DOMAIN_LABEL -> labels.contains(entry.pattern());
            case DOMAIN -> domain.equals(entry.pattern()) || domain.endsWith("." + entry.pattern());
            case DOMAIN_WORD -> labels.stream().anyMatch(label -> label.contains(entry.pattern()));
            case POSTAL -> false;
          };
      if (matches) {
        return Optional.of(entry.recipient());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the postal address reaches a government or a consulate, by the words it holds.
   *
   * @return the class, empty if no entry matches
   */
  public Optional<RecipientClass> ofPostalAddress(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    String words = " " + words(address) + " ";
    for (Entry entry : entries) {
      if (entry.rule() != Rule.POSTAL) {
        continue;
      }
      boolean matches =
          entry.wholeWords()
              ? words.contains(" " + entry.pattern() + " ")
              : words.contains(entry.pattern());
      if (matches) {
        return Optional.of(entry.recipient());
      }
    }
    return Optional.empty();
  }

  /** Lower case, without accents or marks, every run of other characters one space. */
  static String words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String bare = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    return NOT_A_WORD.matcher(bare).replaceAll(" ").strip();
  }

  private static String domain(String raw, boolean decoded) {
    String domain = raw.strip().toLowerCase(Locale.ROOT);
    while (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    if (decoded) {
      try {
        domain = IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException notAnInternationalName) {
        // compared as written
      }
    }
    List<String> labels = new ArrayList<>();
    for (String label : domain.split("\\.")) {
      labels.add(words(label).replace(' ', '-'));
    }
    return String.join(".", labels);
  }

  private static OfficialRecipients parse(List<String> lines, String source) {
    List<Entry> entries = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      if (parts.length < 3) {
        throw malformed(source, "an entry needs a class, a rule and a pattern");
      }
      RecipientClass recipient;
      Rule rule;
      try {
        recipient = RecipientClass.valueOf(parts[0]);
        rule = Rule.of(parts[1]);
      } catch (IllegalArgumentException e) {
        throw malformed(source, "unknown class or rule in an entry");
      }
      if (!recipient.isOfficial()) {
        throw malformed(source, "an entry's class is GOVERNMENT or CONSULATE");
      }
      String pattern =
          rule == Rule.POSTAL ? words(parts[2]) : parts[2].strip().toLowerCase(Locale.ROOT);
      if (pattern.isEmpty()) {
        throw malformed(source, "an entry's pattern is empty");
      }
      entries.add(new Entry(recipient, rule, pattern, wholeWords(pattern)));
    }
    return new OfficialRecipients(entries);
  }

  /** Latin and Cyrillic words are matched whole; scripts written without spaces anywhere. */
  private static boolean wholeWords(String pattern) {
    return pattern
        .codePoints()
        .filter(Character::isLetter)
        .mapToObj(Character.UnicodeScript::of)
        .allMatch(
            script ->
                script == Character.UnicodeScript.LATIN
                    || script == Character.UnicodeScript.CYRILLIC);
  }

  private static IllegalStateException malformed(String source, String why) {
    return new IllegalStateException("The official recipients in " + source + ": " + why);
  }

  private static List<String> shippedLines() {
    InputStream in = OfficialRecipients.class.getResourceAsStream(LIST);
    Objects.requireNonNull(in, LIST);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
