package org.outreach.notice.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The texts kept in the repository, {@code <language>/<type>.txt} beside this class: the drafts a
 * server seeds when it starts. Each is checked by {@link TemplateRules} against its type and the
 * type's English text.
 */
final class RepositoryTexts {

  /** One text as the repository holds it, canonical, with what is wrong with it. */
  record Seed(TemplateType type, TemplateLanguage language, String text, List<String> problems) {

    boolean acceptable() {
      return problems.isEmpty();
    }
  }

  private RepositoryTexts() {}

  /** Every text of every type in each of its languages; a missing one is a seed with a problem. */
  static List<Seed> all() {
    return all(SafeWording.fromRepository());
  }

  static List<Seed> all(SafeWording words) {
    List<Seed> seeds = new ArrayList<>();
    for (TemplateType type : TemplateType.values()) {
      Set<Placeholder> english =
          read(type, TemplateLanguage.EN).map(text -> parsedPlaceholders(text)).orElse(Set.of());
      for (TemplateLanguage language : type.languages()) {
        Optional<String> text = read(type, language);
        seeds.add(
            text.map(
                    t ->
                        new Seed(
                            type,
                            language,
                            t,
                            TemplateRules.problems(type, language, t, english, words)))
                .orElseGet(
                    () -> new Seed(type, language, null, List.of("the repository has no text"))));
      }
    }
    return seeds;
  }

  /** The canonical text of a type in a language, if the repository has one. */
  static Optional<String> read(TemplateType type, TemplateLanguage language) {
    String name = language.code() + "/" + type.resourceName() + ".txt";
    try (InputStream in = RepositoryTexts.class.getResourceAsStream(name)) {
      return in == null
          ? Optional.empty()
          : Optional.of(
              TemplateText.canonical(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<Placeholder> parsedPlaceholders(String text) {
    try {
      return TemplateText.parse(text).placeholders();
    } catch (NoticeTextException e) {
      return Set.of();
    }
  }
}
