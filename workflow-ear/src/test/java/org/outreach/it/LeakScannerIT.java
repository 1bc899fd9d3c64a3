package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.ConsoleUser;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.GreenMailSession;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.LeakScan;
import org.outreach.it.support.ReceiptPdfs;
import org.outreach.it.support.TestStaff;

/**
 * The leak scanner: people of every population are imported through the import door with a
 * distinctive marker in every personal field (names, alternate names, A-number, date of birth,
 * facility, postal address, phone, email, contact source, attorney's name, firm, email and address,
 * risk note), while the application logs at its most verbose level; their cases start and run to
 * their first tasks, the released person's notice is emailed to them and the removed person's to
 * their attorney, and statistics and the audit trail are exported. Then every place the data could
 * have leaked to is searched for each marker, as itself, in hex and in base64 (and the date of
 * birth in every form a date is written in): every file the server wrote (logs, the access log,
 * data, temporary files), a raw dump of the whole database (every table, the engine's {@code ACT_*}
 * included, and H2's {@code SCRIPT} or {@code pg_dump}), every header and body of every mail the
 * mail server received, and the exports and the import's answer. Nothing may be found, except the
 * address a notice was sent to in that notice's own recipient headers: the mail is meant for that
 * person or their attorney.
 */
@ExtendWith(ArquillianExtension.class)
class LeakScannerIT {

  private static final Duration MAILED = Duration.ofMinutes(3);

  /** Recipient headers of a mail, which hold the address it was sent to. */
  private static final Set<String> RECIPIENT_HEADERS =
      Set.of("to", "cc", "delivered-to", "x-original-to", "received", "return-path");

  private static final Pattern IMPORT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffAndTextsExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
    assertThat(Fixtures.post("notice-texts/approved").statusCode()).isEqualTo(204);
  }

  /** The values of one imported person, each holding the run's marker where it can. */
  /**
   * One person of the scenario: {@code label} names them in their fields (their population, or
   * {@code letter} for the released person reached by letter), {@code emailSafe} whether their
   * email may be used.
   */
  private record Person(
      String label,
      String custody,
      String aNumber,
      String phone,
      String email,
      String attorneyEmail,
      boolean emailSafe) {}

  private static final Pattern REFERENCE = Pattern.compile("OC-[0-9A-Z]{4}-[0-9A-Z]{4}");

  private static final Pattern BATCH_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  @Test
  void noPersonalValueIsFoundOutsideTheRecordAndTheMailsMeantForThePerson() throws Exception {
    Random random = new Random();
    String marker = "lk" + letters(random, 10);
    LocalDate born = LocalDate.of(1933, 2, 17);
    List<Person> people = new ArrayList<>();
    for (String custody : List.of("DETAINED", "RELEASED", "REMOVED", "UNKNOWN", "LETTER")) {
      String lower = custody.toLowerCase(Locale.ROOT);
      boolean byLetter = "LETTER".equals(custody);
      people.add(
          new Person(
              lower,
              byLetter ? "RELEASED" : custody,
              "8" + digits(random, 8),
              "+1415555" + digits(random, 4),
              lower + "." + marker + "@example.org",
              "counsel." + lower + "." + marker + "@example.org",
              !byLetter));
    }

    try (ModelControllerClient management = management()) {
      setLevel(management, "ALL");
      try {
        String answer = importPeople(marker, born, people);
        awaitMail(people.get(1).email());
        awaitMail(people.get(2).attorneyEmail());
        // the detained person's notice handed over in custody, the signed receipt uploaded: a
        // scan of it names them (the marker stands in its uncompressed text)
        String receiptMarker = ReceiptPdfs.marker("LKRCPT");
        recordSignedReceipt(people.get(0), ReceiptPdfs.with(receiptMarker));
        // the letter to the released person without a safe email, printed in a day's batch
        printLetterTo(people.get(4), marker);
        String statistics =
            BasicHttp.get(
                    TestStaff.SUPERVISOR,
                    TestStaff.PASSWORD,
                    "api/statistics?rows=population&columns=nationality")
                .body();
        String languages =
            BasicHttp.get(
                    TestStaff.SUPERVISOR,
                    TestStaff.PASSWORD,
                    "api/statistics?rows=language&columns=outcome")
                .body();
        BasicHttp.Answer audit =
            BasicHttp.get(TestStaff.ADMIN, TestStaff.PASSWORD, "api/admin/audit-events");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);

        List<String> markers = new ArrayList<>(markers(marker, born, people));
        markers.add(receiptMarker);
        List<String> found = new ArrayList<>();
        // the import's answer and the exports
        for (String form : markers) {
          for (String[] text :
              List.of(
                  new String[] {"the import's answer", answer},
                  new String[] {"the statistics by population and nationality", statistics},
                  new String[] {"the statistics by language and outcome", languages},
                  new String[] {"the audit trail's export", audit.body()})) {
            LeakScan.foundIn(text[1], form).forEach(hit -> found.add(text[0] + ": " + hit));
          }
        }
        // every mail the server sent, but the recipient headers of a mail to a person's address
        Set<String> addresses = new LinkedHashSet<>();
        people.forEach(
            person -> {
              addresses.add(person.email());
              addresses.add(person.attorneyEmail());
            });
        MimeMessage[] mails = GreenMailSession.received();
        assertThat(mails).isNotEmpty();
        boolean seenTheNotice = false;
        for (MimeMessage mail : mails) {
          found.addAll(foundInMail(mail, markers, addresses));
          // the scan sees what it looks for: the released person's notice, its recipient headers
          // not excused, holds their address
          seenTheNotice |= !foundInMail(mail, List.of(people.get(1).email()), Set.of()).isEmpty();
        }
        assertThat(seenTheNotice)
            .as("the person's address found in their notice's headers")
            .isTrue();
        // every file the server wrote, logs and the access log among them
        Path server = Path.of(System.getProperty("outreach.it.server"), "standalone");
        assertThat(server.resolve("log").resolve("access.log")).exists();
        found.addAll(LeakScan.foundInFiles(server, markers));
        // the scan sees what it looks for: the administrator who imported is in the access log
        assertThat(LeakScan.foundInFiles(server.resolve("log"), List.of(TestStaff.ADMIN)))
            .as("the importing administrator in the logs")
            .anyMatch(hit -> hit.contains("access.log"));
        // the whole database, raw
        HttpResponse<String> dump = Fixtures.postText("leak-scan", String.join("\n", markers));
        // the scan sees what it looks for: the administrator's name is in the audit trail, in clear
        assertThat(Fixtures.postText("leak-scan", TestStaff.ADMIN).body())
            .as("the importing administrator in the database")
            .contains("\t" + TestStaff.ADMIN + "\t");
        assertThat(dump.statusCode()).isEqualTo(200);
        List<String> lines = dump.body().lines().toList();
        assertThat(lines.get(0)).startsWith("tables ");
        assertThat(Integer.parseInt(lines.get(0).substring("tables ".length())))
            .as("tables dumped")
            .isGreaterThan(50);
        lines.stream().skip(1).forEach(line -> found.add("the database: " + line));

        assertThat(found).as("markers found outside the record and its person's mails").isEmpty();
      } finally {
        setLevel(management, "INFO");
      }
    }
  }

  /** Imports the people as an administrator and waits until their cases have started. */
  private static String importPeople(String marker, LocalDate born, List<Person> people)
      throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "a_number,family_name,given_names,alternate_names,date_of_birth,nationality,"
                + "preferred_languages,custody_status,detention_facility,detained_since,"
                + "released_on,removed_to,removed_on,removal_timing,postal_address,"
                + "postal_address_safe,phones,phones_safe,emails,emails_safe,partner_organisation,"
                + "contact_source,"
                + "contact_as_of,attorney_name,attorney_firm,attorney_email,attorney_address,"
                + "disclosed_to_government,risk_note,exposed_fields\n");
    for (Person person : people) {
      String who = person.label() + marker;
      csv.append(person.aNumber())
          .append(",Family")
          .append(who)
          .append(",Given")
          .append(who)
          .append(",Alias")
          .append(who)
          .append(",")
          .append(born)
          .append(",HT,es,")
          .append(person.custody())
          .append(",")
          .append("DETAINED".equals(person.custody()) ? "Facility " + who : "")
          .append(",")
          .append("DETAINED".equals(person.custody()) ? "2026-09-01" : "")
          .append(",")
          .append("RELEASED".equals(person.custody()) ? "2026-09-02" : "")
          .append(",")
          .append("REMOVED".equals(person.custody()) ? "HT" : "")
          .append(",")
          .append("REMOVED".equals(person.custody()) ? "2026-09-03" : "")
          .append(",")
          .append("REMOVED".equals(person.custody()) ? "AFTER_LEAK_BEFORE_NOTICE" : "")
          .append(",12 Street ")
          .append(who)
          .append(",true,")
          .append(person.phone())
          .append(",false,")
          .append(person.email())
          .append(",")
          .append(person.emailSafe())
          .append(",,Source ")
          .append(who)
          .append(",2026-10-01,")
          // the person reached by letter has no attorney, who would be written to first
          .append(
              person.emailSafe()
                  ? "Counsel "
                      + who
                      + ",Firm "
                      + who
                      + ","
                      + person.attorneyEmail()
                      + ",1 Court "
                      + who
                  : ",,,")
          .append(",true,Risk ")
          .append(who)
          .append(",NAME|DATE_OF_BIRTH|A_NUMBER\n");
    }
    BasicHttp.Answer imported =
        BasicHttp.post(
            TestStaff.ADMIN, TestStaff.PASSWORD, "api/imports", "text/csv", csv.toString());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    Matcher id = IMPORT_ID.matcher(imported.body());
    assertThat(id.find()).as(imported.body()).isTrue();
    Eventually.await(
        "the import's cases started",
        MAILED,
        () -> {
          try {
            String progress =
                BasicHttp.get(
                        TestStaff.ADMIN,
                        TestStaff.PASSWORD,
                        "api/imports/" + id.group(1) + "/start-progress")
                    .body();
            return progress.replace(" ", "").contains("\"state\":\"STARTED\"") ? true : null;
          } catch (IOException e) {
            return null;
          }
        });
    return imported.body();
  }

  /**
   * A supervisor finds the detained person's case by A-number; a caseworker of the detention team
   * claims its hand delivery and records the receipt signed, uploading {@code receipt}.
   */
  private static void recordSignedReceipt(Person detained, byte[] receipt) throws IOException {
    Path file = Files.createTempFile("receipt-signed", ".pdf");
    try {
      Files.write(file, receipt);
      String reference;
      try (ConsoleUser supervisor = new ConsoleUser()) {
        supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
        supervisor.findCase(detained.aNumber(), "CASEWORK");
        Matcher found = REFERENCE.matcher(supervisor.textOf("#case-heading"));
        assertThat(found.find()).as("the detained person's case found").isTrue();
        reference = found.group();
      }
      try (ConsoleUser caseworker = new ConsoleUser()) {
        caseworker.logIn(TestStaff.OTHER_TEAM_CASEWORKER, TestStaff.PASSWORD);
        caseworker.awaitTaskOf(reference);
        caseworker.openTaskOf(reference);
        assertThat(caseworker.textOf("h1")).isEqualTo("Hand-deliver the notice in custody");
        caseworker.claimOnTaskPage();
        caseworker.recordSignedReceipt(file);
        assertThat(caseworker.textOf(".console-messages")).contains("Task completed.");
      }
      // the scan sees what it looks for: the stored receipt, read back, holds the marker
      try (ConsoleUser supervisor = new ConsoleUser()) {
        supervisor.logIn(TestStaff.SUPERVISOR, TestStaff.PASSWORD);
        supervisor.findCase(detained.aNumber(), "CASEWORK");
        String href =
            supervisor
                .driver()
                .findElement(By.cssSelector(".documents-table a.document-link"))
                .getAttribute("href");
        HttpClient session =
            FormLogin.session(
                URI.create(ItSettings.baseUrl()), TestStaff.SUPERVISOR, TestStaff.PASSWORD);
        HttpResponse<byte[]> read =
            session.send(
                HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).as("the receipt as uploaded").isEqualTo(receipt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * A supervisor prints the letters waiting, until a batch holds the letter to {@code person} (its
   * text, read from the batch's PDF, names them): the control that the letter was rendered.
   */
  private static void printLetterTo(Person person, String marker) {
    String name = "Family" + person.label() + marker;
    Eventually.await(
        "the letter to the person without a safe email printed",
        MAILED,
        () -> {
          try {
            String recent =
                BasicHttp.get(TestStaff.SUPERVISOR, TestStaff.PASSWORD, "api/letter-batches")
                    .body();
            if (recent.replace(" ", "").contains("\"waiting\":0")) {
              return null;
            }
            BasicHttp.Answer created =
                BasicHttp.post(TestStaff.SUPERVISOR, TestStaff.PASSWORD, "api/letter-batches");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            Matcher id = BATCH_ID.matcher(created.body());
            assertThat(id.find()).as(created.body()).isTrue();
            HttpClient session =
                FormLogin.session(
                    URI.create(ItSettings.baseUrl()), TestStaff.SUPERVISOR, TestStaff.PASSWORD);
            HttpResponse<byte[]> document =
                session.send(
                    HttpRequest.newBuilder(
                            URI.create(ItSettings.baseUrl())
                                .resolve("api/letter-batches/" + id.group(1) + "/document"))
                        .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (document.statusCode() != 200) {
              return null;
            }
            try (PDDocument pdf = Loader.loadPDF(document.body())) {
              return new PDFTextStripper().getText(pdf).contains(name) ? true : null;
            }
          } catch (IOException e) {
            return null;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
          }
        });
  }

  private static void awaitMail(String address) {
    Eventually.await(
        "a mail to " + address,
        MAILED,
        () -> {
          for (MimeMessage mail : GreenMailSession.received()) {
            try {
              for (var recipient : mail.getAllRecipients()) {
                if (recipient.toString().contains(address)) {
                  return true;
                }
              }
            } catch (MessagingException e) {
              return null;
            }
          }
          return null;
        });
  }

  /** Every form to look for: the run's marker, each number, and the date in each written form. */
  private static List<String> markers(String marker, LocalDate born, List<Person> people) {
    Set<String> markers = new LinkedHashSet<>();
    markers.add(marker);
    for (Person person : people) {
      markers.add(person.aNumber());
      markers.add(person.phone().substring(2));
    }
    markers.add(born.toString());
    markers.add(born.format(DateTimeFormatter.BASIC_ISO_DATE));
    markers.add(born.format(DateTimeFormatter.ofPattern("MM/dd/uuuu")));
    markers.add(born.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
    markers.add(born.format(DateTimeFormatter.ofPattern("dd.MM.uuuu")));
    markers.add(born.format(DateTimeFormatter.ofPattern("M/d/uu")));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.US, Locale.forLanguageTag("es"))) {
      for (FormatStyle style : List.of(FormatStyle.MEDIUM, FormatStyle.LONG, FormatStyle.FULL)) {
        markers.add(born.format(DateTimeFormatter.ofLocalizedDate(style).withLocale(locale)));
      }
    }
    return List.copyOf(markers);
  }

  /**
   * The forms found in a mail's headers (but the recipient headers of a mail sent to one of the
   * people's or attorneys' own addresses) and in its raw body, every part as it was sent.
   */
  private static List<String> foundInMail(
      MimeMessage mail, List<String> markers, Set<String> addresses) throws Exception {
    boolean toThePerson = false;
    for (var recipient : mail.getAllRecipients()) {
      toThePerson |= addresses.stream().anyMatch(recipient.toString()::contains);
    }
    List<String> found = new ArrayList<>();
    String subject = mail.getSubject();
    for (Header header : Collections.list(mail.getAllHeaders())) {
      if (toThePerson && RECIPIENT_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String form : markers) {
        LeakScan.foundIn(header.getValue(), form)
            .forEach(hit -> found.add("mail '" + subject + "', " + header.getName() + ": " + hit));
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream raw = mail.getRawInputStream()) {
      raw.transferTo(body);
    }
    String text = body.toString(StandardCharsets.ISO_8859_1);
    String decoded = decoded(mail);
    for (String form : markers) {
      LeakScan.foundIn(text, form).forEach(hit -> found.add("mail '" + subject + "' body: " + hit));
      LeakScan.foundIn(decoded, form)
          .forEach(hit -> found.add("mail '" + subject + "' text: " + hit));
    }
    return found;
  }

  /** A mail's text parts decoded, so a quoted-printable soft break cannot hide a form. */
  private static String decoded(jakarta.mail.Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof jakarta.mail.Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(decoded(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    return "";
  }

  private static ModelControllerClient management() throws IOException {
    URI url = URI.create(ItSettings.managementUrl());
    return ModelControllerClient.Factory.create("remote+http", url.getHost(), url.getPort());
  }

  /** The application's loggers at {@code level}, through the server's management interface. */
  private static void setLevel(ModelControllerClient management, String level) throws IOException {
    ModelNode result =
        management.execute(
            Operations.createWriteAttributeOperation(
                Operations.createAddress("subsystem", "logging", "logger", "org.outreach"),
                "level",
                level));
    assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
  }

  private static String letters(Random random, int count) {
    return random
        .ints(count, 'a', 'z' + 1)
        .mapToObj(c -> String.valueOf((char) c))
        .collect(Collectors.joining());
  }

  private static String digits(Random random, int count) {
    return random.ints(count, 0, 10).mapToObj(String::valueOf).collect(Collectors.joining());
  }
}
