package org.outreach.notice.templates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages notices are written in: English and every language the affected people speak, by
 * ISO 639-1 code. Chinese is simplified Chinese; Punjabi is written in Gurmukhi.
 */
public enum TemplateLanguage {
  EN("en", "English", "English", false),
  ES("es", "Spanish", "Español", false),
  FR("fr", "French", "Français", false),
  HT("ht", "Haitian Creole", "Kreyòl ayisyen", false),
  PT("pt", "Portuguese", "Português", false),
  RU("ru", "Russian", "Русский", false),
  ZH("zh", "Chinese (simplified)", "简体中文", false),
  AR("ar", "Arabic", "العربية", true),
  FA("fa", "Persian", "فارسی", true),
  PS("ps", "Pashto", "پښتو", true),
  TI("ti", "Tigrinya", "ትግርኛ", false),
  LN("ln", "Lingala", "Lingála", false),
  HI("hi", "Hindi", "हिन्दी", false),
  PA("pa", "Punjabi", "ਪੰਜਾਬੀ", false),
  TR("tr", "Turkish", "Türkçe", false);

  private final String code;
  private final String englishName;
  private final String nativeName;
  private final boolean rightToLeft;

  TemplateLanguage(String code, String englishName, String nativeName, boolean rightToLeft) {
    this.code = code;
    this.englishName = englishName;
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
  }

  /** The ISO 639-1 code, as the registry and the processes carry it. */
  public String code() {
    return code;
  }

  public String englishName() {
    return englishName;
  }

  /** The language's name in itself, for a visitor to recognise. */
  public String nativeName() {
    return nativeName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * The language of a code such as {@code es}, {@code ES}, {@code pt-BR} or {@code zh_Hans} (the
   * primary subtag counts); empty for {@code null}, a blank and any language notices are not kept
   * in.
   */
  public static Optional<TemplateLanguage> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
  }
}
