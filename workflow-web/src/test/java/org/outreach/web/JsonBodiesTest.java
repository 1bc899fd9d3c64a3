package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  @Test
  void aStringMemberIsComposed() {
    JsonObject body = Json.createObjectBuilder().add("note", "Jose\u0301").build();

    assertThat(JsonBodies.text(body, "note")).isEqualTo("Jos\u00E9");
    assertThat(JsonBodies.text(body, "absent")).isNull();
  }

  @Test
  void aBidirectionalControlIsRefusedNamingTheMemberAndTheRuleButNotTheValue() {
    JsonObject body = Json.createObjectBuilder().add("note", "Amina \u202Eroon").build();

    assertThatThrownBy(() -> JsonBodies.text(body, "note"))
        .isInstanceOf(BadParameterException.class)
        .hasMessageStartingWith("note: must not contain bidirectional control characters")
        .hasMessageNotContaining("Amina");
  }

  @Test
  void aControlCharacterIsRefused() {
    JsonObject body = Json.createObjectBuilder().add("facility", "a\u0000b").build();

    assertThatThrownBy(() -> JsonBodies.text(body, "facility"))
        .hasMessage("facility: must not contain control characters");
  }
}
