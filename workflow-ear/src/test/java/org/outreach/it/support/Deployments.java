package org.outreach.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR as the build produced it, plus one small test WAR that carries the test classes into
 * the server. Nothing in the EAR is replaced or mocked.
 */
public final class Deployments {

  /** The test fixtures' web module, beside the application's own. */
  static final String FIXTURES_MODULE = "outreach-it-fixtures.war";

  /** The console's web module in the application's EAR. */
  private static final String CONSOLE_MODULE = "workflow-web.war";

  private static final String BEANS_XML =
      "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
          + " bean-discovery-mode=\"annotated\"/>";

  /**
   * The test WAR logs staff in through the server's security domain (see {@link LoggedIn}) and
   * talks to the management model through an injected {@code ManagementClient}: Arquillian puts
   * that class in the EAR's lib, whose module dependencies the WAR does not inherit.
   */
  private static final String MANIFEST =
      "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron,"
          + "org.jboss.as.controller-client,org.jboss.dmr\n";

  private Deployments() {}

  public static EnterpriseArchive outreachWithTests(Class<?>... testClasses) {
    return outreachWithTests(List.of(), testClasses);
  }

  /** As {@link #outreachWithTests(Class[])}, with PDFBox in the test WAR to read documents back. */
  public static EnterpriseArchive outreachWithPdfTests(Class<?>... testClasses) {
    return outreachWithTests(
        List.of(
            jarOf(org.apache.pdfbox.Loader.class),
            jarOf(org.apache.fontbox.ttf.TrueTypeFont.class),
            jarOf(org.apache.pdfbox.io.RandomAccessRead.class)),
        testClasses);
  }

  private static EnterpriseArchive outreachWithTests(
      List<File> libraries, Class<?>... testClasses) {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(ItSettings.earFile()));
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "outreach-it.war")
            .addClasses(testClasses)
            .addClasses(Eventually.class, ServerJobs.class, JobsFixtureServlet.class)
            .addClasses(ItSettings.class, Deployments.class)
            .addClasses(AsAdmin.class, AsSupervisor.class, AsCaseworker.class, AsSystem.class)
            .addClasses(LoggedIn.class, TestStaff.class, FormLogin.class, BasicHttp.class)
            .addClasses(RawHttp.class, DataKeysProperty.class, Rows.class)
            .setManifest(new StringAsset(MANIFEST))
            .addClasses(Caller.class, DatabaseDump.class, ApprovedTexts.class, TestPeople.class)
            .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
            .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    libraries.forEach(tests::addAsLibraries);
    return withWebModule(ear, Testable.archiveToTest(tests), "/outreach-it");
  }

  /**
   * The real EAR plus a WAR of test fixtures, for tests that run only as a client (the browser
   * tests). Its context root is {@code /outreach-it-fixtures}.
   */
  public static EnterpriseArchive outreachWithFixtures() {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(ItSettings.earFile()));
    WebArchive fixtures =
        ShrinkWrap.create(WebArchive.class, FIXTURES_MODULE)
            .addClasses(
                StaffFixtureServlet.class,
                JobsFixtureServlet.class,
                FailingStepFixtureServlet.class,
                PeopleFixtureServlet.class,
                LocateFixtureServlet.class,
                WorkItemsFixtureServlet.class,
                TaskQueryFixtureServlet.class,
                ProcessStatisticsFixtureServlet.class,
                FunnelCountsFixtureServlet.class,
                LoginFailuresFixtureServlet.class,
                SettingsFixtureServlet.class,
                DeliveryFixtureServlet.class,
                ReviewFixtureServlet.class,
                CustodyHoldFixtureServlet.class,
                CourtFixtureServlet.class,
                TravelFixtureServlet.class,
                DataKeysProperty.class,
                LeakScan.class,
                LeakScanFixtureServlet.class,
                DatabaseDump.class,
                TestStaff.class,
                AsAdmin.class,
                AsSupervisor.class,
                AsSystem.class)
            .addClasses(NoticeTextsFixtureServlet.class, ApprovedTexts.class)
            .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
    WebArchive console =
        ear.getAsType(WebArchive.class, CONSOLE_MODULE)
            .addClasses(FailureDrill.class, FailureDrill.Bean.class, FailureDrill.Servlet.class)
            .add(new StringAsset(FailureDrill.PAGE_SOURCE), FailureDrill.PAGE);
    ear.delete(CONSOLE_MODULE);
    ear.addAsModule(console);
    return withWebModule(ear, fixtures, "/outreach-it-fixtures");
  }

  /**
   * Adds a WAR and lists it in application.xml: the server deploys only the modules listed there.
   */
  private static EnterpriseArchive withWebModule(
      EnterpriseArchive ear, WebArchive war, String contextRoot) {
    String descriptor = "META-INF/application.xml";
    String application;
    try (InputStream in = ear.get(descriptor).getAsset().openStream()) {
      application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String module =
        "<module><web><web-uri>"
            + war.getName()
            + "</web-uri><context-root>"
            + contextRoot
            + "</context-root></web></module>";
    ear.delete(descriptor);
    ear.addAsManifestResource(
        new StringAsset(application.replace("</application>", module + "</application>")),
        "application.xml");
    return ear.addAsModule(war);
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
