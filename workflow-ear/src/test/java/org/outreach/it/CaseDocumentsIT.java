package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditTrail;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.UnknownCaseException;
import org.outreach.documents.CaseDocuments;
import org.outreach.documents.DocumentContent;
import org.outreach.documents.DocumentKind;
import org.outreach.documents.DocumentReEncryption;
import org.outreach.documents.DocumentRules;
import org.outreach.documents.DocumentView;
import org.outreach.documents.UnknownDocumentException;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.DataKeysProperty;
import org.outreach.it.support.DatabaseDump;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.LeakScan;
import org.outreach.it.support.LoggedIn;
import org.outreach.it.support.RawHttp;
import org.outreach.it.support.TestStaff;
import org.outreach.processes.Teams;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * A case's documents on the real server and database: uploaded over REST by staff who may see the
 * case, checked by content, stored encrypted, downloaded identical and audited; refused with the
 * rule named and nothing written; invisible (404) to anyone else; re-sealed by a key rotation.
 */
@ExtendWith(ArquillianExtension.class)
class CaseDocumentsIT {

  private static final String FILES = "documents/";
  private static final List<String> RESOURCES =
      List.of(
          "receipt.pdf",
          "receipt-template.pdf",
          "receipt.jpg",
          "receipt.png",
          "program-renamed.pdf",
          "notes-renamed.png");

  private static final String PASSWORD = "it-documents-password-0123";

  /** In the team the case's first task (locating the person) is offered to. */
  private static final String CASEWORKER = "it-doc-carmen";

  /** In another team: the case is none of theirs. */
  private static final String OTHER_CASEWORKER = "it-doc-omar";

  private static final String SUPERVISOR = "it-doc-sam";
  private static final String ADMIN = "it-doc-ada";
  private static final String PLACEHOLDER = "X".repeat(32);

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.outreachWithTests(CaseDocumentsIT.class);
    WebArchive tests =
        ear.getAsType(WebArchive.class, "outreach-it.war").addClasses(LeakScan.class);
    Path files = Path.of("..", "workflow-ejb", "src", "test", "resources", "documents");
    for (String name : RESOURCES) {
      tests.addAsResource(new File(files.toFile(), name), FILES + name);
    }
    return ear;
  }

  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;
  @Inject UserAdministration users;
  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject TaskService taskService;
  @Inject CaseDocuments documents;
  @Inject DocumentReEncryption documentReEncryption;
  @Inject KeyAdministration keys;
  @Inject AuditTrail auditTrail;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  /** A case of a registered person, with its locate task offered to the caseworker's team. */
  private static UUID caseId;

  private static UUID personId;

  @BeforeEach
  void aCaseWithATaskForTheCaseworkersTeam() throws Exception {
    if (caseId != null) {
      return;
    }
    asAdmin.run(
        () -> {
          account(CASEWORKER, Role.CASEWORKER, Teams.LOCATE);
          account(OTHER_CASEWORKER, Role.CASEWORKER, Teams.DETENTION);
          account(SUPERVISOR, Role.SUPERVISOR, Teams.SUPERVISORS);
          account(ADMIN, Role.ADMIN, null);
        });
    NewAffectedPerson person =
        new NewAffectedPerson(
            "Documento",
            "Receipt",
            List.of(),
            LocalDate.of(1990, 6, 1),
            "GT",
            String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999)),
            List.of("es"),
            CustodyStatus.UNKNOWN);
    personId = asAdmin.call(() -> registry.register(person));
    UUID opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId)).id();
    Eventually.await(
        "the case's first task offered to " + Teams.LOCATE,
        () ->
            taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(opened.toString())
                    .taskCandidateGroup(Teams.LOCATE)
                    .count()
                > 0);
    caseId = opened;
  }

  private void account(String username, Role role, String team) {
    TestStaff.ensure(users, username, PASSWORD, role, team == null ? Set.of() : Set.of(team));
  }

  // ---- the happy path ----

  @Test
  void aRealPdfIsStoredEncryptedAndDownloadedIdenticalByThoseWhoMaySeeTheCase() throws Exception {
    String marker = marker();
    byte[] pdf = receiptWith(marker);
    HttpClient caseworker = session(CASEWORKER);

    HttpResponse<String> uploaded =
        upload(caseworker, caseId, "HAND_DELIVERY_RECEIPT", "application/pdf", pdf);

    assertThat(uploaded.statusCode()).isEqualTo(201);
    JsonObject stored = json(uploaded.body());
    UUID documentId = UUID.fromString(stored.getString("id"));
    assertThat(stored.getString("caseId")).isEqualTo(caseId.toString());
    assertThat(stored.getString("kind")).isEqualTo("HAND_DELIVERY_RECEIPT");
    assertThat(stored.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(stored.getJsonNumber("sizeBytes").longValue()).isEqualTo(pdf.length);
    assertThat(stored.getString("sha256")).isEqualTo(sha256(pdf));
    assertThat(stored.getString("uploadedBy")).isEqualTo(CASEWORKER);
    assertThat(uploaded.headers().firstValue("Location").orElse(""))
        .endsWith("/outreach/api/documents/" + documentId);
    assertThat(uploaded.body()).doesNotContain(marker);

    HttpResponse<byte[]> byCaseworker = download(caseworker, documentId, "CASEWORK");
    HttpResponse<byte[]> bySupervisor = download(session(SUPERVISOR), documentId, "SUPERVISION");

    for (HttpResponse<byte[]> download : List.of(byCaseworker, bySupervisor)) {
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(pdf);
      assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
      assertThat(download.headers().firstValue("Content-Disposition"))
          .contains("attachment; filename=\"" + documentId + ".pdf\"");
      assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
      assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
    assertThat(documentEvents(documentId))
        .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::purpose)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.STORE_DOCUMENT, CASEWORKER, AccessPurpose.CASEWORK),
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.READ_DOCUMENT, CASEWORKER, AccessPurpose.CASEWORK),
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.READ_DOCUMENT, SUPERVISOR, AccessPurpose.SUPERVISION));
    assertThat(documentEvents(documentId))
        .allSatisfy(event -> assertThat(event.caseId()).isEqualTo(caseId));

    // at rest: the content under the current key, and no trace of it in any table or file
    byte[] sealed = sealedContent(documentId);
    String currentKey = asAdmin.call(() -> keys.keyIds().current());
    assertThat(new String(sealed, 0, 4 + currentKey.length(), StandardCharsets.US_ASCII))
        .isEqualTo("v1:" + currentKey + ":");
    String dump = DatabaseDump.of(dataSource);
    if (DatabaseDump.usesPgDump(dataSource)) {
      assertThat(dump).contains("-- pg_dump");
    }
    assertThat(DatabaseDump.tablesIn(dump)).anyMatch(table -> table.contains("case_document"));
    if (binaryColumnsInHex(dump)) {
      // the dump holds the stored content itself (as hex), so the marker's absence means something
      assertThat(holdsHex(dump, hex(sealed, 24, 56))).isTrue();
    }
    assertThat(LeakScan.foundIn(dump, marker)).as("forms of the marker in the database").isEmpty();
    // everything the server writes lives under its base directory: data, logs, temporary files
    Path server = Path.of(System.getProperty("jboss.server.base.dir"));
    Path canary =
        Path.of(System.getProperty("jboss.server.temp.dir"), "it-canary-" + UUID.randomUUID());
    Files.writeString(canary, "..." + hex(marker.getBytes(StandardCharsets.US_ASCII)) + "...");
    try {
      assertThat(LeakScan.filesHolding(server, marker))
          .as("the scan finds a copy")
          .containsExactly(canary);
    } finally {
      Files.delete(canary);
    }
    assertThat(LeakScan.filesHolding(server, marker))
        .as("files under %s holding the marker", server)
        .isEmpty();
  }

  @Test
  void theContentAloneDecidesTheTypeAndTheListShowsNoContent() throws Exception {
    HttpClient supervisor = session(SUPERVISOR);
    byte[] png = resource("receipt.png");
    byte[] jpeg = resource("receipt.jpg");

    // the header says JPEG, the content is a PNG: stored as what it is
    HttpResponse<String> pngAsJpeg = upload(supervisor, caseId, "COURT_FILING", "image/jpeg", png);
    HttpResponse<String> jpegUpload =
        upload(supervisor, caseId, "hand_delivery_receipt", "image/jpeg", jpeg);

    assertThat(pngAsJpeg.statusCode()).isEqualTo(201);
    assertThat(json(pngAsJpeg.body()).getString("mediaType")).isEqualTo("image/png");
    assertThat(jpegUpload.statusCode()).isEqualTo(201);
    assertThat(json(jpegUpload.body()).getString("mediaType")).isEqualTo("image/jpeg");
    String pngId = json(pngAsJpeg.body()).getString("id");
    HttpResponse<byte[]> download = download(supervisor, UUID.fromString(pngId), "SUPERVISION");
    assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"" + pngId + ".png\"");

    HttpResponse<String> list =
        session(CASEWORKER)
            .send(
                HttpRequest.newBuilder(api("cases/" + caseId + "/documents")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains(pngId)
        .contains(json(jpegUpload.body()).getString("id"))
        .contains(sha256(png));
    assertThat(documentEvents(UUID.fromString(pngId)))
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.STORE_DOCUMENT, AuditAction.READ_DOCUMENT);
  }

  // ---- refusals: the rule named, nothing written ----

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimitNamedBeforeItIsSentAndNothingIsWritten()
      throws Exception {
    long documentsBefore = count("case_document");
    long eventsBefore = eventsByCaseworker();
    long twentyMebibytes = 20L * 1024 * 1024;
    String limit = "the file is larger than the limit of 10485760 bytes (10 MiB)";

    // announced: answered from the head alone, none of the body sent
    String[] announced =
        RawHttp.announce(
            BasicHttp.authorization(CASEWORKER, PASSWORD),
            "POST",
            "api/cases/" + caseId + "/documents?kind=HAND_DELIVERY_RECEIPT",
            "application/pdf",
            twentyMebibytes);
    // one byte over, announced: the limit is the limit
    String[] oneByteOver =
        RawHttp.announce(
            BasicHttp.authorization(CASEWORKER, PASSWORD),
            "POST",
            "api/cases/" + caseId + "/documents?kind=HAND_DELIVERY_RECEIPT",
            "application/pdf",
            DocumentRules.MAX_BYTES + 1);
    // streamed without a length: read up to the limit and no further
    byte[] twenty = new byte[(int) twentyMebibytes];
    byte[] pdf = resource("receipt.pdf");
    System.arraycopy(pdf, 0, twenty, 0, pdf.length);
    HttpResponse<String> streamed =
        session(CASEWORKER)
            .send(
                HttpRequest.newBuilder(
                        api("cases/" + caseId + "/documents?kind=HAND_DELIVERY_RECEIPT"))
                    .header("Content-Type", "application/pdf")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(twenty)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(announced[0]).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    assertThat(json(announced[1]).getString("detail")).isEqualTo(limit);
    assertThat(oneByteOver[0]).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    assertThat(streamed.statusCode()).isEqualTo(413);
    assertThat(streamed.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(json(streamed.body()).getString("detail")).isEqualTo(limit);
    assertThat(count("case_document")).isEqualTo(documentsBefore);
    assertThat(eventsByCaseworker()).isEqualTo(eventsBefore);
  }

  @Test
  void aRenamedExecutableAnEmptyFileAndOthersNotWhatTheyClaimAreRefusedNamingTheRule()
      throws Exception {
    HttpClient caseworker = session(CASEWORKER);
    long documentsBefore = count("case_document");
    long eventsBefore = eventsByCaseworker();
    byte[] pdf = resource("receipt.pdf");

    HttpResponse<String> executable =
        upload(
            caseworker,
            caseId,
            "HAND_DELIVERY_RECEIPT",
            "application/pdf",
            resource("program-renamed.pdf"));
    HttpResponse<String> empty =
        upload(caseworker, caseId, "HAND_DELIVERY_RECEIPT", "application/pdf", new byte[0]);
    HttpResponse<String> text =
        upload(caseworker, caseId, "COURT_FILING", "image/png", resource("notes-renamed.png"));
    HttpResponse<String> cutOff =
        upload(
            caseworker,
            caseId,
            "COURT_FILING",
            "application/pdf",
            Arrays.copyOf(pdf, pdf.length / 2));
    HttpResponse<String> wrongHeader =
        upload(caseworker, caseId, "COURT_FILING", "application/x-www-form-urlencoded", pdf);
    HttpResponse<String> renderedKind =
        upload(caseworker, caseId, "LETTER", "application/pdf", pdf);

    assertThat(executable.statusCode()).isEqualTo(422);
    assertThat(json(executable.body()).getString("detail"))
        .isEqualTo(
            "the file is not a PDF, JPEG or PNG file (its content was checked, not its name or"
                + " declared type)");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(json(empty.body()).getString("detail")).isEqualTo("the file is empty");
    assertThat(text.statusCode()).isEqualTo(422);
    assertThat(text.body()).doesNotContain("Receipt handed over");
    assertThat(cutOff.statusCode()).isEqualTo(422);
    assertThat(json(cutOff.body()).getString("detail"))
        .startsWith("the file begins as a PDF file but is not a complete, well-formed one: ");
    assertThat(wrongHeader.statusCode()).isEqualTo(415);
    assertThat(json(wrongHeader.body()).getString("detail")).startsWith("Content-Type: must be");
    assertThat(renderedKind.statusCode()).isEqualTo(400);
    assertThat(json(renderedKind.body()).getString("detail"))
        .isEqualTo("kind: must be HAND_DELIVERY_RECEIPT or COURT_FILING");
    assertThat(count("case_document")).isEqualTo(documentsBefore);
    assertThat(eventsByCaseworker()).isEqualTo(eventsBefore);
  }

  @Test
  void aRefusedFileInsideTheCallersTransactionRollsItBackWhole() throws Exception {
    long documentsBefore = count("case_document");

    // a form completing a task stores the receipt in its own transaction: a good file stored
    // first, then a bad one, leaves neither
    assertThatThrownBy(
            () ->
                asSupervisor.call(
                    () -> {
                      documents.store(
                          caseId,
                          DocumentKind.HAND_DELIVERY_RECEIPT,
                          new ByteArrayInputStream(resource("receipt.png")));
                      return documents.store(
                          caseId,
                          DocumentKind.HAND_DELIVERY_RECEIPT,
                          new ByteArrayInputStream(new byte[0]));
                    }))
        .hasMessage("the file is empty");

    assertThat(count("case_document")).isEqualTo(documentsBefore);
  }

  // ---- who may see what ----

  @Test
  void theCaseItselfIsReadOnlyByAnotherTeamsCaseworkerAsAnUnknownId() throws Exception {
    UUID unknownCase = UUID.randomUUID();
    HttpClient other = session(OTHER_CASEWORKER);

    HttpResponse<String> hidden = readCase(other, caseId);
    HttpResponse<String> unknown = readCase(other, unknownCase);
    HttpResponse<String> own = readCase(session(CASEWORKER), caseId);
    HttpResponse<String> supervised = readCase(session(SUPERVISOR), caseId, "SUPERVISION");

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(hidden.body().replace(caseId.toString(), "{id}"))
        .isEqualTo(unknown.body().replace(unknownCase.toString(), "{id}"));
    assertThat(hidden.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(json(own.body()).getString("id")).isEqualTo(caseId.toString());
    assertThat(own.body()).doesNotContain("Documento");
    assertThat(supervised.statusCode()).isEqualTo(200);
    assertThat(supervised.body()).contains("Documento");
  }

  private static HttpResponse<String> readCase(HttpClient client, UUID id)
      throws IOException, InterruptedException {
    return readCase(client, id, "CASEWORK");
  }

  private static HttpResponse<String> readCase(HttpClient client, UUID id, String purpose)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(api("cases/" + id + "?purpose=" + purpose)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aCallerWhoMayNotSeeTheCaseGetsExactlyTheAnswerForAnUnknownId() throws Exception {
    DocumentView document =
        LoggedIn.as(
            CASEWORKER,
            PASSWORD,
            () ->
                documents.store(
                    caseId,
                    DocumentKind.HAND_DELIVERY_RECEIPT,
                    new ByteArrayInputStream(resource("receipt.pdf"))));
    UUID unknownDocument = UUID.randomUUID();
    UUID unknownCase = UUID.randomUUID();
    HttpClient other = session(OTHER_CASEWORKER);
    long documentsBefore = count("case_document");

    HttpResponse<byte[]> hidden = download(other, document.id(), "CASEWORK");
    HttpResponse<byte[]> unknown = download(other, unknownDocument, "CASEWORK");
    HttpResponse<String> hiddenList =
        other.send(
            HttpRequest.newBuilder(api("cases/" + caseId + "/documents")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> unknownList =
        other.send(
            HttpRequest.newBuilder(api("cases/" + unknownCase + "/documents")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> hiddenUpload =
        upload(other, caseId, "HAND_DELIVERY_RECEIPT", "application/pdf", resource("receipt.pdf"));

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(text(hidden).replace(document.id().toString(), "{id}"))
        .isEqualTo(text(unknown).replace(unknownDocument.toString(), "{id}"))
        .contains("No document {id}");
    assertThat(hiddenList.statusCode()).isEqualTo(404);
    assertThat(hiddenList.body().replace(caseId.toString(), "{id}"))
        .isEqualTo(unknownList.body().replace(unknownCase.toString(), "{id}"));
    assertThat(hiddenUpload.statusCode()).isEqualTo(404);
    assertThat(count("case_document")).isEqualTo(documentsBefore);
    assertThat(documentEvents(document.id()))
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.STORE_DOCUMENT);
    // the service says the same to the other team, and to nobody at all
    assertThatThrownBy(
            () ->
                LoggedIn.as(
                    OTHER_CASEWORKER,
                    PASSWORD,
                    () -> documents.read(document.id(), AccessPurpose.CASEWORK)))
        .isInstanceOf(UnknownDocumentException.class)
        .hasMessage("No document " + document.id());
    assertThatThrownBy(() -> LoggedIn.as(OTHER_CASEWORKER, PASSWORD, () -> documents.list(caseId)))
        .isInstanceOf(UnknownCaseException.class);
    assertThatThrownBy(() -> documents.read(document.id(), AccessPurpose.CASEWORK))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anAnonymousRequestGetsTheLoginPageAndAReadNeedsAStatedPurpose() throws Exception {
    DocumentView document =
        LoggedIn.as(
            SUPERVISOR,
            PASSWORD,
            () ->
                documents.store(
                    caseId,
                    DocumentKind.COURT_FILING,
                    new ByteArrayInputStream(resource("receipt.png"))));

    HttpResponse<byte[]> anonymous =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(api("documents/" + document.id() + "?purpose=CASEWORK"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> noPurpose = download(session(SUPERVISOR), document.id(), null);
    HttpResponse<byte[]> jobPurpose = download(session(SUPERVISOR), document.id(), "KEY_ROTATION");

    assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(text(anonymous)).contains("action=\"/outreach/sign-in\"");
    assertThat(noPurpose.statusCode()).isEqualTo(400);
    assertThat(text(noPurpose)).contains("purpose: required");
    assertThat(jobPurpose.statusCode()).isEqualTo(400);
    assertThat(documentEvents(document.id()))
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.STORE_DOCUMENT);
  }

  // ---- key rotation ----

  @Test
  void aKeyRotationReSealsDocumentsUnderTheNewKeyAndTheyStillDownloadIdentical() throws Exception {
    byte[] pdf = receiptWith(marker());
    DocumentView document =
        LoggedIn.as(
            CASEWORKER,
            PASSWORD,
            () ->
                documents.store(
                    caseId, DocumentKind.HAND_DELIVERY_RECEIPT, new ByteArrayInputStream(pdf)));
    byte[] before = sealedContent(document.id());
    String oldKey = asAdmin.call(() -> keys.keyIds().current());
    String newKey = "doc" + (System.nanoTime() % 100_000);
    DataKeysProperty.Rotation rotation = DataKeysProperty.rotate(oldKey, newKey);
    try {
      assertThat(BasicHttp.post(ADMIN, PASSWORD, "api/admin/data-keys/reload").status())
          .isEqualTo(200);

      BasicHttp.Answer job = BasicHttp.post(ADMIN, PASSWORD, "api/admin/re-encryption");

      assertThat(job.status()).isEqualTo(200);
      JsonObject report = json(job.body());
      assertThat(report.getString("currentKey")).isEqualTo(newKey);
      assertThat(report.getInt("documentsReEncrypted")).isPositive();
      assertThat(report.getJsonNumber("documents").longValue()).isEqualTo(count("case_document"));
      byte[] after = sealedContent(document.id());
      assertThat(new String(after, 0, 4 + newKey.length(), StandardCharsets.US_ASCII))
          .isEqualTo("v1:" + newKey + ":");
      assertThat(keyIdColumn(document.id())).isEqualTo(newKey);
      assertThat(count("case_document WHERE key_id <> '" + newKey + "'")).isZero();
      String dump = DatabaseDump.of(dataSource);
      assertThat(dump).doesNotContain("v1:" + oldKey + ":");
      assertThat(holdsHex(dump, hex(before, 20, 60))).isFalse();
      assertThat(holdsHex(dump, hex(("v1:" + oldKey + ":").getBytes(StandardCharsets.UTF_8))))
          .isFalse();
      assertThat(documentEvents(document.id()))
          .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::purpose)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  AuditAction.RE_ENCRYPT_DOCUMENT, ADMIN, AccessPurpose.KEY_ROTATION));
      DocumentContent read =
          LoggedIn.as(
              CASEWORKER, PASSWORD, () -> documents.read(document.id(), AccessPurpose.CASEWORK));
      assertThat(read.content()).isEqualTo(pdf);
      assertThat(asAdmin.call(documentReEncryption::run).documentsReEncrypted()).isZero();
      assertThatThrownBy(() -> asSupervisor.call(documentReEncryption::run))
          .isInstanceOf(EJBAccessException.class);
    } finally {
      // back on the old current key; the new one stays in the ring for what it sealed
      rotation.restoreCurrent();
      asAdmin.call(() -> keys.reload());
    }
  }

  // ---- helpers ----

  /** A distinctive marker, new for each run, so no copy of it can be on disk beforehand. */
  private static String marker() {
    String letters = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    StringBuilder marker = new StringBuilder("DOCMARK");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (marker.length() < PLACEHOLDER.length()) {
      marker.append(letters.charAt(random.nextInt(letters.length())));
    }
    return marker.toString();
  }

  /** The uncompressed receipt with the marker where its placeholder was; offsets stay valid. */
  private static byte[] receiptWith(String marker) throws IOException {
    String template = new String(resource("receipt-template.pdf"), StandardCharsets.ISO_8859_1);
    assertThat(template).contains(PLACEHOLDER);
    return template.replace(PLACEHOLDER, marker).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in =
        CaseDocumentsIT.class.getClassLoader().getResourceAsStream(FILES + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static URI api(String path) {
    return BasicHttp.base().resolve("api/" + path);
  }

  private static HttpClient session(String username) throws IOException, InterruptedException {
    return FormLogin.session(BasicHttp.base(), username, PASSWORD);
  }

  private static HttpResponse<String> upload(
      HttpClient client, UUID caseId, String kind, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(api("cases/" + caseId + "/documents?kind=" + kind))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> download(HttpClient client, UUID documentId, String purpose)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(
                api("documents/" + documentId + (purpose == null ? "" : "?purpose=" + purpose)))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private List<AuditEntry> documentEvents(UUID documentId) throws Exception {
    return asSupervisor.call(() -> auditTrail.forPerson(personId)).stream()
        .filter(event -> documentId.equals(event.documentId()))
        .toList();
  }

  private byte[] sealedContent(UUID documentId) throws SQLException {
    return (byte[]) column("content", documentId);
  }

  private String keyIdColumn(UUID documentId) throws SQLException {
    return (String) column("key_id", documentId);
  }

  /** One column of a document's row, as the database gives it (binary as bytes). */
  private Object column(String column, UUID documentId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT " + column + " FROM case_document WHERE id = ?")) {
      statement.setObject(1, documentId);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getObject(1);
      }
    }
  }

  /**
   * Audit events the uploading caseworker caused. Counted by actor, not over the whole table: the
   * engine's jobs for other tests' cases write their own events while a refusal is being tried.
   */
  private long eventsByCaseworker() throws SQLException {
    return count("audit_event WHERE actor = '" + CASEWORKER + "'");
  }

  private long count(String tableAndCondition) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT COUNT(*) FROM " + tableAndCondition);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Whether the dump shows binary columns as hex: H2's {@code SCRIPT}, or {@code pg_dump}. */
  private boolean binaryColumnsInHex(String dump) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")
          || dump.contains("-- pg_dump");
    }
  }

  private static String hex(byte[] bytes, int from, int to) {
    return hex(Arrays.copyOfRange(bytes, from, to));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Whether the dump holds these hex digits in either case, without a lower-case copy of the whole
   * dump (which holds every stored file and would not fit the test server's heap twice).
   */
  private static boolean holdsHex(String dump, String hex) {
    return dump.contains(hex.toLowerCase(java.util.Locale.ROOT))
        || dump.contains(hex.toUpperCase(java.util.Locale.ROOT));
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
