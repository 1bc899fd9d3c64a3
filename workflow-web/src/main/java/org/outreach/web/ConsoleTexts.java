package org.outreach.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's words for Java code (messages after an action), from the same bundles the pages
 * use, in the language of the page being rendered.
 */
public final class ConsoleTexts {

  /** The frame, login and shared words ({@code msg} in pages). */
  public static final String CONSOLE = "i18n.console";

  /** Task names, guidance, outcomes and teams ({@code taskMsg} in pages). */
  public static final String TASKS = "i18n.tasks";

  /** A case and its person: parts of a record, states, channels, events ({@code caseMsg}). */
  public static final String CASES = "i18n.cases";

  /** The administrators' pages ({@code adminMsg}). */
  public static final String ADMIN = "i18n.admin";

  /** The public notice page ({@code noticeMsg}). */
  public static final String NOTICE = "i18n.notice";

  /** The dashboard and the failed steps ({@code dashMsg} in pages). */
  public static final String DASHBOARD = "i18n.dashboard";

  /**
   * The steps of the processes by {@code <process key>.<step id>}, named as in the models ({@code
   * stepMsg}).
   */
  public static final String STEPS = "i18n.steps";

  private ConsoleTexts() {}

  /** The text of {@code key}, with {@code {0}}-style arguments filled in. */
  public static String text(String bundle, String key, Object... arguments) {
    return text(locale(), bundle, key, arguments);
  }

  /**
   * The text of {@code key} from the first of {@code bundles} that has it, for words a service
   * names by key without knowing which screen's bundle holds them.
   *
   * @throws IllegalStateException if none has it
   */
  public static String firstText(String key, String... bundles) {
    Locale locale = locale();
    for (String bundle : bundles) {
      ResourceBundle texts = ResourceBundle.getBundle(bundle, locale);
      if (texts.containsKey(key)) {
        return texts.getString(key);
      }
    }
    throw new IllegalStateException("No text " + key + " in " + String.join(", ", bundles));
  }

  /** Whether {@code bundle} has a text for {@code key}. */
  public static boolean has(String bundle, String key) {
    return has(locale(), bundle, key);
  }

  /** Whether {@code bundle} has a text for {@code key} in {@code locale}. */
  public static boolean has(Locale locale, String bundle, String key) {
    return ResourceBundle.getBundle(bundle, locale).containsKey(key);
  }

  /** The text of {@code key} in {@code locale}, for words built outside a page's request. */
  public static String text(Locale locale, String bundle, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No text " + key + " in " + bundle, e);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** Adds a message for the whole page (not a field) in the page's language. */
  public static void say(
      FacesMessage.Severity severity, String bundle, String key, Object... args) {
    String text = text(bundle, key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /**
   * Adds an error beside the field with client id {@code field}, in the page's language, and marks
   * the request as failed validation (so a field can say it is invalid).
   */
  public static void sayAt(String field, String bundle, String key, Object... args) {
    String text = text(bundle, key, args);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  /** The language of the page being rendered; English outside a page's request. */
  static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      return faces.getViewRoot().getLocale();
    }
    return Locale.ENGLISH;
  }
}
