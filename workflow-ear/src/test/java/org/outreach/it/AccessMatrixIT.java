package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.HtmlForms;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.OddValues;
import org.outreach.it.support.TestStaff;

/**
 * The access-control matrix of {@code docs/security.md} against the running server: every cell, one
 * request each, as nobody, a caseworker of the team that has the case's task, a caseworker of
 * another team, a supervisor and an administrator; and every view, REST endpoint and servlet of the
 * web module (read from its sources) must have its row, so a new door fails here until the table
 * says who may use it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  private static final Path MATRIX = Path.of("..", "docs", "security.md");
  private static final Path WEB = Path.of("..", "workflow-web", "src", "main");

  private static final List<String> WHO =
      List.of(
          "anonymous",
          TestStaff.OTHER_TEAM_CASEWORKER,
          TestStaff.CASEWORKER,
          TestStaff.SUPERVISOR,
          TestStaff.ADMIN);

  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `(GET|POST|PUT|DELETE) ([^`]+)` \\| (none|csv|json|pdf|form) \\|"
              + " ([^|]+)\\| ([^|]+)\\| ([^|]+)\\| ([^|]+)\\| ([^|]+)\\|$");

  private static final Map<String, HttpClient> SESSIONS = new LinkedHashMap<>();
  private static final Map<String, String> IDS = new LinkedHashMap<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void casesAndSessions() throws Exception {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
    assertThat(Fixtures.post("login-failures").statusCode()).isEqualTo(204);
    // the custody notice of a hand delivery is printed from the approved texts
    assertThat(Fixtures.post("notice-texts/approved").statusCode()).isEqualTo(204);
    URI base = URI.create(ItSettings.baseUrl());
    SESSIONS.put("anonymous", HttpClient.newBuilder().build());
    for (String user : WHO.subList(1, WHO.size())) {
      SESSIONS.put(user, FormLogin.session(base, user, TestStaff.PASSWORD));
    }
    IDS.putAll(detainedCase("matrix-"));
    IDS.put("{unknown}", UUID.randomUUID().toString());
  }

  /**
   * A detained person's case, made through the fixtures: {@code {case}}, {@code {ref}}, its first
   * task (the detention team's, it-omar's; it-carmen is of the locate team) as {@code {task}} and
   * {@code {person}}.
   */
  private static Map<String, String> detainedCase(String markerPrefix) throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    String marker = markerPrefix + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> opened = Fixtures.post("people?custody=DETAINED&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    String[] idAndReference = opened.body().strip().split(" ");
    ids.put("{case}", idAndReference[0]);
    ids.put("{ref}", idAndReference[1]);
    String task =
        Eventually.await(
            "the detention team's task in its caseworker's inbox",
            () -> {
              Matcher link =
                  Pattern.compile("tasks/task\\.xhtml\\?task=([0-9a-f-]{36})")
                      .matcher(
                          send(
                                  TestStaff.OTHER_TEAM_CASEWORKER,
                                  "GET",
                                  "inbox.xhtml?case=" + idAndReference[1],
                                  "none")
                              .body());
              return link.find() ? link.group(1) : null;
            });
    ids.put("{task}", task);
    Matcher person =
        Pattern.compile("\"personId\":\"([0-9a-f-]{36})\"")
            .matcher(
                send(
                        TestStaff.SUPERVISOR,
                        "GET",
                        "api/cases/" + idAndReference[0] + "?purpose=SUPERVISION",
                        "none")
                    .body());
    assertThat(person.find()).isTrue();
    ids.put("{person}", person.group(1));
    return ids;
  }

  @Test
  void everyCellOfTheMatrixIsWhatTheServerAnswers() throws Exception {
    List<String> differences = new ArrayList<>();
    List<String> observed = new ArrayList<>();
    for (String line : Files.readAllLines(MATRIX)) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      String method = row.group(1);
      String door = row.group(2);
      String sent = row.group(3);
      StringBuilder answers = new StringBuilder();
      for (int who = 0; who < WHO.size(); who++) {
        String expected = row.group(4 + who).strip();
        if (expected.equals("—")) {
          answers.append(" — |");
          continue;
        }
        String answer = answer(send(WHO.get(who), method, path(door), sent));
        answers.append(' ').append(answer).append(" |");
        if (!answer.equals(expected)) {
          differences.add(
              method + " " + door + " as " + WHO.get(who) + ": " + answer + ", not " + expected);
        }
      }
      observed.add("| `" + method + " " + door + "` | " + sent + " |" + answers);
    }
    assertThat(observed).as("rows of the matrix read").hasSizeGreaterThan(30);
    assertThat(differences)
        .as("cells the server answers otherwise; as it answers:%n%s", String.join("\n", observed))
        .isEmpty();
  }

  @Test
  void everyDoorOfTheWebModuleHasItsRow() throws IOException {
    Set<String> rows = new TreeSet<>();
    for (String line : Files.readAllLines(MATRIX)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.add(row.group(1) + " " + shape(row.group(2)));
      }
    }
    Set<String> doors = new TreeSet<>();
    doors.addAll(views());
    doors.addAll(restEndpoints());
    doors.addAll(servlets());
    assertThat(doors).as("doors found in the web module's sources").hasSizeGreaterThan(50);
    assertThat(doors).as("doors without a row in docs/security.md").isSubsetOf(rows);
  }

  /**
   * Any body and any parameter, at every REST door, as a visitor the door admits: a seeded
   * generator of my own (JSON of every shape and of none, CSV, bytes, values of every script and of
   * no kind, ids that are not ids, the parameters the doors read with values they do not expect),
   * {@value #REST_TRIES} tries a door in the suite ({@code -Doutreach.property.rest-tries=N},
   * {@code -Doutreach.property.seed=S} for more). Every answer is below 500 and carries no
   * exception, and the server logs no incident and no stack meanwhile. Doors a try could make act
   * for real (the table's {@code —}) are tried only as visitors the table tries; the sign-in door
   * is left to {@code SignInThrottlingIT}, since its failures would slow every later login from
   * here.
   */
  @Test
  void everyRestDoorAnswersAnyBodyAndParameterWithoutFailing() throws Exception {
    long seed = Long.getLong("outreach.property.seed", 20261206L);
    int tries = Integer.getInteger("outreach.property.rest-tries", REST_TRIES);
    Random random = new Random(seed);
    Path log = Path.of(System.getProperty("outreach.it.server"), "standalone", "log", "server.log");
    long logBefore = Files.size(log);
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    int sent = 0;
    for (String line : Files.readAllLines(MATRIX)) {
      Matcher row = ROW.matcher(line);
      if (!row.matches() || !row.group(2).startsWith("/api/")) {
        continue;
      }
      String who = admittedVisitor(row);
      if (who == null) {
        continue;
      }
      for (int attempt = 0; attempt < tries; attempt++) {
        RandomRequest request =
            RandomRequest.of(random, row.group(2), row.group(3), row.group(1).equals("GET"));
        HttpResponse<String> answer = sendRandom(who, row.group(1), request);
        sent++;
        statuses.merge(answer.statusCode(), 1, Integer::sum);
        if (answer.statusCode() >= 500
            || answer.body().contains("Exception")
            || answer.body().contains("\tat ")) {
          failures.add(
              row.group(1)
                  + " "
                  + request.path()
                  + " ["
                  + request.contentType()
                  + "] as "
                  + who
                  + ": "
                  + answer.statusCode()
                  + " "
                  + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
      }
    }
    System.out.printf("Random REST requests (seed %d): %d, answered %s%n", seed, sent, statuses);
    assertThat(sent).as("requests sent").isGreaterThan(15 * tries);
    assertThat(failures).as("answers that failed (seed %d)", seed).isEmpty();
    assertNoIncidentLoggedSince(log, logBefore, seed);
  }

  private static final int REST_TRIES = 12;

  /** The server logged no incident and no stack line after {@code logBefore} bytes of its log. */
  private static void assertNoIncidentLoggedSince(Path log, long logBefore, long seed)
      throws IOException {
    String written = Files.readString(log).substring((int) Math.min(logBefore, Files.size(log)));
    assertThat(written.lines().filter(l -> l.contains("request failed, incident")))
        .as("incidents logged (seed %d)", seed)
        .isEmpty();
    assertThat(written.lines().filter(l -> l.startsWith("\tat "))).as("stack lines").isEmpty();
  }

  /**
   * Any input in every form of the console's pages, as the caseworker of the case's team (holding
   * its task) and the supervisor where each may open the page, else the administrator: the same
   * seeded values as the REST doors get, typed into every typed field, chosen or made up for every
   * choice, checks at random, hidden fields now and then tampered with (never the view state), each
   * form posted {@value #FORM_TRIES} times with one of its buttons at random ({@code
   * -Doutreach.property.form-tries=N}, {@code -Doutreach.property.seed=S} for more), on a case of
   * its own, since a try may succeed. Every answer is below 500 and carries no exception, and the
   * server logs no incident and no stack meanwhile. Not tried: forms that upload files (the REST
   * doors' uploads are tried above), forms of buttons alone (they act, with nothing to type), the
   * console's language chooser (a try that passed would keep the visitor's language for the tests
   * after this one) and the pages in {@link #FORMS_NOT_TRIED}, where a try that passes would act on
   * what other tests rely on.
   */
  @Test
  void everyConsoleFormAnswersAnyInputWithoutFailing() throws Exception {
    long seed = Long.getLong("outreach.property.seed", 20261206L);
    int tries = Integer.getInteger("outreach.property.form-tries", FORM_TRIES);
    Random random = new Random(seed);
    Map<String, String> ids = detainedCase("forms-");
    // the case's team holds its task, so that the task's own forms are shown
    claim(WHO.get(1), "tasks/task.xhtml?task=" + ids.get("{task}"));
    Path log = Path.of(System.getProperty("outreach.it.server"), "standalone", "log", "server.log");
    long logBefore = Files.size(log);
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    Set<String> tried = new TreeSet<>();
    Set<String> unexpected = new TreeSet<>();
    for (String line : Files.readAllLines(MATRIX)) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()
          || !row.group(1).equals("GET")
          || !row.group(2).contains(".xhtml")
          || FORMS_NOT_TRIED.contains(shape(row.group(2)))) {
        continue;
      }
      String page = row.group(2).substring(1);
      for (Map.Entry<String, String> id : ids.entrySet()) {
        page = page.replace(id.getKey(), id.getValue());
      }
      for (String who : formVisitors(row)) {
        for (int attempt = 0; attempt < tries; attempt++) {
          HttpResponse<String> shown = send(who, "GET", page, "none");
          if (shown.statusCode() != 200) {
            break;
          }
          Matcher nonce =
              SCRIPT_NONCE.matcher(
                  String.join(" ", shown.headers().allValues("Content-Security-Policy")));
          assertThat(nonce.find()).as("the script nonce of %s", page).isTrue();
          for (HtmlForms.Form form : HtmlForms.in(shown.body())) {
            if (form.multipart() || !form.takesInput() || form.id().equals("language")) {
              continue;
            }
            tried.add(shape(row.group(2)) + " " + form.id());
            // the page's script sends its nonce with every form; one try in ten goes without
            boolean withNonce = random.nextInt(10) != 0;
            String body =
                filledIn(form, random) + (withNonce ? "&primefaces.nonce=" + nonce.group(1) : "");
            HttpResponse<String> answer =
                exchange(
                    who,
                    HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(form.action()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            // with its nonce a try reaches the page's rules: the page again, with its messages, or
            // where the form leads (a case found); without, PrimeFaces refuses it (400) where it
            // checks the nonce
            String location = answer.headers().firstValue("Location").orElse("");
            boolean reached =
                answer.statusCode() == 200
                    || answer.statusCode() == 302
                        && location.contains("/outreach/")
                        && !location.contains("login")
                        && !location.contains("failure");
            if (withNonce ? !reached : answer.statusCode() != 400) {
              unexpected.add(
                  shape(row.group(2))
                      + " "
                      + form.id()
                      + (withNonce ? "" : " without nonce")
                      + ": "
                      + answer.statusCode()
                      + " "
                      + location.replaceAll("\\?.*", ""));
            }
            // PrimeFaces' settings name ViewExpiredException among its error pages: a failure shows
            // as an exception with its message, a stack line or a cause
            if (answer.statusCode() >= 500 || STACK.matcher(answer.body()).find()) {
              failures.add(
                  form.action()
                      + " form "
                      + form.id()
                      + " as "
                      + who
                      + ": "
                      + answer.statusCode()
                      + " for "
                      + body.substring(0, Math.min(300, body.length()))
                      + " answered "
                      + around(answer.body()));
            }
          }
        }
      }
    }
    System.out.printf(
        "Random console forms (seed %d): %d forms, answered %s%n", seed, tried.size(), statuses);
    assertThat(tried)
        .as("forms tried")
        .contains(
            "/audit.xhtml audit",
            "/cases/case.xhtml reply",
            "/cases/case.xhtml retention",
            "/inbox.xhtml inbox",
            "/notice.xhtml notice");
    assertThat(unexpected).as("answers other than expected (seed %d)", seed).isEmpty();
    assertThat(failures).as("answers that failed (seed %d)", seed).isEmpty();
    assertNoIncidentLoggedSince(log, logBefore, seed);
  }

  private static final int FORM_TRIES = 6;

  private static final Pattern STACK = Pattern.compile("Exception: |\tat |Caused by: ");

  /** The text around the first sign of a stack in {@code text}, or its start. */
  private static String around(String text) {
    Matcher stack = STACK.matcher(text);
    int at = stack.find() ? stack.start() : 0;
    return text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150));
  }

  private static final Pattern SCRIPT_NONCE = Pattern.compile("script-src [^;]*'nonce-([^']+)'");

  /**
   * Pages whose forms are not tried at random: a try that passes would start cases ({@code
   * cases/start}), reset or disable the test's accounts ({@code admin/accounts}), change the notice
   * texts other tests send ({@code admin/notice-texts}) or count a wrong current password against
   * the visitor ({@code account/password}); their rules are tried by their own tests.
   */
  private static final Set<String> FORMS_NOT_TRIED =
      Set.of(
          "/cases/start.xhtml",
          "/admin/accounts.xhtml",
          "/admin/notice-texts.xhtml",
          "/account/password.xhtml",
          "/login.xhtml",
          "/home.xhtml");

  /**
   * Who posts a page's forms: the caseworker of the case's team and the supervisor where each may
   * open the page, else the administrator.
   */
  private static List<String> formVisitors(Matcher row) {
    List<String> visitors = new ArrayList<>();
    for (int who : new int[] {1, 3}) {
      if (row.group(4 + who).strip().equals("200")) {
        visitors.add(WHO.get(who));
      }
    }
    if (visitors.isEmpty() && row.group(8).strip().equals("200")) {
      visitors.add(WHO.get(4));
    }
    return visitors;
  }

  /** Claims the task of the page with its claim button, as the page's script would post it. */
  private static void claim(String who, String taskPage) {
    HttpResponse<String> shown = send(who, "GET", taskPage, "none");
    assertThat(shown.statusCode()).isEqualTo(200);
    Matcher nonce =
        SCRIPT_NONCE.matcher(
            String.join(" ", shown.headers().allValues("Content-Security-Policy")));
    assertThat(nonce.find()).isTrue();
    HtmlForms.Form work =
        HtmlForms.in(shown.body()).stream()
            .filter(form -> form.id().equals("work"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no work form on " + taskPage));
    List<String> pairs = new ArrayList<>();
    for (HtmlForms.Field field : work.fields()) {
      if (field.kind() == HtmlForms.Kind.HIDDEN) {
        pairs.add(encoded(field.name()) + "=" + encoded(field.value()));
      }
    }
    pairs.add(encoded("work:claim") + "=" + encoded("work:claim"));
    pairs.add("primefaces.nonce=" + nonce.group(1));
    HttpResponse<String> claimed =
        exchange(
            who,
            HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(work.action()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build());
    assertThat(claimed.statusCode()).isIn(200, 302);
    assertThat(send(who, "GET", taskPage, "none").body())
        .as("the task held by %s", who)
        .contains("work:unclaim");
  }

  /** The form as a browser would post it, its fields filled in at random. */
  private static String filledIn(HtmlForms.Form form, Random random) {
    List<String> pairs = new ArrayList<>();
    for (HtmlForms.Field field : form.fields()) {
      String value =
          switch (field.kind()) {
            case HIDDEN ->
                field.name().equals("jakarta.faces.ViewState")
                        || field.name().equals(form.id())
                        || random.nextInt(10) != 0
                    ? field.value()
                    : OddValues.any(random);
            case TYPED -> random.nextInt(6) == 0 ? field.value() : OddValues.any(random);
            case CHOICE ->
                field.options().isEmpty() || random.nextInt(4) == 0
                    ? OddValues.any(random)
                    : field.options().get(random.nextInt(field.options().size()));
            case CHECK -> random.nextBoolean() ? field.value() : null;
          };
      if (value != null) {
        pairs.add(encoded(field.name()) + "=" + encoded(value));
      }
    }
    if (!form.buttons().isEmpty()) {
      HtmlForms.Field button = form.buttons().get(random.nextInt(form.buttons().size()));
      pairs.add(encoded(button.name()) + "=" + encoded(button.value()));
    }
    return String.join("&", pairs);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * The first visitor the row says reaches the door (not the login, 401 or 403), of those whose
   * cell is tried: supervisor, administrator, the case's team, the other team.
   */
  private static String admittedVisitor(Matcher row) {
    for (int who : new int[] {3, 4, 2, 1}) {
      String expected = row.group(4 + who).strip();
      if (!List.of("login", "401", "403", "—").contains(expected)) {
        return WHO.get(who);
      }
    }
    return null;
  }

  private static HttpResponse<String> sendRandom(String who, String method, RandomRequest sent) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(sent.path()))
            .header("X-Requested-By", "access-matrix")
            .method(
                method,
                method.equals("GET") || method.equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(sent.body()));
    if (sent.contentType() != null && !method.equals("GET") && !method.equals("DELETE")) {
      request.header("Content-Type", sent.contentType());
    }
    return exchange(who, request.build());
  }

  /** A request of the generator: path with its query, content type, body. */
  private record RandomRequest(String path, String contentType, byte[] body) {

    /** The parameters the REST doors read (their {@code @QueryParam}s). */
    private static final List<String> PARAMETERS =
        List.of(
            "case",
            "columns",
            "days",
            "existing",
            "from",
            "kind",
            "language",
            "mode",
            "page",
            "purpose",
            "reader",
            "rows",
            "sample",
            "size",
            "status",
            "to",
            "type");

    private static final List<String> MEMBERS =
        List.of(
            "from",
            "channel",
            "note",
            "text",
            "language",
            "type",
            "status",
            "reason",
            "when",
            "path",
            "aNumber",
            "scheduledFor",
            "destination",
            "ids",
            "caseIds",
            "name",
            "kind",
            "result",
            "contact",
            "decision",
            "outcome",
            "problems",
            "existing");

    /**
     * A request to {@code door}; a read gets the fixture's real ids three times in four, a write
     * only ids that name nothing, so that no try changes the case the matrix reads.
     */
    static RandomRequest of(Random random, String door, String sent, boolean read) {
      String path = door;
      for (Map.Entry<String, String> id : IDS.entrySet()) {
        String value =
            random.nextInt(4) == 0 ? odd(random) : read ? id.getValue() : IDS.get("{unknown}");
        path = path.replace(id.getKey(), URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
      path = path.substring(1);
      StringBuilder query = new StringBuilder();
      for (int i = random.nextInt(4); i > 0; i--) {
        query
            .append(query.length() == 0 && !path.contains("?") ? '?' : '&')
            .append(PARAMETERS.get(random.nextInt(PARAMETERS.size())))
            .append('=')
            .append(URLEncoder.encode(odd(random), StandardCharsets.UTF_8));
      }
      String type =
          switch (random.nextInt(8)) {
            case 0 -> "text/plain";
            case 1 -> null;
            case 2 -> "application/json; charset=ISO-8859-1";
            default ->
                switch (sent) {
                  case "csv" -> "text/csv";
                  case "pdf" -> "application/pdf";
                  case "form" -> "application/x-www-form-urlencoded";
                  default -> "application/json";
                };
          };
      byte[] body =
          switch (random.nextInt(6)) {
            case 0 -> bytes(random);
            case 1 -> csv(random).getBytes(StandardCharsets.UTF_8);
            default -> json(random, 0).getBytes(StandardCharsets.UTF_8);
          };
      if (random.nextInt(10) == 0) {
        body = java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
      }
      return new RandomRequest(path + query, type, body);
    }

    private static String odd(Random random) {
      return OddValues.any(random);
    }

    private static String json(Random random, int depth) {
      int kind = depth > 2 ? 2 + random.nextInt(4) : random.nextInt(6);
      return switch (kind) {
        case 0 -> {
          StringBuilder object = new StringBuilder("{");
          for (int i = random.nextInt(5); i > 0; i--) {
            object
                .append(
                    quoted(
                        random.nextInt(4) == 0
                            ? odd(random)
                            : MEMBERS.get(random.nextInt(MEMBERS.size()))))
                .append(':')
                .append(json(random, depth + 1))
                .append(i > 1 ? "," : "");
          }
          yield object.append('}').toString();
        }
        case 1 -> {
          StringBuilder array = new StringBuilder("[");
          for (int i = random.nextInt(4); i > 0; i--) {
            array.append(json(random, depth + 1)).append(i > 1 ? "," : "");
          }
          yield array.append(']').toString();
        }
        case 2 -> quoted(odd(random));
        case 3 -> random.nextBoolean() ? Long.toString(random.nextLong()) : "1.5e400";
        case 4 -> random.nextBoolean() ? "true" : "null";
        default -> random.nextBoolean() ? "{\"" : "[1,";
      };
    }

    private static String quoted(String text) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String csv(Random random) {
      StringBuilder file = new StringBuilder();
      for (int rows = random.nextInt(4); rows >= 0; rows--) {
        for (int cells = random.nextInt(6); cells >= 0; cells--) {
          String cell = odd(random);
          file.append(random.nextBoolean() ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
              .append(cells > 0 ? "," : "");
        }
        file.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      return file.toString();
    }

    private static byte[] bytes(Random random) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      return bytes;
    }
  }

  /** A request's answer as the matrix writes it: the login page, or the status code. */
  private static String answer(HttpResponse<String> response) {
    if (response.statusCode() == 200 && response.body().contains("id=\"login\"")) {
      return "login";
    }
    return Integer.toString(response.statusCode());
  }

  private static String path(String door) {
    String path = door;
    for (Map.Entry<String, String> id : IDS.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    return path.substring(1);
  }

  private static HttpResponse<String> send(String who, String method, String path, String sent) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(ItSettings.baseUrl()).resolve(path));
    switch (sent) {
      case "csv" ->
          request
              .header("Content-Type", "text/csv")
              .method(method, HttpRequest.BodyPublishers.ofString("x\n"));
      case "json" ->
          request
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString("{}"));
      case "pdf" ->
          request
              .header("Content-Type", "application/pdf")
              .method(method, HttpRequest.BodyPublishers.ofString("not a PDF"));
      case "form" ->
          request
              .header("Content-Type", "application/x-www-form-urlencoded")
              .method(method, HttpRequest.BodyPublishers.ofString("username=&password="));
      default ->
          request
              .header("X-Requested-By", "access-matrix")
              .method(method, HttpRequest.BodyPublishers.noBody());
    }
    return exchange(who, request.build());
  }

  private static HttpResponse<String> exchange(String who, HttpRequest request) {
    try {
      return SESSIONS.get(who).send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A door with its ids and query left out: {@code GET /api/cases/{}}. */
  private static String shape(String door) {
    String path = door.contains("?") ? door.substring(0, door.indexOf('?')) : door;
    return path.replaceAll("\\{[^}]*\\}", "{}");
  }

  private static Set<String> views() throws IOException {
    Path webapp = WEB.resolve("webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(file -> file.toString().endsWith(".xhtml"))
          .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
          .filter(view -> !view.startsWith("WEB-INF/") && !view.startsWith("resources/"))
          .map(view -> "GET /" + view)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static final Pattern CLASS_PATH =
      Pattern.compile(
          "(?s)@Path\\(\"([^\"]*)\"\\)\\s*(?:@[A-Za-z]+(?:\\([^)]*\\))?\\s*)*public class");
  private static final Pattern METHOD =
      Pattern.compile(
          "(?s)@(GET|POST|PUT|DELETE|PATCH)\\b((?:\\s*@[A-Za-z]+(?:\\((?:[^()]|\\([^)]*\\))*\\))?)*)\\s*public ");
  private static final Pattern METHOD_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");

  private static Set<String> restEndpoints() throws IOException {
    Set<String> endpoints = new TreeSet<>();
    for (Path source : javaSources()) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher type = CLASS_PATH.matcher(text);
      if (!type.find()) {
        continue;
      }
      String root = "/api/" + type.group(1);
      Matcher method = METHOD.matcher(text);
      while (method.find()) {
        Matcher sub = METHOD_PATH.matcher(method.group(2));
        String path = sub.find() ? root + "/" + sub.group(1) : root;
        endpoints.add(method.group(1) + " " + shape(path));
      }
    }
    return endpoints;
  }

  private static final Pattern SERVLET = Pattern.compile("@WebServlet\\(\"([^\"]+)\"\\)");

  private static Set<String> servlets() throws IOException {
    Set<String> doors = new TreeSet<>();
    for (Path source : javaSources()) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher servlet = SERVLET.matcher(text);
      if (servlet.find()) {
        if (text.contains("doGet(")) {
          doors.add("GET " + servlet.group(1));
        }
        if (text.contains("doPost(")) {
          doors.add("POST " + servlet.group(1));
        }
      }
    }
    return doors;
  }

  private static List<Path> javaSources() throws IOException {
    try (Stream<Path> files = Files.walk(WEB.resolve("java"))) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    }
  }
}
