package org.outreach.notice.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the notice in every language the campaign writes in and reads it back with PDFBox: the
 * text of every line in logical order equals the template's, every font is embedded as a subset, no
 * character lacks a glyph, and the scripts that need shaping were shaped (Arabic joined and right
 * to left, Devanagari and Gurmukhi vowel signs placed before their consonant). A picture of each
 * language's first page is written to {@code target/letters/} for a reviewer.
 */
class LetterRenderingTest {

  private static final Path PICTURES = Path.of("target", "letters");
  private static final List<String> LANGUAGES = TestTexts.LANGUAGES;
  private static final String REFERENCE = "OR-2025-000123";

  private final LetterRenderer renderer = new LetterRenderer(LetterFonts.shared());

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  void theNoticeReadsBackInLogicalOrderBesideEnglish(String language) {
    LetterContent letter = letter(language, false);

    RenderedDocument rendered = renderer.render(letter);
    PdfReading.picture(rendered.pdf(), PICTURES.resolve("letter-" + language + ".png"));

    String text = PdfReading.logicalText(rendered.pdf());
    for (LetterText words : letter.texts()) {
      List<String> expected = new ArrayList<>();
      expected.add(words.title());
      expected.addAll(words.lines());
      for (String paragraph : expected) {
        assertThat(text.replace("\n", ""))
            .as("%s in the letter", words.language())
            .contains(paragraph);
      }
    }
    assertThat(text).contains("Ahmad Nouri", "14 Elm Street, Apt 2", "Springfield, IL 62704");
    assertThat(rendered.pages()).isEqualTo(PdfReading.pages(rendered.pdf()));
    assertThat(rendered.sha256()).matches("[0-9a-f]{64}");
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  void everyFontIsEmbeddedAsASubsetAndEveryCharacterHasAGlyph(String language) {
    RenderedDocument rendered = renderer.render(letter(language, true));

    assertThat(PdfReading.fonts(rendered.pdf()))
        .isNotEmpty()
        .allSatisfy(
            font -> {
              assertThat(font.embedded()).as("%s embedded", font.name()).isTrue();
              assertThat(font.subset()).as("%s a subset", font.name()).isTrue();
            });
    for (PdfReading.Span span : PdfReading.spans(rendered.pdf())) {
      assertThat(span.glyphs())
          .as("glyphs of %s", span.actualText())
          .noneMatch(glyph -> glyph.getCharacterCodes()[0] == 0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "fa", "ps"})
  void arabicScriptIsJoinedAndRunsRightToLeft(String language) throws IOException {
    RenderedDocument rendered = renderer.render(letter(language, false));
    String title = TestTexts.of(language, REFERENCE).title();
    PdfReading.Span line = spanOf(rendered, title);

    // joined: letters inside a word are drawn with their initial, medial and final forms, which
    // are other glyphs than the ones the font maps the characters to
    Set<Integer> nominal = nominalGlyphs("NotoSansArabic-Regular.ttf", title);
    long contextual =
        line.glyphs().stream().filter(glyph -> !nominal.contains(code(glyph))).count();
    assertThat(contextual).as("glyphs in a joined form").isGreaterThan(title.length() / 3);

    // right to left: the leftmost glyph on the page belongs to the title's last word, the
    // rightmost to its first
    String[] words = title.split(" ");
    List<TextPosition> glyphs = line.glyphs();
    assertThat(words[words.length - 1]).contains(letter(glyphs.get(0)));
    assertThat(words[0]).contains(letter(glyphs.get(glyphs.size() - 1)));
  }

  @Test
  void aNumberAndAnAddressInsideArabicTextKeepTheirOwnOrder() {
    RenderedDocument rendered = renderer.render(letter("ar", false));
    String paragraph = TestTexts.of("ar", REFERENCE).lines().get(2);
    String firstLine =
        PdfReading.spans(rendered.pdf()).stream()
            .filter(span -> paragraph.startsWith(span.actualText()))
            .findFirst()
            .orElseThrow()
            .glyphText();
    // drawn left to right on the page, the telephone number reads as written, its groups in
    // order; the plain bidirectional algorithm would have reversed the groups
    assertThat(firstLine).contains("+1 202 555 0100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hi", "pa"})
  void indicVowelSignsAreDrawnBeforeTheirConsonantAndConjunctsAreFormed(String language)
      throws IOException {
    RenderedDocument rendered = renderer.render(letter(language, false));
    LetterText text = TestTexts.of(language, REFERENCE);
    String font =
        language.equals("hi") ? "NotoSansDevanagari-Regular.ttf" : "NotoSansGurmukhi-Regular.ttf";
    String iSign = language.equals("hi") ? "\u093F" : "\u0A3F";
    String paragraph = text.lines().get(0);
    PdfReading.Span line =
        PdfReading.spans(rendered.pdf()).stream()
            .filter(
                span ->
                    paragraph.startsWith(span.actualText()) && span.actualText().contains(iSign))
            .findFirst()
            .orElseThrow();

    // in the text the i sign follows its consonant; on the page its glyph (one of several
    // widths) stands before it
    String logical = line.actualText();
    char consonant = logical.charAt(logical.indexOf(iSign) - 1);
    String signGlyph = language.equals("hi") ? "ivowelsign" : "imatra";
    try (TrueTypeFont ttf = font(font)) {
      int consonantGlyph = ttf.getUnicodeCmapLookup().getGlyphId(consonant);
      List<TextPosition> glyphs = line.glyphs();
      boolean signBeforeConsonant = false;
      for (int i = 0; i + 1 < glyphs.size(); i++) {
        String name = ttf.getPostScript().getName(code(glyphs.get(i)));
        signBeforeConsonant |=
            name != null && name.startsWith(signGlyph) && code(glyphs.get(i + 1)) == consonantGlyph;
      }
      assertThat(signBeforeConsonant).as("the i sign drawn before %s", consonant).isTrue();
    }

    Set<Integer> nominal = nominalGlyphs(font, line.actualText());
    assertThat(line.glyphs())
        .as("conjuncts, half forms or positioned signs")
        .anyMatch(glyph -> !nominal.contains(code(glyph)));
  }

  @Test
  void chineseAndEthiopicReadBackGlyphForGlyph() {
    for (String language : List.of("zh", "ti", "ru")) {
      RenderedDocument rendered = renderer.render(letter(language, false));
      String title = TestTexts.of(language, REFERENCE).title();
      assertThat(spanOf(rendered, title).glyphText()).isEqualTo(title);
    }
  }

  @Test
  void aCustodyNoticeHasNoWindowAndCarriesTheReceiptFormInBothLanguages() {
    RenderedDocument rendered = renderer.render(letter("ar", true));
    PdfReading.picture(rendered.pdf(), PICTURES.resolve("custody-notice-ar.png"));

    String text = PdfReading.logicalText(rendered.pdf());
    assertThat(text)
        .contains("إيصال استلام الإشعار", "Receipt of the notice", "Signature of the person: ___")
        .doesNotContain("Ahmad Nouri", "14 Elm Street");
  }

  /**
   * The campaign's own texts (the notice and the custody notice of every language, as the
   * repository seeds them for review), placeholders filled: every character has a glyph, every line
   * reads back as written, and a picture of each is left for a reviewer.
   */
  @ParameterizedTest
  @FieldSource("LANGUAGES")
  void theRepositorysNoticeTextsRenderInEveryLanguage(String language) {
    for (String type : List.of("notice", "in-custody-notice")) {
      LetterText text = repositoryText(type, language);
      assertThat(LetterFonts.shared().covers(text.title() + String.join("", text.lines())))
          .as("the fonts cover %s %s", type, language)
          .isTrue();
      List<LetterText> texts =
          language.equals("en") ? List.of(text) : List.of(text, repositoryText(type, "en"));
      RenderedDocument rendered =
          renderer.render(
              new LetterContent(
                  "5b0c9f8e-6f0a-4c41-9d43-2a3c1f8e7d10",
                  REFERENCE,
                  LocalDate.of(2025, 12, 1),
                  List.of("Correspondence Office", "PO Box 1100", "Washington, DC 20001"),
                  type.equals("notice") ? "Ahmad Nouri" : null,
                  type.equals("notice") ? List.of("14 Elm Street, Apt 2") : List.of(),
                  texts));
      PdfReading.picture(rendered.pdf(), PICTURES.resolve(type + "-" + language + ".png"));

      String read = PdfReading.logicalText(rendered.pdf()).replace("\n", "");
      for (String line : text.lines()) {
        assertThat(read).as("%s %s", type, language).contains(line);
      }
      for (PdfReading.Span span : PdfReading.spans(rendered.pdf())) {
        assertThat(span.glyphs()).noneMatch(glyph -> glyph.getCharacterCodes()[0] == 0);
      }
    }
  }

  private static LetterText repositoryText(String type, String language) {
    String path = "/org/outreach/notice/templates/" + language + "/" + type + ".txt";
    try (InputStream in = LetterRenderingTest.class.getResourceAsStream(path)) {
      String filled =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("{CASE_REFERENCE}", REFERENCE)
              .replace("{PERSON_NAME}", "Ahmad Nouri")
              .replace("{A_NUMBER}", "012345678")
              .replace("{REMOVAL_HOLD_PERIOD}", "30")
              .replace("{COURT_FILING_PERIOD}", "30")
              .replace("{OUTREACH_PHONE}", "+1 202 555 0100")
              .replace("{OUTREACH_EMAIL}", "outreach@example.org")
              .replace("{NOTICE_PAGE_ADDRESS}", "https://example.org/notice");
      List<String> lines = filled.strip().lines().map(String::strip).toList();
      return new LetterText(language, "repository", lines.get(0), lines.subList(1, lines.size()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PdfReading.Span spanOf(RenderedDocument rendered, String text) {
    return PdfReading.spans(rendered.pdf()).stream()
        .filter(span -> span.actualText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line reads " + text));
  }

  /** The letter a glyph stands for, its joined (presentation) form folded to the letter. */
  private static String letter(TextPosition glyph) {
    return Normalizer.normalize(glyph.getUnicode(), Normalizer.Form.NFKC).substring(0, 1);
  }

  private static int code(TextPosition glyph) {
    return glyph.getCharacterCodes()[0];
  }

  private static Set<Integer> nominalGlyphs(String fontFile, String text) throws IOException {
    try (TrueTypeFont font = font(fontFile)) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      Set<Integer> glyphs = new HashSet<>();
      text.codePoints().forEach(c -> glyphs.add(cmap.getGlyphId(c)));
      return glyphs;
    }
  }

  private static TrueTypeFont font(String file) throws IOException {
    try (InputStream in = LetterFonts.class.getResourceAsStream("fonts/" + file)) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
  }

  static LetterContent letter(String language, boolean custody) {
    String reference = REFERENCE;
    List<LetterText> texts =
        language.equals("en")
            ? List.of(TestTexts.of("en", reference))
            : List.of(TestTexts.of(language, reference), TestTexts.of("en", reference));
    return new LetterContent(
        "L-1a2b3c4d",
        reference,
        LocalDate.of(2025, 12, 1),
        List.of("Correspondence Office", "PO Box 1100", "Washington, DC 20001"),
        custody ? null : "Ahmad Nouri",
        custody ? List.of() : List.of("14 Elm Street, Apt 2", "Springfield, IL 62704"),
        texts);
  }
}
