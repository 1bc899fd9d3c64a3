package org.outreach.notice.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.outreach.audit.AccessPurpose;
import org.outreach.notice.evidence.NoticeProof.Kind;
import org.outreach.notice.letters.PdfReading;
import org.outreach.recipients.RecipientClass;

class EvidencePdfTest {

  private static final String SHA_TEXT = "a".repeat(32) + "0123456789abcdef".repeat(2);
  private static final String SHA_RECEIPT = "f".repeat(64);
  private static final String SHA_JSON = "0".repeat(63) + "1";
  private static final String MESSAGE_ID =
      "<8e390fb1-1545-4337-b003-091e44b07fae.notice@outreach.test>";

  @Test
  void everyNoticeIsARowWithItsIdentifiersHashesAndTimesAndTheJsonsHashIsQuoted()
      throws IOException {
    Instant created = Instant.parse("2026-12-01T09:00:00Z");
    EvidenceBundle bundle =
        new EvidenceBundle(
            "OC-7K2M-9QXD",
            Instant.parse("2026-12-03T18:00:00Z"),
            "it-sam",
            AccessPurpose.OVERSIGHT_REQUEST,
            List.of(
                proof(Kind.EMAIL, "EMAIL", "SENT", created, MESSAGE_ID, null, SHA_TEXT, null, null),
                proof(Kind.LETTER, "POST", "MAILED", created, null, "b-1", SHA_TEXT, null, null),
                proof(
                    Kind.HAND_DELIVERY,
                    "HAND_DELIVERY",
                    "RECEIPT_SIGNED",
                    created,
                    null,
                    null,
                    null,
                    SHA_RECEIPT,
                    null),
                proof(Kind.REPLY, "PHONE", "RECEIVED", created, null, null, null, null, true)));

    byte[] pdf = EvidencePdf.render(bundle, SHA_JSON);
    PdfReading.picture(pdf, Path.of("target", "evidence", "proof-of-notice.png"));

    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text.replaceAll("\\s+", " "))
        .contains("Proof of notice: case OC-7K2M-9QXD")
        .contains("for it-sam, purpose OVERSIGHT_REQUEST. 4 record(s).")
        .contains("RECEIPT_SIGNED")
        .contains("acknowledged")
        .contains("sent 2026-12-01 09:05:00 UTC");
    // identifiers and hashes may wrap inside their cells; none is cut short or left out
    assertThat(text.replaceAll("\\s+", ""))
        .contains(MESSAGE_ID)
        .contains(SHA_TEXT)
        .contains(SHA_RECEIPT)
        .contains(SHA_JSON);
  }

  private static NoticeProof proof(
      Kind kind,
      String channel,
      String state,
      Instant created,
      String messageId,
      String batchId,
      String documentSha,
      String receiptSha,
      Boolean acknowledged) {
    NoticeProof.Builder proof =
        NoticeProof.of(kind, channel, RecipientClass.PERSON)
            .text("es", "v-2026-11")
            .state(state)
            .created(created)
            .messageId(messageId)
            .batchId(batchId)
            .hashes(documentSha, receiptSha);
    if (kind == Kind.EMAIL) {
      proof.sent(created.plusSeconds(300));
    }
    if (kind == Kind.HAND_DELIVERY) {
      proof.handedOver(created);
    }
    if (acknowledged != null) {
      proof.acknowledged(acknowledged);
    }
    return proof.build();
  }
}
