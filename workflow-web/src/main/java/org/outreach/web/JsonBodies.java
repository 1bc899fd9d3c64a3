package org.outreach.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import org.outreach.text.FreeText;

/**
 * Reads a REST call's JSON body; a body or a member that is not what the call needs is a {@link
 * BadParameterException} naming the member and the rule, never the value.
 */
public final class JsonBodies {

  private JsonBodies() {}

  /** The body as one JSON object. */
  public static JsonObject object(InputStream body) {
    try (JsonReader reader = Json.createReader(body)) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new BadParameterException("body: a JSON object is required");
    }
  }

  /**
   * A string member in NFC, {@code null} when absent or null; one holding a bidirectional control
   * or a control character is refused naming the rule ({@link FreeText}).
   */
  public static String text(JsonObject request, String name) {
    JsonValue value = request.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      String typed = text.getString();
      FreeText.brokenRule(typed)
          .ifPresent(
              rule -> {
                throw new BadParameterException(name + ": " + rule);
              });
      return FreeText.normalised(typed);
    }
    throw new BadParameterException(name + ": must be a string");
  }

  /** A boolean member, {@code fallback} when absent or null. */
  public static boolean flag(JsonObject request, String name, boolean fallback) {
    JsonValue value = request.get(name);
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new BadParameterException(name + ": must be true or false");
  }
}
