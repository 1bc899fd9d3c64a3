package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The failed steps and processes pages name every step of every model in English and Spanish: the
 * steps bundle has each named flow node of each model, the English name is the model's own, and no
 * name is kept for a step no model has.
 */
class StepNamesTest {

  private static final Path MODELS = Path.of("../processes/src/main/resources");
  private static final Path BUNDLES = Path.of("src/main/resources/i18n");
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** The BPMN elements that are flow nodes: the steps an instance waits or fails at. */
  private static final Set<String> FLOW_NODES =
      Set.of(
          "task",
          "userTask",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "scriptTask",
          "businessRuleTask",
          "manualTask",
          "callActivity",
          "subProcess",
          "transaction",
          "adHocSubProcess",
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent",
          "exclusiveGateway",
          "inclusiveGateway",
          "parallelGateway",
          "eventBasedGateway",
          "complexGateway");

  /** Each named step's name in its model, whitespace collapsed, by {@code <process>.<step>}. */
  private static final Map<String, String> MODEL_NAMES = modelNames();

  @Test
  void everyModelOfTheCampaignIsRead() {
    assertThat(MODEL_NAMES.keySet().stream().map(key -> key.substring(0, key.indexOf('.'))))
        .contains(
            "outreach",
            "locate-person",
            "deliver-notice",
            "court-access",
            "custody-review",
            "return-travel");
  }

  @Test
  void everyNamedStepHasANameInBothLanguages() throws IOException {
    assertThat(load("steps.properties").stringPropertyNames()).containsAll(MODEL_NAMES.keySet());
    assertThat(load("steps_es.properties").stringPropertyNames()).containsAll(MODEL_NAMES.keySet());
  }

  @Test
  void theEnglishNameIsTheModelsOwn() throws IOException {
    Properties english = load("steps.properties");
    MODEL_NAMES.forEach(
        (key, name) -> assertThat(english.getProperty(key)).as(key).isEqualTo(name));
  }

  @Test
  void noNameIsKeptForAStepNoModelHas() throws IOException {
    for (String bundle : List.of("steps.properties", "steps_es.properties")) {
      assertThat(load(bundle).stringPropertyNames()).as(bundle).isSubsetOf(MODEL_NAMES.keySet());
    }
  }

  @Test
  void everySpanishNameIsWrittenInSpanish() throws IOException {
    Properties english = load("steps.properties");
    Properties spanish = load("steps_es.properties");
    for (String key : MODEL_NAMES.keySet()) {
      assertThat(spanish.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.get(key));
    }
  }

  @Test
  void aStepIsNamedInThePagesLanguage() {
    assertThat(StepNames.of(Locale.ENGLISH, "deliver-notice", "Task_CallPerson", "Call the person"))
        .isEqualTo("Call the person");
    assertThat(
            StepNames.of(
                Locale.forLanguageTag("es"),
                "deliver-notice",
                "Task_CallPerson",
                "Call the person"))
        .isEqualTo("Llamar a la persona");
  }

  @Test
  void aStepTheBundleLacksKeepsItsNameInTheModel() {
    Locale spanish = Locale.forLanguageTag("es");
    assertThat(StepNames.of(spanish, "it-failing-step", "Task_LoadFacts", "Load the case's facts"))
        .isEqualTo("Load the case's facts");
    assertThat(StepNames.of(spanish, "outreach", "Task_AddedLater", "Task_AddedLater"))
        .isEqualTo("Task_AddedLater");
    assertThat(StepNames.of(spanish, null, "Task_CallPerson", "Call the person"))
        .isEqualTo("Call the person");
  }

  @Test
  void aProcessesNamesForItsDiagramAreEveryStepOfItAndNoOther() {
    Locale spanish = Locale.forLanguageTag("es");
    jakarta.json.JsonObject names;
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(
            new java.io.StringReader(StepNames.asJson(spanish, "locate-person")))) {
      names = reader.readObject();
    }
    Map<String, String> expected = new TreeMap<>();
    MODEL_NAMES.forEach(
        (key, name) -> {
          if (key.startsWith("locate-person.")) {
            expected.put(
                key.substring("locate-person.".length()),
                StepNames.of(spanish, "locate-person", key.substring(14), name));
          }
        });
    assertThat(expected).isNotEmpty();
    assertThat(names.keySet()).isEqualTo(expected.keySet());
    expected.forEach((step, name) -> assertThat(names.getString(step)).isEqualTo(name));
    assertThat(names.getString("Task_LookupWhereabouts"))
        .isEqualTo("Consultar el paradero en el registro");
    assertThat(StepNames.asJson(spanish, null)).isEqualTo("{}");
  }

  private static Map<String, String> modelNames() {
    Map<String, String> names = new TreeMap<>();
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path model : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        NodeList processes = parse(model).getElementsByTagNameNS(BPMN, "process");
        for (int i = 0; i < processes.getLength(); i++) {
          Element process = (Element) processes.item(i);
          collect(process.getAttribute("id"), process, names);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("the models in " + MODELS + " cannot be read", e);
    }
    return names;
  }

  /** The named flow nodes inside {@code element}, sub-processes' own nodes included. */
  private static void collect(String process, Element element, Map<String, String> names) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child && BPMN.equals(child.getNamespaceURI())) {
        String name = child.getAttribute("name").strip().replaceAll("\\s+", " ");
        if (FLOW_NODES.contains(child.getLocalName()) && !name.isEmpty()) {
          String key = process + "." + child.getAttribute("id");
          if (names.put(key, name) != null) {
            throw new IllegalStateException("two steps " + key);
          }
        }
        collect(process, child, names);
      }
    }
  }

  private static Document parse(Path model) {
    try (InputStream in = Files.newInputStream(model)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IllegalStateException(model + " is not a readable model", e);
    }
  }

  private static Properties load(String bundle) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
