package org.outreach.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A step's name in the page's language, from the steps bundle by {@code <process key>.<step id>}. A
 * step the bundle lacks (a model deployed after this console) keeps its name in the model.
 */
public final class StepNames {

  private StepNames() {}

  /** The name of {@code step} of {@code process} in the language of the page being rendered. */
  public static String of(String process, String step, String modelName) {
    String key = key(process, step);
    return key != null && ConsoleTexts.has(ConsoleTexts.STEPS, key)
        ? ConsoleTexts.text(ConsoleTexts.STEPS, key)
        : modelName;
  }

  /** The name of {@code step} of {@code process} in {@code locale}. */
  public static String of(Locale locale, String process, String step, String modelName) {
    String key = key(process, step);
    return key != null && ConsoleTexts.has(locale, ConsoleTexts.STEPS, key)
        ? ConsoleTexts.text(locale, ConsoleTexts.STEPS, key)
        : modelName;
  }

  /** {@link #asJson(Locale, String)} in the language of the page being rendered. */
  public static String asJson(String process) {
    return asJson(ConsoleTexts.locale(), process);
  }

  /**
   * Every step of {@code process} the bundle names, in {@code locale}, as a JSON object from step
   * id to name: what a page hands the diagram's script to label the drawn model in its language.
   */
  public static String asJson(Locale locale, String process) {
    JsonObjectBuilder names = Json.createObjectBuilder();
    if (process != null) {
      ResourceBundle bundle = ResourceBundle.getBundle(ConsoleTexts.STEPS, locale);
      String prefix = process + ".";
      for (String key : bundle.keySet()) {
        if (key.startsWith(prefix)) {
          names.add(key.substring(prefix.length()), bundle.getString(key));
        }
      }
    }
    return names.build().toString();
  }

  private static String key(String process, String step) {
    return process == null || step == null ? null : process + "." + step;
  }
}
