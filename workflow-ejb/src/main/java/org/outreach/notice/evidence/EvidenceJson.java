package org.outreach.notice.evidence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Proof of notice as JSON for machines: the bundle's fields by their record names, times as ISO
 * 8601 instants in UTC, a field without a value left out. Version 1 of the format is named in it.
 */
public final class EvidenceJson {

  /** The format's name and version, written into every bundle. */
  public static final String FORMAT = "outreach-proof-of-notice/1";

  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private EvidenceJson() {}

  /** The bundle as UTF-8 JSON. */
  public static byte[] of(EvidenceBundle bundle) {
    JsonArrayBuilder notices = Json.createArrayBuilder();
    for (NoticeProof notice : bundle.notices()) {
      JsonObjectBuilder line = Json.createObjectBuilder();
      put(line, "kind", notice.kind().name());
      put(line, "channel", notice.channel());
      put(line, "recipientClass", notice.recipientClass().name());
      put(line, "language", notice.language());
      put(line, "templateVersion", notice.templateVersion());
      put(line, "state", notice.state());
      put(line, "created", notice.created());
      put(line, "sent", notice.sent());
      put(line, "delivered", notice.delivered());
      put(line, "handedOver", notice.handedOver());
      put(line, "bounced", notice.bounced());
      put(line, "returned", notice.returned());
      put(line, "failed", notice.failed());
      if (notice.acknowledged() != null) {
        line.add("acknowledged", notice.acknowledged());
      }
      put(line, "messageId", notice.messageId());
      put(line, "batchId", notice.batchId());
      put(line, "documentSha256", notice.documentSha256());
      put(line, "receiptSha256", notice.receiptSha256());
      notices.add(line);
    }
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("caseReference", bundle.caseReference())
            .add("generatedAt", bundle.generatedAt().toString())
            .add("generatedBy", bundle.generatedBy())
            .add("purpose", bundle.purpose().name())
            .add("notices", notices);
    StringWriter out = new StringWriter();
    try (JsonWriter writer = WRITERS.createWriter(out)) {
      writer.writeObject(root.build());
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void put(JsonObjectBuilder line, String name, String value) {
    if (value != null) {
      line.add(name, value);
    }
  }

  private static void put(JsonObjectBuilder line, String name, Instant value) {
    if (value != null) {
      line.add(name, value.toString());
    }
  }
}
