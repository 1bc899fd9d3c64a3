package org.outreach.notice.templates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A template's text: its first line is the subject (a letter's heading), then one empty line, then
 * the body. Placeholders are written {@code {CASE_REFERENCE}}. The stored form is canonical (line
 * breaks {@code \n}, Unicode NFC, no trailing spaces, no empty lines at either end, one final line
 * break), so the same text always has the same SHA-256.
 */
public record TemplateText(String subject, String body) {

  private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");

  /** The canonical form of a text as written in a file or typed. */
  public static String canonical(String raw) {
    String text =
        Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    lines.replaceAll(String::stripTrailing);
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * Splits a canonical text into subject and body.
   *
   * @throws NoticeTextException when it has no subject, no empty line after it, or no body
   */
  public static TemplateText parse(String canonical) {
    int end = canonical.indexOf('\n');
    String subject = end < 0 ? canonical : canonical.substring(0, end);
    String rest = end < 0 ? "" : canonical.substring(end + 1);
    if (subject.isBlank()) {
      throw new NoticeTextException("the first line (the subject) is empty");
    }
    if (!rest.startsWith("\n")) {
      throw new NoticeTextException("the subject must be followed by one empty line");
    }
    String body = rest.strip();
    if (body.isEmpty()) {
      throw new NoticeTextException("the body is empty");
    }
    return new TemplateText(subject.strip(), body + "\n");
  }

  /** The placeholders the text names, known ones only (see {@link #unknownPlaceholders()}). */
  public Set<Placeholder> placeholders() {
    Set<Placeholder> found = EnumSet.noneOf(Placeholder.class);
    for (String name : names()) {
      Arrays.stream(Placeholder.values()).filter(p -> p.name().equals(name)).forEach(found::add);
    }
    return found;
  }

  /** Tokens in braces that name no placeholder, as written ({@code {case_ref}}). */
  public Set<String> unknownPlaceholders() {
    Set<String> known =
        Arrays.stream(Placeholder.values()).map(Enum::name).collect(Collectors.toSet());
    return names().stream()
        .filter(name -> !known.contains(name))
        .map(name -> "{" + name + "}")
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** A brace that does not belong to a {@code {NAME}} token. */
  public boolean hasStrayBrace() {
    String rest = TOKEN.matcher(subject + "\n" + body).replaceAll("");
    return rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0;
  }

  /** Subject and body with every placeholder replaced by its value, in one pass. */
  TemplateText filled(Map<Placeholder, String> values) {
    return new TemplateText(fill(subject, values), fill(body, values));
  }

  /** The lower-case hex SHA-256 of a text's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The start of a body on one line, at most {@code length} characters, never a split letter. */
  static String preview(String body, int length) {
    String line = body.strip().replaceAll("\\s+", " ");
    if (line.length() <= length) {
      return line;
    }
    int end = length;
    if (Character.isLowSurrogate(line.charAt(end))) {
      end--;
    }
    return line.substring(0, end);
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(subject + "\n" + body);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return Collections.unmodifiableList(names);
  }

  private static String fill(String text, Map<Placeholder, String> values) {
    Matcher matcher = TOKEN.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      Placeholder placeholder = Placeholder.valueOf(matcher.group(1));
      matcher.appendReplacement(filled, Matcher.quoteReplacement(values.get(placeholder)));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
