package org.outreach.it.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a console page as its HTML gives them, read the way a browser posts them: each
 * form's action, its fields (hidden ones with their values, typed ones, choices with their options)
 * and its submit buttons. The console's pages are well-formed XHTML written by Faces, so patterns
 * over tags are enough here.
 */
public final class HtmlForms {

  private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*?)/?>");
  private static final Pattern TEXTAREA = Pattern.compile("(?s)<textarea\\b([^>]*)>");
  private static final Pattern SELECT = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>");
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
  private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)=\"([^\"]*)\"");

  private HtmlForms() {}

  /** What a field takes. */
  public enum Kind {
    /** Sent as it came. */
    HIDDEN,
    /** Typed: text, a number, a date, a time, an address. */
    TYPED,
    /** One of its options. */
    CHOICE,
    /** Sent with its value when checked. */
    CHECK
  }

  /** A field of a form: its name, its kind, its value as given and the options of a choice. */
  public record Field(String name, Kind kind, String type, String value, List<String> options) {}

  /** A form: where it posts, whether it uploads files, its fields and its submit buttons. */
  public record Form(
      String id, String action, boolean multipart, List<Field> fields, List<Field> buttons) {

    /** Whether anything of the form is typed or chosen (a form of buttons alone only acts). */
    public boolean takesInput() {
      return fields.stream().anyMatch(f -> f.kind() == Kind.TYPED || f.kind() == Kind.CHOICE);
    }
  }

  /** The forms of a page. */
  public static List<Form> in(String html) {
    List<Form> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attributes = attributes(form.group(1));
      String body = form.group(2);
      List<Field> fields = new ArrayList<>();
      List<Field> buttons = new ArrayList<>();
      boolean files = false;
      Matcher input = INPUT.matcher(body);
      while (input.find()) {
        Map<String, String> field = attributes(input.group(1));
        String name = field.get("name");
        String type = field.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
        if (type.equals("file")) {
          files = true;
        }
        if (name == null || field.containsKey("disabled")) {
          continue;
        }
        String value = field.getOrDefault("value", "");
        switch (type) {
          case "hidden" -> fields.add(new Field(name, Kind.HIDDEN, type, value, List.of()));
          case "submit", "image" ->
              buttons.add(new Field(name, Kind.HIDDEN, type, value, List.of()));
          case "checkbox", "radio" ->
              fields.add(
                  new Field(name, Kind.CHECK, type, value.isEmpty() ? "on" : value, List.of()));
          case "button", "reset", "file" -> {}
          default -> fields.add(new Field(name, Kind.TYPED, type, value, List.of()));
        }
      }
      Matcher textarea = TEXTAREA.matcher(body);
      while (textarea.find()) {
        String name = attributes(textarea.group(1)).get("name");
        if (name != null) {
          fields.add(new Field(name, Kind.TYPED, "textarea", "", List.of()));
        }
      }
      Matcher select = SELECT.matcher(body);
      while (select.find()) {
        String name = attributes(select.group(1)).get("name");
        if (name == null) {
          continue;
        }
        List<String> options = new ArrayList<>();
        Matcher option = OPTION.matcher(select.group(2));
        while (option.find()) {
          options.add(attributes(option.group(1)).getOrDefault("value", ""));
        }
        fields.add(new Field(name, Kind.CHOICE, "select", "", options));
      }
      Matcher button = BUTTON.matcher(body);
      while (button.find()) {
        Map<String, String> field = attributes(button.group(1));
        String type = field.getOrDefault("type", "submit");
        if (field.containsKey("name") && type.equals("submit") && !field.containsKey("disabled")) {
          buttons.add(
              new Field(
                  field.get("name"),
                  Kind.HIDDEN,
                  type,
                  field.getOrDefault("value", field.get("name")),
                  List.of()));
        }
      }
      forms.add(
          new Form(
              attributes.getOrDefault("id", ""),
              attributes.getOrDefault("action", ""),
              files || "multipart/form-data".equals(attributes.get("enctype")),
              fields,
              buttons));
    }
    return forms;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.put(attribute.group(1), unescape(attribute.group(2)));
    }
    if (tag.matches("(?s).*\\sdisabled(\\s.*|/?)$") || tag.contains(" disabled ")) {
      attributes.putIfAbsent("disabled", "disabled");
    }
    return attributes;
  }

  private static String unescape(String value) {
    return value
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
