package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditTrail;
import org.outreach.cases.CaseEventKind;
import org.outreach.cases.CaseOpening;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.OpenedCase;
import org.outreach.it.support.ApprovedTexts;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.DatabaseDump;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.notice.letters.LetterQueue;
import org.outreach.notice.letters.LetterStatus;
import org.outreach.notice.letters.LetterView;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateType;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * Letters on the real server and database, through the REST doors: a day's batch prints each
 * waiting letter with the registry's name and safe address, its PDF download is audited for every
 * person in it, the letters count as sent only once the batch is marked mailed, a returned letter
 * moves its case's process on to the next channel, and the detention team prints a facility's
 * custody notices. No name, address or facility reaches a file name, the manifest, a table in clear
 * or the server log.
 */
@ExtendWith(ArquillianExtension.class)
class LettersIT {

  private static final String PASSWORD = "it-letters-password-0123";
  private static final String SUPERVISOR = "it-let-sam";
  private static final String CASEWORKER = "it-let-omar";
  private static final String ADMIN = "it-let-ada";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithPdfTests(LettersIT.class);
  }

  @Inject PersonRegistry registry;
  @Inject CaseOpening caseOpening;
  @Inject CaseProgress progress;
  @Inject AsSystem asSystem;
  @Inject LetterQueue letterQueue;
  @Inject AuditTrail auditTrail;
  @Inject TemplateReview templateReview;
  @Inject TaskService taskService;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  /** A case opened for a registered person. */
  private record Opened(UUID id, String reference, UUID personId) {}

  /** A person with a marker in every value a letter shows, so a leak can be searched for. */
  private record Marked(String given, String family, String address, String facility) {

    static Marked fresh() {
      String tag = letters(8);
      return new Marked(
          "Lettermarker" + tag,
          "Familymarker" + tag,
          "12 Addressmarker" + tag + " Street, Springfield, IL 62704",
          "Facilitymarker " + tag + " Processing Center");
    }

    List<String> secrets() {
      return List.of(given, family, address, facility, "Addressmarker" + family.substring(12));
    }
  }

  @BeforeEach
  void staffAndApprovedTexts() throws Exception {
    asAdmin.run(
        () -> {
          ensure(SUPERVISOR, Role.SUPERVISOR, "supervisors");
          ensure(CASEWORKER, Role.CASEWORKER, "detention-team");
          ensure(ADMIN, Role.ADMIN, "administrators");
          ApprovedTexts.approveLatest(
              templateReview, TemplateType.NOTICE, TemplateType.IN_CUSTODY_NOTICE);
        });
  }

  @Test
  void aDaysBatchPrintsTheLettersWhichCountAsSentOnceMailedAndAReturnMovesTheCaseOn()
      throws Exception {
    Marked arabic = Marked.fresh();
    Marked chinese = Marked.fresh();
    Opened first = openReleased(arabic, "ar");
    Opened second = openReleased(chinese, "zh");
    LetterView firstLetter = awaitQueued(first);
    LetterView secondLetter = awaitQueued(second);
    assertThat(firstLetter.language()).isEqualTo("ar");

    BasicHttp.Answer created = BasicHttp.post(SUPERVISOR, PASSWORD, "api/letter-batches");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String batchId = id(created.body());
    String name = field(created.body(), "name");
    assertThat(name).matches("letters-\\d{4}-\\d{2}-\\d{2}-\\d+");

    for (LetterView letter : List.of(letter(first), letter(second))) {
      assertThat(letter.status()).isEqualTo(LetterStatus.PRINTED);
      assertThat(letter.batchId()).hasToString(batchId);
      assertThat(letter.documentSha256()).matches("[0-9a-f]{64}");
      assertThat(letter.templateVersion()).isNotBlank();
      assertThat(letter.pages()).isPositive();
    }
    // printed is not sent: nothing is recorded on the cases until the batch is mailed
    assertThat(asSystem.get(() -> progress.trailOf(first.id())))
        .noneMatch(entry -> entry.kind() == CaseEventKind.NOTICE_SENT);

    BasicHttp.Answer document =
        BasicHttp.get(SUPERVISOR, PASSWORD, "api/letter-batches/" + batchId + "/document");
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.contentType()).startsWith("application/pdf");
    assertThat(document.disposition()).isEqualTo("attachment; filename=\"" + name + ".pdf\"");
    String text = text(document.bytes());
    assertThat(text)
        .contains(arabic.given() + " " + arabic.family(), arabic.address().substring(0, 20))
        .contains(chinese.family(), first.reference(), firstLetter.id().toString());
    assertThat(auditOf(first, AuditAction.DOWNLOAD_LETTER))
        .singleElement()
        .satisfies(event -> assertThat(event.actor()).isEqualTo(SUPERVISOR));
    assertThat(auditOf(first, AuditAction.READ_NOTICE_ADDRESS)).isNotEmpty();
    assertThat(auditOf(first, AuditAction.READ_NOTICE_RECIPIENT)).isNotEmpty();

    BasicHttp.Answer manifest =
        BasicHttp.get(SUPERVISOR, PASSWORD, "api/letter-batches/" + batchId + "/manifest");
    assertThat(manifest.status()).isEqualTo(200);
    assertThat(manifest.disposition()).contains(name + "-manifest.csv");
    assertThat(manifest.body())
        .startsWith("batch,sequence,letter_id,first_page,pages,sheets")
        .contains(firstLetter.id().toString(), secondLetter.id().toString());

    BasicHttp.Answer mailed =
        BasicHttp.post(SUPERVISOR, PASSWORD, "api/letter-batches/" + batchId + "/mailed");
    assertThat(mailed.status()).as(mailed.body()).isEqualTo(200);
    assertThat(field(mailed.body(), "status")).isEqualTo("MAILED");
    assertThat(letter(first).status()).isEqualTo(LetterStatus.MAILED);
    assertThat(asSystem.get(() -> progress.trailOf(first.id())))
        .filteredOn(entry -> entry.kind() == CaseEventKind.NOTICE_SENT)
        .extracting(CaseProgress.Entry::channel)
        .containsExactly(NoticeChannel.LETTER);
    BasicHttp.Answer again =
        BasicHttp.post(SUPERVISOR, PASSWORD, "api/letter-batches/" + batchId + "/mailed");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.body()).contains("marked mailed already");

    // the post brings the first letter back: its process records the failed attempt and calls
    BasicHttp.Answer returned =
        BasicHttp.post(SUPERVISOR, PASSWORD, "api/letters/" + firstLetter.id() + "/returned");
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    assertThat(returned.body()).contains("\"processTold\":true");
    assertThat(letter(first).status()).isEqualTo(LetterStatus.RETURNED);
    awaitTheLetterFailedAndACall(first);
    assertThat(
            BasicHttp.post(SUPERVISOR, PASSWORD, "api/letters/" + firstLetter.id() + "/returned")
                .status())
        .isEqualTo(409);

    // a list from the mail house: all or nothing
    BasicHttp.Answer refused =
        BasicHttp.post(
            SUPERVISOR,
            PASSWORD,
            "api/letters/returned",
            "text/csv",
            "letter_id\n" + secondLetter.id() + "\nnot-an-id\n" + UUID.randomUUID() + "\n");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("\"row\":3", "not a letter id", "\"row\":4", "no letter has this id")
        .doesNotContain("not-an-id");
    assertThat(letter(second).status()).isEqualTo(LetterStatus.MAILED);
    BasicHttp.Answer list =
        BasicHttp.post(
            SUPERVISOR,
            PASSWORD,
            "api/letters/returned",
            "text/csv",
            "\uFEFFletter_id\r\n" + secondLetter.id() + "\r\n");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains("\"returned\":1");
    assertThat(letter(second).status()).isEqualTo(LetterStatus.RETURNED);

    assertNoTraceOf(arabic, chinese);
  }

  @Test
  void aLetterWhoseAddressReachesAConsulateIsNotPrintedAndIsRecordedOnTheCase() throws Exception {
    String tag = letters(8);
    Marked consulate =
        new Marked(
            "Lettermarker" + tag,
            "Familymarker" + tag,
            "Consulado General, 12 Addressmarker" + tag + " Street, Springfield, IL 62704",
            "Facilitymarker " + tag + " Processing Center");
    Opened opened = openReleased(consulate, "es");
    LetterView queued = awaitQueued(opened);

    BasicHttp.Answer created = BasicHttp.post(SUPERVISOR, PASSWORD, "api/letter-batches");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String batchId = id(created.body());
    assertThat(letter(opened).status()).isEqualTo(LetterStatus.REFUSED);
    assertThat(letter(opened).documentSha256()).isNull();
    Matcher unprinted = Pattern.compile("\"unprinted\"\\s*:\\s*(\\d+)").matcher(created.body());
    assertThat(unprinted.find()).as(created.body()).isTrue();
    assertThat(Integer.parseInt(unprinted.group(1))).isPositive();
    BasicHttp.Answer manifest =
        BasicHttp.get(SUPERVISOR, PASSWORD, "api/letter-batches/" + batchId + "/manifest");
    assertThat(manifest.body()).doesNotContain(queued.id().toString());

    // the process records the attempt failed and calls the person instead
    awaitTheLetterFailedAndACall(opened);
    assertThat(asSystem.get(() -> progress.trailOf(opened.id())))
        .noneMatch(entry -> entry.kind() == CaseEventKind.NOTICE_SENT);
    BasicHttp.Answer refusals = BasicHttp.get(SUPERVISOR, PASSWORD, "api/dispatch-refusals");
    assertThat(refusals.status()).as(refusals.body()).isEqualTo(200);
    assertThat(refusals.body())
        .contains(
            "\"caseReference\":\"" + opened.reference() + "\"",
            "\"noticeId\":\"" + queued.id() + "\"")
        .doesNotContain("Addressmarker");
    assertNoTraceOf(consulate);
  }

  @Test
  void theDetentionTeamPrintsAFacilitysNoticesWithReceiptForms() throws Exception {
    Marked held = Marked.fresh();
    Opened opened = openDetained(held, "fa");
    Eventually.await(
        "the hand delivery task",
        () ->
            taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(opened.id().toString())
                    .taskDefinitionKey(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE)
                    .count()
                == 1);

    // the facility travels in the body; spelled with other case and spacing, it still matches
    String asTyped = "  " + held.facility().toUpperCase().replace(" ", "  ") + " ";
    BasicHttp.Answer batch =
        BasicHttp.post(
            CASEWORKER,
            PASSWORD,
            "api/custody-batches",
            "application/json",
            "{\"facility\":\"" + asTyped + "\"}");
    assertThat(batch.status()).as(batch.body()).isEqualTo(201);
    assertThat(batch.contentType()).startsWith("application/pdf");
    assertThat(batch.disposition())
        .matches("attachment; filename=\"custody-notices-[0-9a-f-]{36}\\.pdf\"");
    String text = text(batch.bytes());
    assertThat(text).contains(held.given() + " " + held.family(), opened.reference());
    assertThat(text).doesNotContain(held.address());
    assertThat(letterQueue.custodyNoticesOf(opened.id()))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.documentSha256()).matches("[0-9a-f]{64}");
              assertThat(notice.templateVersion()).isNotBlank();
              assertThat(text).contains(notice.id().toString());
            });
    assertThat(auditOf(opened, AuditAction.DOWNLOAD_CUSTODY_NOTICE))
        .singleElement()
        .satisfies(event -> assertThat(event.actor()).isEqualTo(CASEWORKER));

    BasicHttp.Answer byCase =
        BasicHttp.post(
            CASEWORKER,
            PASSWORD,
            "api/custody-batches",
            "application/json",
            "{\"caseId\":\"" + opened.id() + "\"}");
    assertThat(byCase.status()).isEqualTo(201);

    BasicHttp.Answer nobody =
        BasicHttp.post(
            CASEWORKER,
            PASSWORD,
            "api/custody-batches",
            "application/json",
            "{\"facility\":\"Zqxnowhere Center\"}");
    assertThat(nobody.status()).isEqualTo(404);
    assertThat(nobody.body()).contains("facility").doesNotContain("Zqxnowhere");
    BasicHttp.Answer both =
        BasicHttp.post(
            CASEWORKER,
            PASSWORD,
            "api/custody-batches",
            "application/json",
            "{\"facility\":\"x\",\"caseId\":\"" + opened.id() + "\"}");
    assertThat(both.status()).isEqualTo(400);

    assertNoTraceOf(held);
  }

  @Test
  void rolesAreCheckedAndUnknownIdsAreNamed() throws Exception {
    assertThat(BasicHttp.post(CASEWORKER, PASSWORD, "api/letter-batches").status()).isEqualTo(403);
    assertThat(
            BasicHttp.post(CASEWORKER, PASSWORD, "api/letters/" + UUID.randomUUID() + "/returned")
                .status())
        .isEqualTo(403);
    assertThat(
            BasicHttp.post(
                    SUPERVISOR,
                    PASSWORD,
                    "api/custody-batches",
                    "application/json",
                    "{\"facility\":\"Zqxnowhere\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            BasicHttp.post(
                    ADMIN,
                    PASSWORD,
                    "api/custody-batches",
                    "application/json",
                    "{\"facility\":\"x\"}")
                .status())
        .isEqualTo(403);
    UUID unknown = UUID.randomUUID();
    BasicHttp.Answer batch =
        BasicHttp.get(SUPERVISOR, PASSWORD, "api/letter-batches/" + unknown + "/document");
    assertThat(batch.status()).isEqualTo(404);
    assertThat(batch.body()).contains("No print batch " + unknown);
    BasicHttp.Answer letter =
        BasicHttp.post(SUPERVISOR, PASSWORD, "api/letters/" + unknown + "/returned");
    assertThat(letter.status()).isEqualTo(404);
    assertThat(letter.contentType()).startsWith("application/problem+json");
  }

  private Opened openReleased(Marked person, String language) throws Exception {
    UUID personId =
        asAdmin.call(
            () ->
                registry.register(
                    person(
                        person,
                        language,
                        CustodyStatus.RELEASED,
                        CustodyFacts.released(LocalDate.of(2025, 6, 1)),
                        List.of(
                            new ContactPoint(
                                ContactKind.POSTAL_ADDRESS, person.address(), "it", null, true),
                            new ContactPoint(
                                ContactKind.PHONE, "+12025550123", "it", null, true)))));
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    return new Opened(opened.id(), opened.reference(), personId);
  }

  private Opened openDetained(Marked person, String language) throws Exception {
    UUID personId =
        asAdmin.call(
            () ->
                registry.register(
                    person(
                        person,
                        language,
                        CustodyStatus.DETAINED,
                        CustodyFacts.detained(person.facility(), LocalDate.of(2025, 9, 1)),
                        List.of())));
    OpenedCase opened = asSupervisor.call(() -> caseOpening.openCaseFor(personId));
    return new Opened(opened.id(), opened.reference(), personId);
  }

  private static NewAffectedPerson person(
      Marked person,
      String language,
      CustodyStatus status,
      CustodyFacts facts,
      List<ContactPoint> contacts) {
    return new NewAffectedPerson(
        person.family(),
        person.given(),
        List.of(),
        LocalDate.of(1990, 4, 5),
        "AF",
        String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)),
        List.of(language),
        status,
        facts,
        contacts,
        null,
        null,
        null);
  }

  /** The case's process records the letter failed and raises the call to the person instead. */
  private void awaitTheLetterFailedAndACall(Opened opened) {
    Eventually.await(
        "the process of case " + opened.reference() + " to record the letter failed and call",
        () ->
            asSystem.get(() -> progress.trailOf(opened.id())).stream()
                    .anyMatch(
                        entry ->
                            entry.kind() == CaseEventKind.NOTICE_ATTEMPT_FAILED
                                && entry.channel() == NoticeChannel.LETTER)
                && taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(opened.id().toString())
                        .taskDefinitionKey(DeliverNoticeProcess.TASK_CALL_PERSON)
                        .count()
                    == 1);
  }

  private LetterView awaitQueued(Opened opened) {
    return Eventually.await(
        "the process to queue the letter of case " + opened.reference(),
        () -> letterQueue.lettersOf(opened.id()).stream().findFirst().orElse(null));
  }

  private LetterView letter(Opened opened) {
    return letterQueue.lettersOf(opened.id()).get(0);
  }

  private List<AuditEntry> auditOf(Opened opened, AuditAction action) throws Exception {
    return asSupervisor.call(() -> auditTrail.forPerson(opened.personId())).stream()
        .filter(event -> event.action() == action)
        .toList();
  }

  /** No marker in any table in clear (rendered letters are encrypted) nor in the server log. */
  private void assertNoTraceOf(Marked... people) throws Exception {
    String dump = DatabaseDump.of(dataSource);
    String log =
        Files.readString(
            Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
            StandardCharsets.UTF_8);
    for (Marked person : people) {
      for (String secret : person.secrets()) {
        assertThat(dump).as("the database").doesNotContain(secret);
        assertThat(log).as("the server log").doesNotContain(secret);
      }
    }
  }

  private void ensure(String username, Role role, String team) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username, "Test " + username, PASSWORD.toCharArray(), Set.of(role), Set.of(team)));
    }
  }

  /**
   * The document's text with every run of white space as one space: the address block wraps a long
   * name onto two lines (as a random marker with wide letters such as "ww" may be).
   */
  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String id(String json) {
    Matcher matcher = ID.matcher(json);
    assertThat(matcher.find()).as("an id in %s", json).isTrue();
    return matcher.group(1);
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
    return matcher.group(1);
  }

  private static String letters(int count) {
    StringBuilder letters = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
