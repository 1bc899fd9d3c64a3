package org.outreach.notice.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreach.cases.CaseReference;

class SafeWordingTest {

  private static final SafeWording LIST = SafeWording.fromRepository();

  @Test
  void theListCoversEveryLanguageNoticesAreKeptIn() {
    Set<String> sections =
        LIST.words().stream().map(SafeWording.Word::language).collect(Collectors.toSet());

    for (TemplateLanguage language : TemplateLanguage.values()) {
      assertThat(sections).as("a section for %s", language).contains(language.code());
    }
  }

  @Test
  void everyWordOfTheListIsFoundInsideASentence() {
    for (SafeWording.Word word : LIST.words()) {
      String sentence = "Hello, about " + word.written() + "s and more.";

      assertThat(LIST.allIn(sentence))
          .as("%s (%s)", word.written(), word.language())
          .contains(word);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "English inflection and case | Families DEPORTED last year",
        "Spanish accent dropped | la deportacion de su familia",
        "Spanish accent kept | una solicitud de asilo político",
        "French accents and case | Vous avez été DÉTENU",
        "Portuguese cedilla | pedido de proteção",
        "Haitian Creole | yo te depòte l",
        "Russian inflection | лагерь для беженцев",
        "Russian capitals | ДЕПОРТАЦИЯ",
        "Russian word start | о пытках",
        "Chinese within a word | 他们住在难民营里",
        "Arabic with article | مخيم اللاجئين",
        "Arabic with vowel marks | طَلَبُ لُجُوءٍ",
        "Arabic hamza seat written plain | طلب لجوء",
        "Persian with joiner | پناهنده\u200cها",
        "Persian kaf and yeh in Arabic form | شكنجه شدند",
        "Pashto | کډوالو ته",
        "Tigrinya | ሓተታ ዑቕባ",
        "Lingala | bakimi ya mboka",
        "Hindi | शरणार्थी शिविर",
        "Hindi nukta written apart | नज\u093Cरबंदी",
        "Punjabi nukta precomposed | ਸ਼ਰਨਾਰਥੀ",
        "Turkish dotted capital | İLTİCA başvurusu",
        "Turkish suffixes | mültecilere yardım",
        "Turkish phrase | sınır  dışı edildi",
        "soft hyphen inside | de\u00ADport"
      })
  void inflectedFormsScriptsAndVariantsAreFound(String what, String text) {
    assertThat(LIST.firstIn(text)).as(what).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "English | We have an important letter for you.",
        "Hindi water is not jail | जल्दी पानी जल",
        "Russian attempt is not torture | попытка и опыт",
        "Spanish | Tenemos una carta importante para usted."
      })
  void ordinaryWordsAreNotFound(String what, String text) {
    assertThat(LIST.allIn(text)).as(what).isEmpty();
  }

  @Test
  void noCaseReferenceCanHoldAWord() {
    // the reference's alphabet has no I, L, O or U, and it is split every four characters
    for (int i = 0; i < 20_000; i++) {
      String reference = CaseReference.random().value();
      assertThat(LIST.firstIn(reference)).as(reference).isEmpty();
    }
  }

  @Test
  void foldingMakesVariantsEqual() {
    assertThat(SafeWording.fold("  Déporté\u200C  ÉTÉ ")).isEqualTo("deporte ete");
    assertThat(SafeWording.fold("إبعاد")).isEqualTo(SafeWording.fold("ابعاد"));
    assertThat(SafeWording.fold("یک")).isEqualTo(SafeWording.fold("يك"));
    assertThat(SafeWording.fold("حمايـــة")).isEqualTo(SafeWording.fold("حمايه"));
    assertThat(SafeWording.fold("İstanbul ılık")).isEqualTo("istanbul ilik");
    assertThat(SafeWording.fold("जेल")).isNotEqualTo(SafeWording.fold("जल"));
  }

  @Test
  void aListWithAnEntryOutsideASectionOrTooShortIsRefused() {
    assertThatThrownBy(() -> SafeWording.parse("asylum\n"))
        .hasMessageContaining("line 1")
        .hasMessageContaining("before any [language]");
    assertThatThrownBy(() -> SafeWording.parse("# words\n[en]\nx\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("short");
  }
}
