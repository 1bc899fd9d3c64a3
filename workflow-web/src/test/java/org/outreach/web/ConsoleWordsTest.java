package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every word a person reads in the console comes from a bundle, in English and in Spanish: no page
 * holds text of its own, every key a page names exists, and both languages have the same keys.
 */
class ConsoleWordsTest {

  private static final Path PAGES = Path.of("src/main/webapp");

  /**
   * Bundle base name (under src/main/resources, as a path) by the variable pages use for it, as
   * faces-config.xml declares them: a new bundle is checked as soon as it is declared.
   */
  private static final Map<String, String> BUNDLES = declaredBundles();

  /** Attributes whose value a person reads or hears. */
  private static final Set<String> SHOWN_ATTRIBUTES =
      Set.of(
          "value",
          "title",
          "headerText",
          "footerText",
          "label",
          "placeholder",
          "emptyMessage",
          "alt",
          "aria-label",
          "requiredMessage",
          "validatorMessage",
          "converterMessage",
          "itemLabel",
          "noSelectionLabel",
          "summary",
          "header",
          "message",
          "tooltip");

  /** Elements whose value is data, never shown as words. */
  private static final Set<String> DATA_ELEMENTS =
      Set.of("f:param", "f:attribute", "f:viewParam", "h:inputHidden", "f:selectItems", "f:event");

  /** Elements whose content is not text for people (styles and scripts of the page itself). */
  private static final Set<String> NOT_TEXT = Set.of("style", "script");

  private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{[^}]*}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern KEY_USE = Pattern.compile("\\b([A-Za-z]+)\\['([A-Za-z0-9_.-]+)'\\]");

  @Test
  void noPageHoldsWordsOfItsOwn() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      Document document = parse(page);
      collect(document.getDocumentElement(), PAGES.relativize(page).toString(), found);
    }
    assertThat(found).as("text outside the bundles").isEmpty();
  }

  @Test
  void everyKeyAPageNamesExistsInItsBundle() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher uses = KEY_USE.matcher(Files.readString(page));
      while (uses.find()) {
        String bundle = BUNDLES.get(uses.group(1));
        if (bundle == null) {
          continue;
        }
        if (!load(bundle + ".properties").containsKey(uses.group(2))) {
          missing.add(PAGES.relativize(page) + ": " + uses.group(1) + "['" + uses.group(2) + "']");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theConsoleDeclaresItsBundles() {
    assertThat(BUNDLES).containsKeys("msg", "taskMsg", "caseMsg");
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void spanishHasEveryEnglishKeyAndNoOther(String bundle) throws IOException {
    Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
    Set<String> spanish = new TreeSet<>(load(bundle + "_es.properties").stringPropertyNames());
    assertThat(spanish).isEqualTo(english);
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void noTextIsLeftEmptyThatShouldSaySomething(String bundle) throws IOException {
    for (String language : List.of(".properties", "_es.properties")) {
      Properties texts = load(bundle + language);
      assertThat(
              texts.stringPropertyNames().stream()
                  .filter(key -> texts.getProperty(key).isBlank())
                  .filter(key -> !key.endsWith(".guidance")))
          .as(bundle + language)
          .isEmpty();
    }
  }

  private static void collect(Element element, String page, List<String> found) {
    String name = element.getTagName();
    if (NOT_TEXT.contains(name)) {
      return;
    }
    if (!DATA_ELEMENTS.contains(name)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node attribute = attributes.item(i);
        if (SHOWN_ATTRIBUTES.contains(attribute.getNodeName())
            && holdsWords(attribute.getNodeValue())) {
          found.add(page + ": <" + name + " " + attribute.getNodeName() + "=...>");
        }
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element nested) {
        collect(nested, page, found);
      } else if (child.getNodeType() == Node.TEXT_NODE && holdsWords(child.getNodeValue())) {
        found.add(page + ": text in <" + name + ">: " + child.getNodeValue().strip());
      }
    }
  }

  /** Letters left once every expression is taken out. */
  static boolean holdsWords(String text) {
    return text != null && LETTER.matcher(EXPRESSION.matcher(text).replaceAll("")).find();
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static Document parse(Path page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    try (InputStream in = Files.newInputStream(page)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  static Stream<String> bundles() {
    return BUNDLES.values().stream().sorted();
  }

  private static Map<String, String> declaredBundles() {
    try {
      Document config = parse(PAGES.resolve("WEB-INF/faces-config.xml"));
      NodeList declared = config.getElementsByTagName("resource-bundle");
      Map<String, String> bundles = new TreeMap<>();
      for (int i = 0; i < declared.getLength(); i++) {
        Element bundle = (Element) declared.item(i);
        bundles.put(
            bundle.getElementsByTagName("var").item(0).getTextContent().strip(),
            bundle
                .getElementsByTagName("base-name")
                .item(0)
                .getTextContent()
                .strip()
                .replace('.', '/'));
      }
      return bundles;
    } catch (Exception e) {
      throw new IllegalStateException("faces-config.xml cannot be read", e);
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources").resolve(resource))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
