package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreach.it.support.Inputs.setInput;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.CourtFixtureServlet;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.Gone;
import org.outreach.it.support.TestStaff;
import org.outreach.processes.CourtAccessProcess;

/**
 * The supervisors' dashboard in Chromium on the real server: after three detained people's cases
 * open and a removal is reported during one's hold, the page counts them without a reload (it asks
 * again every 30 seconds): at least three more detained cases, the case's removal listed among what
 * must not wait, at least three more open tasks for the detention team (cases of earlier tests may
 * move on meanwhile, so the counts are not compared exactly). Only supervisors and administrators
 * reach it; screen readers get headed tables.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

  /** The poll's period plus a round of the job executor. */
  private static final Duration REFRESHED = Duration.ofSeconds(120);

  /**
   * Where a figure stands among a population's: people imported, then cases from opened to closed,
   * then closed by outcome.
   */
  private static final int LOCATED = 2;

  private static final int ACKNOWLEDGED = 4;
  private static final int CONSULTATION_SCHEDULED = 5;
  private static final int CONSULTATION_HELD = 6;
  private static final int CLOSED = 11;

  /** The figures of a row: people imported, eleven of cases, six outcomes. */
  private static final int FIGURES = 18;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void theNumbersFollowTheCampaignWithoutAReload() throws Exception {
    try (ConsoleUser supervisor = new ConsoleUser()) {
      // a supervisor's first page after logging in is the dashboard
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      Eventually.await(
          "the dashboard",
          () -> supervisor.driver().findElements(By.id("figures")).isEmpty() ? null : true);
      assertThat(supervisor.driver().getCurrentUrl()).endsWith("/dashboard.xhtml");
      long detained = funnel(supervisor, "Detained");
      long detention = teamOpen(supervisor, "detention-team");

      String marker = "dash-" + UUID.randomUUID().toString().substring(0, 8);
      HttpResponse<String> opened =
          Fixtures.post("people?custody=DETAINED&count=3&marker=" + marker);
      assertThat(opened.statusCode()).isEqualTo(200);
      List<String> cases = opened.body().lines().toList();
      assertThat(cases).hasSize(3);
      String[] urgent = cases.get(0).split(" ");
      assertThat(Fixtures.post("custody-hold?case=" + urgent[0] + "&to=removal-stop").statusCode())
          .isEqualTo(204);

      // no reload: the page asks again on its own
      supervisor.screenshot("dashboard-before");
      try {
        Eventually.await(
            "the dashboard counting the new cases",
            REFRESHED,
            () -> {
              try {
                // other cases of earlier tests may move on meanwhile: ours are counted and listed
                return funnel(supervisor, "Detained") >= detained + 3
                        && number(supervisor, "removals-count") >= 1
                        && teamOpen(supervisor, "detention-team") >= detention + 3
                        && supervisor.driver().findElements(By.linkText(urgent[1])).size() == 1
                    ? true
                    : null;
              } catch (WebDriverException replaced) {
                // the poll replaced the figures while they were read
                return null;
              }
            });
      } catch (AssertionError e) {
        supervisor.screenshot("dashboard-not-counted");
        throw e;
      }
      assertThat(
              supervisor.driver().findElements(By.cssSelector(".dashboard-urgent a")).stream()
                  .map(WebElement::getText))
          .contains(urgent[1]);
      // today's bar counts at least our three cases opened; the chart's figures are in a table
      assertThat(supervisor.driver().findElements(By.cssSelector("#throughput canvas"))).hasSize(1);
      List<WebElement> days =
          supervisor.driver().findElements(By.cssSelector(".throughput-opened"));
      assertThat(days).hasSize(30);
      assertThat(Long.parseLong(days.get(29).getAttribute("textContent").strip()))
          .isGreaterThanOrEqualTo(3);
      supervisor.scrollTo("#throughput-heading");
      supervisor.screenshot("dashboard-throughput");
      supervisor.checkAccessibility("dashboard");

      // a number opens its case
      supervisor.driver().findElement(By.linkText(urgent[1])).click();
      Eventually.await(
          "the case view",
          () -> supervisor.driver().getCurrentUrl().contains("case=" + urgent[1]) ? true : null);
      assertThat(supervisor.driver().getPageSource()).contains(urgent[1]);

      // a figure of the funnel opens the cases behind it
      supervisor.open("dashboard.xhtml");
      WebElement figure = funnelCell(supervisor, "Detained", ".funnel-opened");
      long shown = Long.parseLong(figure.getText());
      figure.click();
      Eventually.await(
          "the cases behind the figure",
          () -> supervisor.driver().findElements(By.id("list-count")).isEmpty() ? null : true);
      assertThat(supervisor.textOf("#list-heading")).isEqualTo("Detained · Cases opened");
      assertThat(supervisor.textOf("#list-count")).matches("Shown 1–[0-9]+ / [0-9]+");
      long listed =
          Long.parseLong(supervisor.textOf("#list-count").replaceAll(".* / ", "").strip());
      assertThat(listed).isGreaterThanOrEqualTo(shown);
      List<WebElement> references =
          supervisor.driver().findElements(By.cssSelector(".listed-reference"));
      assertThat(references).hasSize((int) Math.min(50, listed));
      assertThat(references.get(0).getText()).matches("OC-[0-9A-Z]{4}-[0-9A-Z]{4}");
      supervisor.checkAccessibility("dashboard-cases-behind-a-figure");
      // a team's open tasks open the inbox filtered to that team, counting at least as many
      supervisor.open("dashboard.xhtml");
      WebElement teamOpen = teamCell(supervisor, "detention-team", ".team-open");
      long teamShown = Long.parseLong(teamOpen.getText());
      teamOpen.click();
      Eventually.await(
          "the team's tasks",
          () -> supervisor.driver().findElements(By.id("task-count")).isEmpty() ? null : true);
      assertThat(supervisor.driver().getCurrentUrl()).contains("team=detention-team");
      assertThat(
              supervisor
                  .driver()
                  .findElement(By.cssSelector("#inbox\\:filter-team option[selected]"))
                  .getAttribute("value"))
          .isEqualTo("detention-team");
      long teamListed = Long.parseLong(supervisor.textOf("#task-count").replaceAll("[^0-9]", ""));
      assertThat(teamListed).isGreaterThanOrEqualTo(teamShown);
      // and its overdue tasks, the inbox with overdue only ticked
      supervisor.open("dashboard.xhtml");
      teamCell(supervisor, "detention-team", ".team-overdue").click();
      Eventually.await(
          "the team's overdue tasks",
          () -> supervisor.driver().findElements(By.id("task-count")).isEmpty() ? null : true);
      assertThat(supervisor.driver().findElement(By.id("inbox:overdue")).isSelected()).isTrue();

      // a caseworker's claimed tasks open the inbox narrowed to what they hold
      String held = cases.get(1).split(" ")[1];
      try (ConsoleUser caseworker = new ConsoleUser()) {
        caseworker.logIn(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD);
        caseworker.awaitTaskOf(held);
        caseworker.claim(held);
      }
      supervisor.openDashboardCountedSince(Instant.now());
      WebElement claimed =
          caseworkerCell(supervisor, TestStaff.OTHER_TEAM_CASEWORKER, ".caseworker-claimed");
      assertThat(Long.parseLong(claimed.getText())).isPositive();
      claimed.click();
      Eventually.await(
          "the caseworker's tasks",
          () -> supervisor.driver().findElements(By.id("task-count")).isEmpty() ? null : true);
      assertThat(supervisor.driver().getCurrentUrl())
          .contains("heldBy=" + TestStaff.OTHER_TEAM_CASEWORKER);
      assertThat(
              supervisor
                  .driver()
                  .findElement(By.cssSelector("#inbox\\:filter-heldBy option[selected]"))
                  .getAttribute("value"))
          .isEqualTo(TestStaff.OTHER_TEAM_CASEWORKER);
      long heldListed = Long.parseLong(supervisor.textOf("#task-count").replaceAll("[^0-9]", ""));
      assertThat(heldListed).isPositive();
      if (heldListed <= 50) {
        assertThat(
                supervisor.driver().findElements(By.cssSelector(".task-case")).stream()
                    .map(WebElement::getText))
            .contains(held);
      }
      supervisor.screenshot("dashboard-caseworker-held-tasks");

      // a figure that does not exist is said, nothing listed
      supervisor.open("cases/list.xhtml?population=NOBODY&stage=OPENED");
      assertThat(supervisor.textOf("#messages"))
          .isEqualTo("The dashboard has no such figure: open the list from one of its numbers.");
      assertThat(supervisor.driver().findElements(By.cssSelector(".listed-reference"))).isEmpty();
    }
  }

  @Test
  void aNoticeEmailFigureOpensTheCasesBehindIt() throws Exception {
    // a removed person's notice goes to their attorney by email, which the mail server accepts
    assertThat(Fixtures.post("notice-texts/approved").statusCode()).isEqualTo(204);
    String marker = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    String[] removed = personsCase(marker, "REMOVED");
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      By sent = By.cssSelector("#messages a.message-count[data-status='SENT']");
      // earlier tests' emails may make the figure before ours is sent: wait for our case in the
      // list
      long[] counted =
          Eventually.await(
              "our notice email accepted by the mail server, its case behind the figure",
              REFRESHED,
              () -> {
                try {
                  supervisor.open("dashboard.xhtml");
                  List<WebElement> figures = supervisor.driver().findElements(sent);
                  if (figures.isEmpty()) {
                    return null;
                  }
                  long messages = Long.parseLong(figures.get(0).getText());
                  figures.get(0).click();
                  new WebDriverWait(supervisor.driver(), Duration.ofSeconds(30))
                      .until(d -> !d.findElements(By.id("list-count")).isEmpty());
                  long cases =
                      Long.parseLong(
                          supervisor.textOf("#list-count").replaceAll(".* / ", "").strip());
                  boolean ours =
                      cases > 50
                          || supervisor
                              .driver()
                              .findElements(By.cssSelector(".listed-reference"))
                              .stream()
                              .map(WebElement::getText)
                              .anyMatch(removed[1]::equals);
                  return ours ? new long[] {messages, cases} : null;
                } catch (WebDriverException replaced) {
                  return null;
                }
              });
      assertThat(supervisor.textOf("#list-heading"))
          .isEqualTo("Cases with an email notice · Accepted by the mail server");
      supervisor.screenshot("dashboard-cases-with-an-email");
      // a case is listed once however many of its emails were sent; a sent email stays sent. The
      // figure was read before the list: other tests' emails sent in between can list more cases
      // than it said, so the figure is read again until it has caught up with the list
      assertThat(counted[1]).isPositive();
      long messagesSinceTheList =
          Eventually.await(
              "the figure caught up with the cases listed",
              REFRESHED,
              () -> {
                try {
                  supervisor.open("dashboard.xhtml");
                  List<WebElement> figures = supervisor.driver().findElements(sent);
                  long messages = figures.isEmpty() ? 0 : Long.parseLong(figures.get(0).getText());
                  return messages >= counted[1] ? messages : null;
                } catch (WebDriverException replaced) {
                  return null;
                }
              });
      assertThat(counted[1]).isBetween(1L, messagesSinceTheList);
      // a state its channel does not have is no figure
      supervisor.open("cases/list.xhtml?channel=LETTER&state=SENT");
      assertThat(supervisor.textOf("#messages"))
          .isEqualTo("The dashboard has no such figure: open the list from one of its numbers.");
      assertThat(supervisor.driver().findElements(By.cssSelector(".listed-reference"))).isEmpty();
    }
  }

  @Test
  void inSpanishForASupervisor() {
    try (ConsoleUser supervisor = new ConsoleUser("es")) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.open("dashboard.xhtml");
      assertThat(supervisor.textOf("h1")).isEqualTo("Panel de la campaña");
      assertThat(supervisor.textOf("#figures"))
          .contains("No puede esperar", "Tareas abiertas por equipo");
      supervisor.checkAccessibility("dashboard-es");
    }
  }

  @Test
  void onlySupervisorsAndAdministratorsReachIt() {
    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(TestStaff.CASEWORKER, TestStaff.PASSWORD);
      // a caseworker's first page is the inbox
      assertThat(caseworker.driver().getCurrentUrl()).endsWith("/inbox.xhtml");
      assertThat(caseworker.driver().findElements(By.id("nav-dashboard"))).isEmpty();
      caseworker.open("dashboard.xhtml");
      assertThat(caseworker.driver().findElements(By.id("figures"))).isEmpty();
      assertThat(caseworker.driver().getPageSource()).doesNotContain("Campaign dashboard");
    }
    try (ConsoleUser anonymous = new ConsoleUser()) {
      anonymous.open("dashboard.xhtml");
      assertThat(anonymous.seesLoginForm()).isTrue();
    }
    try (ConsoleUser admin = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.open("dashboard.xhtml");
      assertThat(admin.driver().findElements(By.id("figures"))).hasSize(1);
    }
  }

  @Test
  void anAdministratorHoldsEmailOnEveryServerAndSupervisorsSeeItHeld() throws Exception {
    try (ConsoleUser admin = new ConsoleUser();
        ConsoleUser supervisor = new ConsoleUser()) {
      admin.logIn(TestStaff.ADMIN, TestStaff.PASSWORD);
      admin.open("dashboard.xhtml");
      assertThat(admin.driver().findElements(By.id("email-held"))).isEmpty();
      admin.driver().findElement(By.id("email-hold:hold")).click();
      Eventually.await(
          "the hold shown",
          () -> admin.driver().findElements(By.id("email-hold:release")).isEmpty() ? null : true);
      assertThat(admin.textOf("#email-held"))
          .contains("Outgoing email is held on every server")
          .contains("Held by " + TestStaff.ADMIN);
      assertThat(admin.textOf("#email-hold")).contains("nothing more is sent until it is released");
      admin.checkAccessibility("dashboard-email-held");
      admin.scrollTo("#messages-heading");
      admin.screenshot("dashboard-email-release");

      // the hold is in the database, for every server, and says who
      BasicHttp.Answer state =
          BasicHttp.get(TestStaff.ADMIN, TestStaff.PASSWORD, "api/admin/outbox");
      assertThat(state.status()).isEqualTo(200);
      assertThat(state.body())
          .contains("\"held\":true")
          .contains("\"changedBy\":\"" + TestStaff.ADMIN + "\"");

      // a supervisor sees it held, and can neither release it here nor over REST
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      supervisor.open("dashboard.xhtml");
      assertThat(supervisor.textOf("#email-held")).contains("Held by " + TestStaff.ADMIN);
      assertThat(supervisor.driver().findElements(By.id("email-hold"))).isEmpty();
      assertThat(
              BasicHttp.post(TestStaff.SUPERVISOR, TestStaff.PASSWORD, "api/admin/outbox/release")
                  .status())
          .isEqualTo(403);
      supervisor.screenshot("dashboard-email-held-supervisor");

      admin.open("dashboard.xhtml");
      admin.driver().findElement(By.id("email-hold:release")).click();
      Eventually.await(
          "the hold released",
          () -> admin.driver().findElements(By.id("email-hold:hold")).isEmpty() ? null : true);
      assertThat(admin.driver().findElements(By.id("email-held"))).isEmpty();
      assertThat(BasicHttp.get(TestStaff.ADMIN, TestStaff.PASSWORD, "api/admin/outbox").body())
          .contains("\"held\":false");
    } finally {
      // never leave the other tests' email held
      BasicHttp.post(TestStaff.ADMIN, TestStaff.PASSWORD, "api/admin/outbox/release");
    }
  }

  @Test
  void theFunnelMatchesTheDatabaseForEveryPopulationAndStage() throws Exception {
    // people of every population, on top of the cases earlier tests moved through their steps
    String marker = "exact-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> populations =
        List.of(
            "custody=DETAINED&count=2",
            "custody=RELEASED&count=2",
            "custody=REMOVED&timing=AFTER_LEAK_BEFORE_NOTICE&count=1",
            "custody=REMOVED&timing=BEFORE_LEAK_FOUND&count=1",
            "custody=UNKNOWN&count=1");
    for (int i = 0; i < populations.size(); i++) {
      // a marker of its own per call: the people's A-numbers come from their markers
      assertThat(
              Fixtures.post("people?" + populations.get(i) + "&marker=" + marker + "p" + i)
                  .statusCode())
          .isEqualTo(200);
    }
    // moved through known steps whatever ran before: one person's notice handed over and a
    // consultation scheduled with counsel on the court task's form, another's acknowledgment of the
    // notice recorded over REST (released people are located by the registry lookup); the
    // consultation also recorded as held
    String[] consulted = releasedPersonsCase(marker + "c");
    scheduleConsultation(consulted);
    String[] acknowledged = releasedPersonsCase(marker + "a");
    BasicHttp.Answer reply =
        BasicHttp.post(
            TestStaff.SUPERVISOR,
            TestStaff.PASSWORD,
            "api/cases/" + acknowledged[0] + "/replies",
            "application/json",
            "{\"channel\":\"THROUGH_COUNSEL\",\"receivedAt\":\""
                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "\",\"acknowledgesNotice\":true}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      // jobs move cases on while the page is read: compare when the tables did not change meanwhile
      Eventually.await(
          "the funnel as the database counts it",
          REFRESHED,
          () -> {
            Instant asked = Instant.now();
            Map<String, List<Long>> before = databaseFunnel();
            supervisor.open("dashboard.xhtml");
            Map<String, List<Long>> shown = pageFunnel(supervisor);
            Map<String, List<Long>> after = databaseFunnel();
            // figures counted before the database was read (shown again to every supervisor for a
            // few seconds) are not compared; neither are those of tables that changed meanwhile
            if (countedAt(supervisor).isBefore(asked) || !before.equals(after)) {
              return null;
            }
            assertThat(shown).isEqualTo(after);
            // and the figures this test moved are among them (released: located, acknowledged,
            // consultation scheduled), so no stage is held against zero on both sides
            List<Long> released = shown.get("RELEASED");
            if (released.get(0) < 2
                || released.get(LOCATED) < 2
                || released.get(ACKNOWLEDGED) < 1
                || released.get(CONSULTATION_SCHEDULED) < 1
                || released.get(CONSULTATION_HELD) < 1) {
              return null;
            }
            return true;
          });
      supervisor.scrollTo("#funnel-heading");
      supervisor.screenshot("dashboard-funnel-matches");
      supervisor.scrollTo("#outcomes-heading");
      supervisor.screenshot("dashboard-closed-by-outcome");
    }
  }

  /** A released person's new case: {id, reference}. */
  private static String[] releasedPersonsCase(String marker) throws Exception {
    return personsCase(marker, "RELEASED");
  }

  /** A new case of a person of the custody status {@code custody}: {id, reference}. */
  private static String[] personsCase(String marker, String custody) throws Exception {
    HttpResponse<String> opened = Fixtures.post("people?custody=" + custody + "&marker=" + marker);
    assertThat(opened.statusCode()).isEqualTo(200);
    return opened.body().strip().split(" ");
  }

  /**
   * The case brought to its scheduling task (the notice handed over and the consultation accepted
   * through the engine), then the consultation scheduled on the task's form by a caseworker of the
   * legal-access team.
   */
  private static void scheduleConsultation(String[] opened) throws Exception {
    HttpResponse<String> brought =
        Fixtures.post(
            "court?case=" + opened[0] + "&to=" + CourtAccessProcess.TASK_SCHEDULE_CONSULTATION);
    assertThat(brought.statusCode()).as(brought.body()).isEqualTo(204);
    try (ConsoleUser caseworker = new ConsoleUser()) {
      caseworker.logIn(CourtFixtureServlet.CASEWORKER, TestStaff.PASSWORD);
      caseworker.awaitTaskOf(opened[1]);
      caseworker.openTaskOf(opened[1]);
      caseworker.claimOnTaskPage();
      WebDriver page = caseworker.driver();
      page.findElement(By.id("work:schedule-counsel")).sendKeys("Counsel");
      page.findElement(By.id("work:schedule-organisation")).sendKeys("Firm");
      setInput(
          page,
          "work:schedule-at",
          LocalDateTime.now()
              .plusDays(2)
              .withHour(15)
              .withMinute(30)
              .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
      page.findElement(By.cssSelector("input[name='work:schedule-place'][value='REMOTE']")).click();
      page.findElement(By.id("work:schedule-record")).click();
      new WebDriverWait(page, Duration.ofSeconds(30))
          .ignoring(WebDriverException.class)
          .until(d -> !d.findElements(By.id("inbox:tasks")).isEmpty());
      assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");

      // and, the consultation held, the day recorded on the case view
      caseworker.findCase(opened[1], "CASEWORK");
      setInput(page, "consultation:held-on", LocalDate.now(ZoneOffset.UTC).toString());
      WebElement record = page.findElement(By.id("consultation:held-record"));
      record.click();
      new WebDriverWait(page, Duration.ofSeconds(30)).until(Gone.of(record));
      assertThat(caseworker.textOf(".console-messages"))
          .contains("The consultation is recorded as held.");
    }
  }

  /** Each population's figures as the fixture counts them in plain SQL. */
  private static Map<String, List<Long>> databaseFunnel() {
    try {
      HttpResponse<String> counted = Fixtures.post("funnel-counts");
      assertThat(counted.statusCode()).isEqualTo(200);
      Map<String, List<Long>> funnel = new TreeMap<>();
      for (String line : counted.body().strip().split("\n")) {
        String[] parts = line.strip().split(" ");
        List<Long> figures = new java.util.ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
          figures.add(Long.parseLong(parts[i]));
        }
        funnel.put(parts[0], figures);
      }
      return funnel;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Each population's figures as the page shows them, keyed as its links name it: the funnel's row
   * (people imported, then its links) and the closed cases by outcome, whose first link (all
   * closed) must be the funnel's closed figure and the sum of the outcomes.
   */
  private static Map<String, List<Long>> pageFunnel(ConsoleUser user) {
    Map<String, List<Long>> funnel = new TreeMap<>();
    for (WebElement row : user.driver().findElements(By.cssSelector("#funnel tr.funnel-row"))) {
      List<WebElement> links = row.findElements(By.tagName("a"));
      List<Long> figures = new java.util.ArrayList<>();
      links.forEach(link -> figures.add(Long.parseLong(link.getText())));
      funnel.put(keyOf(links.get(0)), figures);
    }
    for (WebElement row : user.driver().findElements(By.cssSelector("#outcomes tr.outcome-row"))) {
      List<WebElement> links = row.findElements(By.tagName("a"));
      List<Long> figures = funnel.get(keyOf(links.get(0)));
      List<Long> byOutcome =
          links.stream().skip(1).map(link -> Long.parseLong(link.getText())).toList();
      long closed = Long.parseLong(links.get(0).getText());
      assertThat(closed).isEqualTo(figures.get(CLOSED));
      assertThat(byOutcome.stream().mapToLong(Long::longValue).sum()).isEqualTo(closed);
      figures.addAll(byOutcome);
    }
    funnel.values().forEach(figures -> assertThat(figures).hasSize(FIGURES));
    return funnel;
  }

  /** When the figures on the page were counted. */
  private static Instant countedAt(ConsoleUser user) {
    return Instant.parse(
        user.driver().findElement(By.id("counted-at")).getAttribute("data-counted"));
  }

  private static String keyOf(WebElement link) {
    return link.getAttribute("href").replaceAll(".*population=([A-Z_]+).*", "$1");
  }

  @Test
  void peopleRemovedAfterTheLeakAreCountedApartAndListed() throws Exception {
    String afterLeak = "Removed after the leak, before notice";
    try (ConsoleUser supervisor = new ConsoleUser()) {
      supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
      Eventually.await(
          "the dashboard",
          () -> supervisor.driver().findElements(By.id("figures")).isEmpty() ? null : true);
      long before = funnel(supervisor, afterLeak);
      long removedBefore = funnel(supervisor, "Removed before the leak was found");

      String marker = "leak-" + UUID.randomUUID().toString().substring(0, 8);
      HttpResponse<String> opened =
          Fixtures.post(
              "people?custody=REMOVED&timing=AFTER_LEAK_BEFORE_NOTICE&count=2&marker=" + marker);
      assertThat(opened.statusCode()).isEqualTo(200);
      List<String> references = opened.body().lines().map(line -> line.split(" ")[1]).toList();
      assertThat(references).hasSize(2);

      // counted once their processes have loaded where they are, in their own row (the page is
      // opened again: that it refreshes on its own is theNumbersFollowTheCampaignWithoutAReload's)
      Eventually.await(
          "the removed people counted apart",
          REFRESHED,
          () -> {
            try {
              supervisor.open("dashboard.xhtml");
              return funnel(supervisor, afterLeak) >= before + 2 ? true : null;
            } catch (WebDriverException replaced) {
              return null;
            }
          });
      assertThat(funnel(supervisor, "Removed before the leak was found"))
          .as("the other removed people's row")
          .isGreaterThanOrEqualTo(removedBefore);
      supervisor.scrollTo("#funnel-heading");
      supervisor.screenshot("dashboard-removed-after-the-leak");

      supervisor.open("dashboard.xhtml");
      funnelCell(supervisor, afterLeak, ".funnel-opened").click();
      Eventually.await(
          "the cases behind the figure",
          () -> supervisor.driver().findElements(By.id("list-count")).isEmpty() ? null : true);
      assertThat(supervisor.driver().getCurrentUrl())
          .contains("population=REMOVED_AFTER_LEAK_BEFORE_NOTICE");
      assertThat(supervisor.textOf("#list-heading")).isEqualTo(afterLeak + " · Cases opened");
      long total = Long.parseLong(supervisor.textOf("#list-count").replaceAll(".* / ", "").strip());
      assertThat(total).isGreaterThanOrEqualTo(before + 2);
      List<String> listed =
          supervisor.driver().findElements(By.cssSelector(".listed-reference")).stream()
              .map(WebElement::getText)
              .toList();
      // oldest first, 50 a page: ours are on the first page unless earlier runs left more
      if (total <= 50) {
        assertThat(listed).containsAll(references);
      }

      // the people imported open their cases, and the list says how many have none
      Eventually.await(
          "the people imported listed as their cases and those without one",
          () -> {
            supervisor.open("dashboard.xhtml");
            WebElement imported = funnelCell(supervisor, afterLeak, ".funnel-imported");
            long figure = Long.parseLong(imported.getText());
            imported.click();
            Eventually.await(
                "the people imported's list",
                () ->
                    supervisor.driver().findElements(By.id("list-count")).isEmpty() ? null : true);
            long cases =
                Long.parseLong(supervisor.textOf("#list-count").replaceAll(".* / ", "").strip());
            long withoutCase = Long.parseLong(supervisor.textOf("#without-case-count"));
            return cases + withoutCase == figure && cases >= 2 ? true : null;
          });
      assertThat(supervisor.driver().getCurrentUrl()).contains("stage=IMPORTED");
      assertThat(supervisor.textOf("#list-heading"))
          .isEqualTo(afterLeak + " · People imported: their cases");
      if (Long.parseLong(supervisor.textOf("#list-count").replaceAll(".* / ", "").strip()) <= 50) {
        assertThat(
                supervisor.driver().findElements(By.cssSelector(".listed-reference")).stream()
                    .map(WebElement::getText)
                    .toList())
            .containsAll(references);
      }
      supervisor.screenshot("dashboard-people-imported-list");
    }
  }

  /** The cases opened of a population, by its row's label; 0 while it has no row. */
  private static WebElement funnelCell(ConsoleUser user, String population, String cell) {
    return user.driver().findElements(By.cssSelector("#funnel tr.funnel-row")).stream()
        .filter(
            row ->
                row.findElement(By.cssSelector(".funnel-population")).getText().equals(population))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector(cell));
  }

  private static long funnel(ConsoleUser user, String population) {
    for (WebElement row : user.driver().findElements(By.cssSelector("#funnel tbody tr"))) {
      List<WebElement> label = row.findElements(By.cssSelector(".funnel-population"));
      if (!label.isEmpty() && label.get(0).getText().equals(population)) {
        return Long.parseLong(row.findElement(By.cssSelector(".funnel-opened")).getText());
      }
    }
    return 0;
  }

  private static WebElement teamCell(ConsoleUser user, String team, String cell) {
    return user.driver().findElements(By.cssSelector("#teams tbody tr")).stream()
        .filter(
            row ->
                row.findElements(By.cssSelector(".team-name")).stream()
                    .anyMatch(name -> team.equals(name.getAttribute("data-team"))))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector(cell));
  }

  private static WebElement caseworkerCell(ConsoleUser user, String username, String cell) {
    return user.driver().findElements(By.cssSelector("#caseworkers tbody tr")).stream()
        .filter(
            row ->
                row.findElements(By.cssSelector(".caseworker-name")).stream()
                    .anyMatch(name -> username.equals(name.getText())))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector(cell));
  }

  private static long teamOpen(ConsoleUser user, String team) {
    for (WebElement row : user.driver().findElements(By.cssSelector("#teams tbody tr"))) {
      List<WebElement> name = row.findElements(By.cssSelector(".team-name"));
      if (!name.isEmpty() && team.equals(name.get(0).getAttribute("data-team"))) {
        return Long.parseLong(row.findElement(By.cssSelector(".team-open")).getText());
      }
    }
    return 0;
  }

  private static long number(ConsoleUser user, String id) {
    return Long.parseLong(user.driver().findElement(By.id(id)).getText().strip());
  }
}
