package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.importing.StartResumption;
import org.outreach.importing.StartRuns;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.RawHttp;
import org.outreach.it.support.Rows;
import org.outreach.it.support.TestPeople;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ProcessMessages;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.synthetic.SyntheticFile;
import org.outreach.synthetic.SyntheticPeople;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The import through its real REST door, as a logged-in administrator (form login, session cookie),
 * against the real server and database.
 */
@ExtendWith(ArquillianExtension.class)
class PersonImportIT {

  private static final String CORPUS = "import-corpus/";
  private static final List<String> CORPUS_FILES =
      List.of(
          "empty.csv",
          "header-only.csv",
          "semicolon-delimited.csv",
          "tab-delimited.csv",
          "utf8-bom.csv",
          "latin1.csv",
          "missing-column.csv",
          "extra-column.csv",
          "wrong-cell-count.csv",
          "impossible-date.csv",
          "future-birth-date.csv",
          "malformed-a-number.csv",
          "duplicate-a-number.csv",
          "formula-injection.csv",
          "html-in-name.csv",
          "line-break-in-name.csv",
          "very-long-name.csv",
          "bidi-control-in-name.csv",
          "unclosed-quote.csv",
          "good.csv");

  private static final String ADMIN = "it-import-admin";
  private static final String SUPERVISOR = "it-import-supervisor";
  private static final String OTHER_SERVER = "it-another-server/1";
  private static final String PASSWORD = "it-import-password-0123";
  private static final String ADMIN_AUTHORIZATION = BasicHttp.authorization(ADMIN, PASSWORD);

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.outreachWithTests(PersonImportIT.class);
    WebArchive tests = ear.getAsType(WebArchive.class, "outreach-it.war");
    Path corpus = Path.of("..", "workflow-ejb", "src", "test", "resources", "import-corpus");
    for (String name : CORPUS_FILES) {
      tests.addAsResource(new File(corpus.toFile(), name), CORPUS + name);
    }
    return ear;
  }

  @Inject AsAdmin asAdmin;
  @Inject UserAdministration users;
  @Inject PersonRegistry registry;
  @Inject RuntimeService runtimeService;
  @Inject RepositoryService repositoryService;
  @Inject HistoryService historyService;
  @Inject StartResumption resumption;
  @Inject StartRuns runs;
  @Inject ManagementService managementService;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  private HttpClient client;

  @BeforeEach
  void staffExist() {
    asAdmin.run(
        () -> {
          account(ADMIN, Role.ADMIN);
          account(SUPERVISOR, Role.SUPERVISOR);
        });
  }

  private void account(String username, Role role) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username, "Test " + username, PASSWORD.toCharArray(), Set.of(role), Set.of()));
    }
  }

  /** The server's own address, seen from inside it: the tests run in the server. */
  private static String base() {
    return BasicHttp.base().toString();
  }

  private HttpClient loggedIn(String username) throws IOException, InterruptedException {
    return FormLogin.session(URI.create(base()), username, PASSWORD);
  }

  private record Answer(int status, JsonObject json) {}

  private Answer post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    // a client that sends a big body waits for the server's go-ahead, as HTTP clients should
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base() + "api/" + path))
                .expectContinue(body.length > 1024 * 1024)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer(response);
  }

  private Answer get(String path) throws IOException, InterruptedException {
    return answer(
        client.send(
            HttpRequest.newBuilder(URI.create(base() + "api/" + path)).build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  private static Answer answer(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as("content type of a %d answer", response.statusCode())
        .startsWith("application/json");
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return new Answer(response.statusCode(), reader.readObject());
    }
  }

  private static byte[] corpus(String name) throws IOException {
    try (var in = PersonImportIT.class.getClassLoader().getResourceAsStream(CORPUS + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  /** The cell of a file at a row (as the report counts rows) and column; none if not there. */
  private static String cellOf(byte[] file, int row, String column) throws Exception {
    org.outreach.importing.CsvReader reader =
        new org.outreach.importing.CsvReader(
            new java.io.ByteArrayInputStream(file), org.outreach.importing.ImportLimits.DEFAULT);
    org.outreach.importing.CsvRecord header = reader.next();
    int index = header == null ? -1 : header.cells().indexOf(column);
    for (org.outreach.importing.CsvRecord record = reader.next();
        record != null && index >= 0;
        record = reader.next()) {
      if (record.row() == row) {
        return index < record.cells().size() ? record.cells().get(index) : null;
      }
    }
    return null;
  }

  private long count(String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private UUID caseOf(UUID personId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id FROM outreach_case WHERE person_id = ?")) {
      statement.setObject(1, personId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getObject(1, UUID.class) : null;
      }
    }
  }

  private void serverIsUp() throws IOException, InterruptedException {
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "api/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  /**
   * Each broken or hostile file of the corpus: the row and column (empty for none) of the first
   * problem reported, and words of its reason. One test walks them all: a parameterized test run in
   * the server would run every row again for each of its invocations.
   */
  private static final List<String> BAD_FILES =
      List.of(
          "empty.csv|0||the file is empty",
          "header-only.csv|0||the file has a header row but no data rows",
          "semicolon-delimited.csv|1||the header is separated by semicolons",
          "tab-delimited.csv|1||the header is separated by tabs",
          "utf8-bom.csv|1||byte order mark (BOM)",
          "latin1.csv|4||invalid UTF-8 at byte offset",
          "missing-column.csv|1|risk_note|the column is missing from the header",
          "extra-column.csv|1||column 30 of the header is not a documented column name",
          "wrong-cell-count.csv|3||the row has 31 cells; the header has 30",
          "impossible-date.csv|3|date_of_birth|not a real date in the form YYYY-MM-DD",
          "future-birth-date.csv|3|date_of_birth|must not be in the future",
          "malformed-a-number.csv|2|a_number|8 or 9 digits",
          "duplicate-a-number.csv|3|a_number|the same A-number is in row(s) 4",
          "formula-injection.csv|2|family_name|which spreadsheets run as a formula",
          "html-in-name.csv|3|family_name|must not contain markup (< or >)",
          "line-break-in-name.csv|3|family_name|must not contain control characters",
          "very-long-name.csv|3|given_names|at most 200 characters",
          "bidi-control-in-name.csv|3|family_name|must not contain bidirectional control characters",
          "unclosed-quote.csv|3||a quoted cell is not closed");

  @Test
  void aBadFileGetsAClearReportAndNothingIsWritten() throws Exception {
    client = loggedIn(ADMIN);
    for (String line : BAD_FILES) {
      String[] cells = line.split("\\|", -1);
      try {
        badFileIsRefused(
            cells[0], Integer.parseInt(cells[1]), cells[2].isEmpty() ? null : cells[2], cells[3]);
      } catch (AssertionError e) {
        throw new AssertionError(cells[0] + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Every table an import writes (the registry's people, their name tokens and contact points, the
   * import's entries, the cases) and the outreach processes: a refused file must leave all of them
   * as they were. (What the cases' first steps write later runs in the background for earlier
   * imports, so it is not counted here; no case means no first step.)
   */
  private static final List<String> WRITTEN_BY_AN_IMPORT =
      List.of(
          "affected_person",
          "affected_person_name_token",
          "person_contact_point",
          "person_import_entry",
          "outreach_case");

  private Map<String, Long> writtenByAnImport() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : WRITTEN_BY_AN_IMPORT) {
      counts.put(table, count(table));
    }
    counts.put("outreach processes", outreachProcesses());
    return counts;
  }

  private void badFileIsRefused(String file, int row, String column, String reason)
      throws Exception {
    Map<String, Long> before = writtenByAnImport();
    long imports = count("person_import");

    Answer answer = post("imports", "text/csv", corpus(file));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().getString("state")).isEqualTo("REJECTED");
    JsonObject first = answer.json().getJsonArray("problems").getJsonObject(0);
    assertThat(first.getInt("row")).isEqualTo(row);
    if (column == null) {
      assertThat(!first.containsKey("column") || first.isNull("column")).isTrue();
    } else {
      assertThat(first.getString("column")).isEqualTo(column);
    }
    assertThat(first.getString("reason")).contains(reason);
    assertThat(answer.json().toString()).doesNotContain("Berhane").doesNotContain("Dorvil");
    String offending = column == null ? null : cellOf(corpus(file), row, column);
    if (offending != null && offending.strip().length() >= 4) {
      // the cell the problem names, as sent and as JSON would escape it
      String escaped = jakarta.json.Json.createValue(offending).toString();
      assertThat(answer.json().toString())
          .as("the offending cell echoed")
          .doesNotContain(offending)
          .doesNotContain(escaped.substring(1, escaped.length() - 1));
    }
    assertThat(writtenByAnImport()).as("nothing written").isEqualTo(before);
    assertThat(count("person_import")).as("only the record of the refusal").isEqualTo(imports + 1);
    assertThat(get("imports/" + answer.json().getString("id")).json().getString("state"))
        .isEqualTo("REJECTED");
    serverIsUp();
  }

  /**
   * What a form of another site can send in a logged-in browser: no body type or a form's, and no
   * header of its own. Every door that changes something refuses it naming the rule.
   */
  @Test
  void aRequestAFormOfAnotherSiteCouldSendChangesNothing() throws Exception {
    client = loggedIn(ADMIN);
    long imports = count("person_import");
    String unknownImport = "imports/" + UUID.randomUUID() + "/retry-failed";

    HttpResponse<String> reEncryption = raw("admin/re-encryption", null, null);
    HttpResponse<String> reload =
        raw("admin/data-keys/reload", "application/x-www-form-urlencoded", null);
    HttpResponse<String> retry = raw(unknownImport, "text/plain", null);
    HttpResponse<String> upload = raw("imports", "multipart/form-data; boundary=b", null);
    HttpResponse<String> retryWithHeader = raw(unknownImport, null, "outreach-console");

    for (HttpResponse<String> refused : List.of(reEncryption, reload, retry, upload)) {
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.body()).contains("cross-site request rule");
    }
    assertThat(reEncryption.statusCode()).isEqualTo(403);
    assertThat(reEncryption.body()).contains("X-Requested-By: required");
    assertThat(reload.statusCode()).isEqualTo(415);
    assertThat(retry.statusCode()).isEqualTo(415);
    assertThat(upload.statusCode()).isEqualTo(415);
    assertThat(upload.body()).contains("Content-Type: must be");
    assertThat(count("person_import")).isEqualTo(imports);
    // with the header the request reaches its door, which answers as it always does
    assertThat(retryWithHeader.statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> raw(String path, String contentType, String requestedBy)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + "api/" + path))
            .POST(HttpRequest.BodyPublishers.ofString("a=1"));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (requestedBy != null) {
      request.header("X-Requested-By", requestedBy);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void oversizedAndOverlongFilesAreRefusedAndTheServerStaysUp() throws Exception {
    client = loggedIn(ADMIN);
    long people = count("affected_person");
    String header = new String(corpus("good.csv"), StandardCharsets.UTF_8).split("\n")[0];
    byte[] fiftyMegabytes = fiftyMegabyteFile(header);

    // uploaded: announced with its length, as HTTP clients announce a big body; the server answers
    // before any of it is sent
    String[] upload = announce("POST", "api/imports", "text/csv", fiftyMegabytes.length);
    // from the import directory: read by the import itself, which stops at the limit
    Path directory = importDirectory();
    String name = "it-big-" + UUID.randomUUID() + ".csv";
    Files.write(directory.resolve(name), fiftyMegabytes);
    Answer fromPath = post("imports/from-path", "application/json", json(Map.of("path", name)));

    StringBuilder many = new StringBuilder(header).append('\n');
    String emptyRow = ",".repeat(28) + "\n";
    for (int i = 0; i < 200_000; i++) {
      many.append(emptyRow);
    }
    Answer tooLong = post("imports", "text/csv", many.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(upload[0]).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    assertThat(upload[1])
        .isEqualTo(
            "{\"error\":\"the file is larger than the limit of 10485760 bytes; split it into"
                + " parts\"}");
    assertThat(fromPath.status()).isEqualTo(422);
    assertThat(fromPath.json().getJsonArray("problems").getJsonObject(0).getString("reason"))
        .isEqualTo("the file is larger than the limit of 10485760 bytes; split it into parts");
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.json().getJsonArray("problems").getJsonObject(0).getString("reason"))
        .isEqualTo("the file has more than 20000 rows after the header; split it");
    assertThat(count("affected_person")).isEqualTo(people);
    serverIsUp();
  }

  @Test
  void requestsAboveTheirLimitAreRefusedWithTheLimitNamedBeforeAnyOfThemIsRead() throws Exception {
    client = loggedIn(ADMIN);
    long people = count("affected_person");
    long twoMebibytes = 2L * 1024 * 1024;

    String[] restBody = announce("POST", "api/cases", "application/json", twoMebibytes);
    String[] consoleForm =
        announce("POST", "inbox.xhtml", "application/x-www-form-urlencoded", twoMebibytes);
    String[] aboveTheServersCap = announce("POST", "api/imports", "text/csv", 65L * 1024 * 1024);
    // streamed without a length: the import reads it up to its limit and stops there
    byte[] twelveMebibytes = new byte[12 * 1024 * 1024];
    Arrays.fill(twelveMebibytes, (byte) 'x');
    HttpResponse<String> chunked =
        client.send(
            HttpRequest.newBuilder(URI.create(base() + "api/imports"))
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(twelveMebibytes)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(restBody[0]).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    assertThat(restBody[1])
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,"
                + "\"detail\":\"the request body is larger than the limit of 1048576 bytes\"}");
    assertThat(consoleForm[0]).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    assertThat(consoleForm[1]).contains("Too much at once").contains("nothing was changed");
    // the server's own refusal, before the application: no word of why (see http.cli)
    assertThat(aboveTheServersCap[0]).isEqualTo("HTTP/1.1 400 Bad Request");
    assertThat(chunked.statusCode()).isEqualTo(422);
    assertThat(answer(chunked).json().getJsonArray("problems").getJsonObject(0).getString("reason"))
        .isEqualTo("the file is larger than the limit of 10485760 bytes; split it into parts");
    assertThat(count("affected_person")).isEqualTo(people);
    serverIsUp();
  }

  /**
   * The import page's upload sent without the page's script nonce is refused before its action
   * reads the file: PrimeFaces checks the nonce only after the action. The same upload with the
   * nonce imports the person, so the refusal is the nonce's.
   */
  @Test
  void theImportPagesUploadWithoutItsScriptNonceImportsNothing() throws Exception {
    client = loggedIn(ADMIN);
    byte[] file = csv(unregistered(1));
    long before = count("affected_person");

    HttpResponse<String> refused = importPageUpload(file, false);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(count("affected_person")).isEqualTo(before);

    HttpResponse<String> taken = importPageUpload(file, true);

    assertThat(taken.statusCode()).isEqualTo(200);
    assertThat(count("affected_person")).isEqualTo(before + 1);
    awaitStart(newestImport(), "STARTED");
  }

  /** The import page's form as its page sends it: the file, the choices it shows, its state. */
  private HttpResponse<String> importPageUpload(byte[] file, boolean withNonce)
      throws IOException, InterruptedException {
    URI page = URI.create(base() + "admin/import.xhtml");
    HttpResponse<String> form =
        client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(200);
    String nonce =
        firstGroup(
            "script-src [^;]*'nonce-([^']+)'",
            String.join(" ", form.headers().allValues("Content-Security-Policy")));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("import", "import");
    fields.put(
        "import:problems",
        firstGroup("name=\"import:problems\"[^>]*value=\"([^\"]+)\"", form.body()));
    fields.put(
        "import:existing",
        firstGroup("name=\"import:existing\"[^>]*value=\"([^\"]+)\"", form.body()));
    fields.put("import:upload", "Upload");
    fields.put(
        "jakarta.faces.ViewState",
        firstGroup("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"", form.body()));
    if (withNonce) {
      fields.put("primefaces.nonce", nonce);
    }
    String boundary = "b" + UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"import:file\";"
                + " filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String firstGroup(String pattern, String text) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(text);
    assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
    return matcher.group(1);
  }

  private String newestImport() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id FROM person_import ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getObject(1, UUID.class).toString();
    }
  }

  @Test
  void anUploadBrokenOffMidwayWritesNothingAndIsLoggedWithoutAnError() throws Exception {
    long people = count("affected_person");
    Path serverLog = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    long logBefore = Files.size(serverLog);
    byte[] good = corpus("good.csv");

    int port = URI.create(base()).getPort();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (RawHttp.requestHead(
                      ADMIN_AUTHORIZATION, "POST", "api/imports", "text/csv", 5L * 1024 * 1024)
                  + "Expect: 100-continue\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      assertThat(RawHttp.line(in)).isEqualTo("HTTP/1.1 100 Continue");
      assertThat(RawHttp.line(in)).isEmpty();
      out.write(good);
      out.flush();
    } // closed with most of the announced body unsent

    String logged =
        Eventually.await(
            "the broken-off upload to be logged",
            () -> {
              String tail = logSince(serverLog, logBefore);
              return tail.contains("Import refused: the file could not be read to its end")
                  ? tail
                  : null;
            });
    // other tests' cases run on meanwhile and log too: only the import's own lines count
    assertThat(logged.lines().filter(l -> l.contains(" ERROR ")))
        .noneMatch(l -> l.contains("importing") || l.contains("ejb3.invocation"));
    assertThat(logged).doesNotContain("ImportUnreadableException");
    assertThat(count("affected_person")).isEqualTo(people);
    serverIsUp();
  }

  private static String logSince(Path log, long offset) {
    try {
      byte[] all = Files.readAllBytes(log);
      return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link RawHttp#announce} as the administrator. */
  private static String[] announce(String method, String path, String contentType, long length)
      throws IOException {
    return RawHttp.announce(ADMIN_AUTHORIZATION, method, path, contentType, length);
  }

  /** The header, then one fictitious row with a long note over and over, to 50 MB. */
  private static byte[] fiftyMegabyteFile(String header) throws IOException {
    byte[] row =
        (new String(csv(SyntheticPeople.generate(seed(), 1)), StandardCharsets.UTF_8).split("\n")[1]
                + "x".repeat(1500)
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[50 * 1024 * 1024];
    byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, file, 0, head.length);
    for (int at = head.length; at < file.length; at += row.length) {
      System.arraycopy(row, 0, file, at, Math.min(row.length, file.length - at));
    }
    return file;
  }

  private static Path importDirectory() throws IOException {
    Path directory = Path.of(System.getProperty("jboss.server.data.dir"), "outreach", "imports");
    Files.createDirectories(directory);
    return directory;
  }

  @Test
  void anANumberRegisteredAlreadyIsADuplicateUnlessTheImportUpdates() throws Exception {
    client = loggedIn(ADMIN);
    List<NewAffectedPerson> people = unregistered(3);
    asAdmin.call(() -> registry.register(people.get(1)));
    long before = count("affected_person");

    Answer plain = post("imports", "text/csv", csv(people));

    assertThat(plain.status()).isEqualTo(422);
    JsonObject problem = plain.json().getJsonArray("problems").getJsonObject(0);
    assertThat(problem.getInt("row")).isEqualTo(3);
    assertThat(problem.getString("column")).isEqualTo("a_number");
    assertThat(problem.getString("reason")).contains("registered already");
    assertThat(count("affected_person")).isEqualTo(before);
  }

  @Test
  void keepValidImportsTheGoodRowsAndReportsTheRest() throws Exception {
    client = loggedIn(ADMIN);
    List<NewAffectedPerson> people = unregistered(4);
    String file = new String(csv(people), StandardCharsets.UTF_8);
    String[] lines = file.split("\n");
    lines[2] = lines[2].replaceFirst(",[0-9]{4}-[0-9]{2}-[0-9]{2},", ",2023-02-30,");
    long before = count("affected_person");

    Answer answer =
        post(
            "imports?mode=keep-valid",
            "text/csv",
            (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().getJsonObject("counts").getInt("created")).isEqualTo(3);
    assertThat(answer.json().getJsonObject("counts").getInt("invalidRows")).isEqualTo(1);
    assertThat(answer.json().getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(3);
    assertThat(count("affected_person")).isEqualTo(before + 3);
    // their cases start in the background: waiting keeps them out of another test's counts
    awaitStart(answer.json().getString("id"), "STARTED");
  }

  @Test
  void chunksThatFailToStartAreCountedWriteNothingAndARetryStartsExactlyTheirPeople()
      throws Exception {
    client = loggedIn(SUPERVISOR);
    List<NewAffectedPerson> people = unregistered(250);
    long cases = count("outreach_case");
    long processes = outreachProcesses();
    // an operator has suspended the outreach process: the engine refuses every start, so both
    // chunks of the bulk start (200 + 50 people) fail
    JsonObject failed = importWhileTheProcessIsSuspended(people);
    String id = failed.getString("importId");

    assertThat(failed.getString("state")).isEqualTo("STARTED_WITH_FAILURES");
    assertThat(failed.getInt("total")).isEqualTo(250);
    assertThat(failed.getInt("done")).isZero();
    assertThat(failed.getInt("failed")).as("both chunks tried and counted").isEqualTo(250);
    assertThat(count("outreach_case")).as("no case without its process").isEqualTo(cases);
    assertThat(outreachProcesses()).isEqualTo(processes);
    serverIsUp();

    Answer retried = post("imports/" + id + "/retry-failed", "application/json", new byte[0]);

    assertThat(retried.status()).isEqualTo(202);
    JsonObject started = awaitStart(id, "STARTED");
    assertThat(started.getInt("done")).isEqualTo(250);
    assertThat(started.getInt("failed")).isZero();
    assertThat(count("outreach_case")).isEqualTo(cases + 250);
    assertThat(outreachProcesses()).isEqualTo(processes + 250);
  }

  @Test
  void aStartThatAStopInterruptedIsResumedAndEveryPersonEndsWithExactlyOneCase() throws Exception {
    client = loggedIn(SUPERVISOR);
    List<NewAffectedPerson> people = unregistered(250);
    long cases = count("outreach_case");
    long processes = outreachProcesses();
    // the people written and no case opened, the import still STARTING and no start running: what
    // a server killed in the middle of a start leaves behind (a chunk it was opening rolled back)
    String id = importWhileTheProcessIsSuspended(people).getString("importId");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE person_import SET state = 'STARTING', start_failed = 0 WHERE id = ?")) {
      statement.setObject(1, UUID.fromString(id));
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
    assertThat(get("imports/" + id + "/start-progress").json().getString("state"))
        .isEqualTo("STARTING");

    // resumed by this call, or by the sweep every server makes each minute if that came first
    asAdmin.call(resumption::resumeInterrupted);

    JsonObject started = awaitStart(id, "STARTED");
    assertThat(started.getInt("done")).isEqualTo(250);
    assertThat(started.getInt("failed")).isZero();
    assertThat(count("outreach_case")).isEqualTo(cases + 250);
    assertThat(outreachProcesses()).isEqualTo(processes + 250);
    // resuming again finds nothing left to start
    assertThat(asAdmin.call(resumption::resumeInterrupted)).doesNotContain(UUID.fromString(id));
  }

  @Test
  void aStartAnotherServerRunsIsLeftToItWhileItLivesAndTakenOverOnceItFallsSilent()
      throws Exception {
    client = loggedIn(SUPERVISOR);
    List<NewAffectedPerson> people = unregistered(250);
    long cases = count("outreach_case");
    String id = importWhileTheProcessIsSuspended(people).getString("importId");
    UUID importId = UUID.fromString(id);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    // another server sharing the database runs the start of the import and says it is alive
    update(
        "INSERT INTO import_start_run (import_id, node, began_at, alive_at) VALUES (?, ?, ?, ?)",
        importId,
        OTHER_SERVER,
        now,
        now);
    assertThat(
            update(
                "UPDATE person_import SET state = 'STARTING', start_failed = 0 WHERE id = ?",
                importId))
        .isOne();
    try {
      assertThat(asAdmin.call(resumption::resumeInterrupted)).doesNotContain(importId);
      assertThat(asAdmin.call(() -> runs.begin(importId))).as("a second start here").isFalse();
      JsonObject meanwhile = get("imports/" + id + "/start-progress").json();
      assertThat(meanwhile.getBoolean("running")).isTrue();
      assertThat(meanwhile.getInt("done")).isZero();
      // a start of this server ends while the other's runs: the first steps stay held for it
      UUID ours = UUID.randomUUID();
      assertThat(asAdmin.call(() -> runs.begin(ours))).isTrue();
      asAdmin.run(() -> runs.end(ours));
      assertThat(suspendedFirstSteps()).as("first steps while another server starts").isPositive();

      // the other server falls silent for longer than the lease: its start is taken over
      update(
          "UPDATE import_start_run SET alive_at = ? WHERE import_id = ?",
          now.minus(StartRuns.LEASE).minusMinutes(1),
          importId);
      assertThat(get("imports/" + id + "/start-progress").json().getBoolean("running")).isFalse();
      // by this call, or by the sweep every server makes each minute if that came first
      asAdmin.call(resumption::resumeInterrupted);

      JsonObject started = awaitStart(id, "STARTED");
      assertThat(started.getInt("done")).isEqualTo(250);
      assertThat(started.getInt("failed")).isZero();
      assertThat(count("outreach_case")).isEqualTo(cases + 250);
      assertThat(count("import_start_run")).as("no run left behind").isZero();
      assertThat(suspendedFirstSteps()).as("first steps once no start runs").isZero();
    } finally {
      update("DELETE FROM import_start_run WHERE node = ?", OTHER_SERVER);
      asAdmin.call(resumption::resumeInterrupted);
    }
  }

  private long suspendedFirstSteps() {
    return managementService
        .createJobDefinitionQuery()
        .processDefinitionKey(OutreachProcess.PROCESS_KEY)
        .activityIdIn(OutreachProcess.TASK_RECORD_CASE_OPENED)
        .suspended()
        .count();
  }

  private int update(String sql, Object... values) throws SQLException {
    return Rows.update(dataSource, sql, values);
  }

  /**
   * Imports the people while the outreach process is suspended, so that every chunk of their start
   * fails and nobody gets a case; returns the start's progress once it ended.
   */
  private JsonObject importWhileTheProcessIsSuspended(List<NewAffectedPerson> people)
      throws Exception {
    repositoryService.suspendProcessDefinitionByKey(OutreachProcess.PROCESS_KEY);
    try {
      Answer imported = post("imports", "text/csv", csv(people));
      assertThat(imported.status()).isEqualTo(201);
      assertThat(imported.json().getJsonObject("counts").getInt("created"))
          .isEqualTo(people.size());
      return awaitStart(imported.json().getString("id"), "STARTED_WITH_FAILURES");
    } finally {
      repositoryService.activateProcessDefinitionByKey(OutreachProcess.PROCESS_KEY);
      // steps other cases of this class reached meanwhile were created suspended with their
      // definition; activating it leaves them so, and nothing would ever run them
      managementService
          .updateJobDefinitionSuspensionState()
          .byProcessDefinitionKey(OutreachProcess.PROCESS_KEY)
          .includeJobs(true)
          .activate();
    }
  }

  /**
   * Waits until no start of the import runs and the import is in the given state, for as long as
   * the start moves on (a slow machine takes longer over 250 people; a stuck start fails).
   */
  private JsonObject awaitStart(String id, String state) {
    return Eventually.awaitProgress(
        "the start of import " + id + " ended in " + state,
        () -> {
          try {
            return get("imports/" + id + "/start-progress").json();
          } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
          }
        },
        now -> !now.getBoolean("running") && now.getString("state").equals(state));
  }

  private long outreachProcesses() {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(OutreachProcess.PROCESS_KEY)
        .count();
  }

  @Test
  void aGoodImportStartsEveryNewPersonsOutreachAndAReImportedCustodyChangeReachesTheProcess()
      throws Exception {
    client = loggedIn(ADMIN);
    List<NewAffectedPerson> people = unregistered(250);
    long cases = count("outreach_case");

    Answer imported = post("imports", "text/csv", csv(people));

    assertThat(imported.status()).isEqualTo(201);
    assertThat(imported.json().getJsonObject("counts").getInt("created")).isEqualTo(250);
    String id = imported.json().getString("id");
    JsonObject progress = awaitStart(id, "STARTED");
    assertThat(progress.getInt("done")).isEqualTo(250);
    assertThat(progress.getInt("total")).isEqualTo(250);
    assertThat(progress.getInt("failed")).isZero();
    assertThat(count("outreach_case")).isEqualTo(cases + 250);

    // a process waiting for the message the outreach process will catch, on one person's case
    NewAffectedPerson detained =
        people.stream()
            .filter(p -> p.custodyStatus() == CustodyStatus.DETAINED)
            .findFirst()
            .orElseThrow();
    UUID personId =
        asAdmin.call(() -> registry.idsByANumbers(List.of(detained.aNumber()))).values().stream()
            .findFirst()
            .orElseThrow();
    UUID caseId = caseOf(personId);
    assertThat(caseId).isNotNull();
    // the person's own outreach process, once it waits for a custody change while reaching them
    String outreach =
        Eventually.await(
            "the outreach process waiting for a custody change",
            () -> {
              ProcessInstance instance =
                  runtimeService
                      .createProcessInstanceQuery()
                      .processInstanceBusinessKey(caseId.toString())
                      .processDefinitionKey(OutreachProcess.PROCESS_KEY)
                      .singleResult();
              return instance != null
                      && runtimeService
                              .createEventSubscriptionQuery()
                              .processInstanceId(instance.getId())
                              .eventType("message")
                              .eventName(ProcessMessages.CUSTODY_STATUS_CHANGED)
                              .count()
                          > 0
                  ? instance.getId()
                  : null;
            });

    NewAffectedPerson released =
        new NewAffectedPerson(
            detained.familyName(),
            detained.givenNames(),
            detained.alternateNames(),
            detained.dateOfBirth(),
            detained.nationality(),
            detained.aNumber(),
            detained.preferredLanguages(),
            CustodyStatus.RELEASED,
            CustodyFacts.released(SyntheticPeople.LEAK_FOUND),
            detained.contactPoints(),
            detained.attorney(),
            detained.riskNotes());
    long peopleBefore = count("affected_person");

    Answer reImported = post("imports?existing=update", "text/csv", csv(List.of(released)));

    assertThat(reImported.status()).isEqualTo(201);
    JsonObject counts = reImported.json().getJsonObject("counts");
    assertThat(counts.getInt("created")).isZero();
    assertThat(counts.getInt("updated")).isEqualTo(1);
    assertThat(counts.getInt("custodyChanges")).isEqualTo(1);
    assertThat(counts.getInt("custodyMessagesDelivered")).isEqualTo(1);
    assertThat(count("affected_person")).isEqualTo(peopleBefore);
    // the real model caught it while reaching the person, and goes to reload the case's facts
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(outreach)
                .activityId("Event_CustodyChangedWhileReaching")
                .finished()
                .count())
        .isEqualTo(1);
    // the reload is a step of its own after a save point, run by the job executor
    Eventually.await(
        "the case's facts reloaded",
        () ->
            historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(outreach)
                        .activityId("Task_ReloadCaseFacts")
                        .finished()
                        .count()
                    > 0
                ? true
                : null);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(outreach)
                .variableName(ProcessMessages.VAR_CUSTODY_STATUS)
                .singleResult()
                .getValue())
        .isEqualTo("RELEASED");
    assertThat(
            asAdmin.call(() -> registry.read(personId, org.outreach.audit.AccessPurpose.CASEWORK)))
        .extracting(view -> view.custodyStatus())
        .isEqualTo(CustodyStatus.RELEASED);
  }

  @Test
  void importsFromAServerPathStayInsideTheImportDirectoryAndAreForAdministratorsOnly()
      throws Exception {
    Path directory = Path.of(System.getProperty("jboss.server.data.dir"), "outreach", "imports");
    Files.createDirectories(directory);
    String name = "it-" + UUID.randomUUID() + ".csv";
    Files.write(directory.resolve(name), csv(unregistered(5)));

    client = loggedIn(SUPERVISOR);
    Answer bySupervisor = post("imports/from-path", "application/json", json(Map.of("path", name)));
    client = loggedIn(ADMIN);
    Answer outside =
        post(
            "imports/from-path",
            "application/json",
            json(Map.of("path", "../../configuration/standalone.xml")));
    Answer inside = post("imports/from-path", "application/json", json(Map.of("path", name)));

    assertThat(bySupervisor.status()).isEqualTo(403);
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.json().getString("error"))
        .isEqualTo("path: must lie inside the import directory");
    assertThat(inside.status()).isEqualTo(201);
    assertThat(inside.json().getJsonObject("counts").getInt("created")).isEqualTo(5);
  }

  private List<NewAffectedPerson> unregistered(int count) throws Exception {
    return TestPeople.unregistered(count, registry, asAdmin);
  }

  private static long seed() {
    return ThreadLocalRandom.current().nextLong();
  }

  private static byte[] csv(List<NewAffectedPerson> people) throws IOException {
    StringWriter out = new StringWriter();
    SyntheticFile.write(people, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] json(Map<String, String> values) {
    var builder = Json.createObjectBuilder();
    values.forEach(builder::add);
    return builder.build().toString().getBytes(StandardCharsets.UTF_8);
  }
}
