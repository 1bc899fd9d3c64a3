package org.outreach.notice.templates;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The values a caller gives for one rendering: the case's own placeholders (the reference, and for
 * letters the person's name or A-number). Values from the configuration are filled by {@link
 * NoticeTexts} and cannot be given. Immutable; {@link #toString()} names the placeholders only,
 * never a value.
 */
public final class TemplateValues {

  private static final TemplateValues NONE = new TemplateValues(new EnumMap<>(Placeholder.class));

  private final Map<Placeholder, String> values;

  private TemplateValues(EnumMap<Placeholder, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  public static TemplateValues none() {
    return NONE;
  }

  /** The usual values of an email: the case reference alone. */
  public static TemplateValues caseReference(String reference) {
    return NONE.with(Placeholder.CASE_REFERENCE, reference);
  }

  /**
   * These values and one more.
   *
   * @throws IllegalArgumentException naming the placeholder (never the value) when it comes from
   *     the configuration, or when the value is blank or holds a line break or another control
   *     character
   */
  public TemplateValues with(Placeholder placeholder, String value) {
    Objects.requireNonNull(placeholder, "placeholder");
    if (placeholder.fromConfiguration()) {
      throw new IllegalArgumentException(
          placeholder + ": comes from the server's configuration, not from the caller");
    }
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(placeholder + ": a value is required");
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          placeholder + ": must be one line without control characters");
    }
    EnumMap<Placeholder, String> more = new EnumMap<>(Placeholder.class);
    more.putAll(values);
    more.put(placeholder, value.strip());
    return new TemplateValues(more);
  }

  public Optional<String> get(Placeholder placeholder) {
    return Optional.ofNullable(values.get(placeholder));
  }

  public Set<Placeholder> placeholders() {
    return values.keySet();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TemplateValues that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "TemplateValues" + values.keySet();
  }
}
