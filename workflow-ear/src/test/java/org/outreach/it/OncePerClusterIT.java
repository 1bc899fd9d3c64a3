package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.campaign.CampaignSettings;
import org.outreach.cluster.ServerLife;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSystem;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Eventually;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.Mailbox;
import org.outreach.it.support.Rows;
import org.outreach.mail.outbox.EmailStatus;
import org.outreach.mail.outbox.Outbox;
import org.outreach.mail.outbox.OutboxDispatcher;
import org.outreach.mail.outbox.StaffMail;
import org.outreach.mail.outbox.StaffRecipient;
import org.outreach.migration.StartLock;
import org.outreach.notice.outbox.BounceReader;
import org.outreach.notice.outbox.BounceSettings;
import org.outreach.privacy.KeyConfigurationException;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.KeyRings;
import org.outreach.retention.RetentionSweep;
import org.outreach.rotation.ReEncryptionJob;

/**
 * Work that must run once among the servers sharing a database waits while another server holds its
 * lease, and goes on here once that lease runs out: the outbox's rounds, the reading of the bounce
 * mailbox, the nightly retention sweep. A start beside another's waits for it; a reload of the data
 * keys asked of another server is made here too, and a re-encryption waits for every server to
 * write under one key. The other server is a row in {@code cluster_lease}, as a live one would
 * leave it.
 */
@ExtendWith(ArquillianExtension.class)
class OncePerClusterIT {

  private static final String OTHER_NODE = "it-another-server";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(OncePerClusterIT.class, Mailbox.class);
  }

  @Inject AsSystem asSystem;
  @Inject OutboxDispatcher dispatcher;
  @Inject StaffMail staffMail;
  @Inject Outbox outbox;
  @Inject BounceReader bounceReader;
  @Inject RetentionSweep retentionSweep;
  @Inject AsAdmin asAdmin;
  @Inject KeyAdministration keyAdministration;
  @Inject ReEncryptionJob reEncryption;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  private final Map<String, String> serverSettings = new java.util.HashMap<>();

  private void set(String name, String value) {
    serverSettings.putIfAbsent(name, System.getProperty(name));
    System.setProperty(name, value);
  }

  @AfterEach
  void leasesRunOutAndSettingsBack() throws SQLException {
    update("UPDATE cluster_lease SET held_until = ? WHERE node = ?", longAgo(), OTHER_NODE);
    update("DELETE FROM data_key_ring WHERE node = ?", OTHER_NODE);
    serverSettings.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  @Test
  void theOutboxSendsNothingWhileAnotherServerHoldsItsRoundsAndSendsOnceTheLeaseRunsOut()
      throws Exception {
    String supervisors = "supervisors-" + UUID.randomUUID() + "@outreach.test";
    set(CampaignSettings.SUPERVISORS_MAIL, supervisors);
    otherServerHolds("outbox-dispatch");
    UUID id = asSystem.call(() -> staffMail.queue(StaffRecipient.SUPERVISORS, "Lease", "Body"));

    assertThat(asSystem.call(dispatcher::dispatch)).isZero();
    assertThat(statusOf(id)).isEqualTo(EmailStatus.CREATED);
    assertThat(holderOf("outbox-dispatch")).isEqualTo(OTHER_NODE);

    runsOut("outbox-dispatch");
    // this round, or the one the timer makes every five seconds
    asSystem.call(dispatcher::dispatch);

    Eventually.await("the message sent", () -> statusOf(id) == EmailStatus.SENT);
    assertThat(Mailbox.of(supervisors)).hasSize(1);
    assertThat(holderOf("outbox-dispatch")).isEqualTo(thisNode());
  }

  @Test
  void theBounceMailboxIsLeftToTheServerThatHoldsItsLeaseAndReadHereOnceItRunsOut()
      throws Exception {
    // a mailbox of the test mail server exists once it received a message
    String mailbox = "bounces-" + UUID.randomUUID() + "@outreach.test";
    set(CampaignSettings.SUPERVISORS_MAIL, mailbox);
    UUID id = asSystem.call(() -> staffMail.queue(StaffRecipient.SUPERVISORS, "Box", "Body"));
    Eventually.await("the mailbox's first message", () -> statusOf(id) == EmailStatus.SENT);
    set(BounceSettings.HOST, "127.0.0.1");
    set(BounceSettings.PORT, String.valueOf(ItSettings.imapPort()));
    set(BounceSettings.TLS, "false");
    set(BounceSettings.USER, mailbox);
    set(BounceSettings.PASSWORD, mailbox);
    otherServerHolds("bounce-reading");

    assertThat(asSystem.call(bounceReader::read)).isZero();
    assertThat(holderOf("bounce-reading")).isEqualTo(OTHER_NODE);

    runsOut("bounce-reading");
    assertThat(asSystem.call(bounceReader::read)).isZero();
    assertThat(holderOf("bounce-reading")).isEqualTo(thisNode());
  }

  @Test
  void theNightlySweepIsLeftToTheServerThatHoldsItAndMadeHereOnceItRunsOut() throws Exception {
    otherServerHolds("retention-sweep");
    Instant now = Instant.now();

    RetentionSweep.Sweep skipped = asSystem.call(() -> retentionSweep.sweep(now));

    assertThat(List.of(skipped.erased(), skipped.kept(), skipped.failed())).containsOnly(0);
    assertThat(holderOf("retention-sweep")).isEqualTo(OTHER_NODE);

    runsOut("retention-sweep");
    asSystem.call(() -> retentionSweep.sweep(now));
    assertThat(holderOf("retention-sweep")).isEqualTo(thisNode());
  }

  private static String thisNode() {
    return System.getProperty("jboss.node.name", "outreach");
  }

  private EmailStatus statusOf(UUID id) {
    return asSystem.get(() -> outbox.views(List.of(id)).get(id).status());
  }

  /** Another server took the lease a moment ago, for ten minutes. */
  private void otherServerHolds(String lease) throws SQLException {
    OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10);
    if (update(
            "UPDATE cluster_lease SET node = ?, life = 'other-life', held_until = ? WHERE name = ?",
            OTHER_NODE,
            until,
            lease)
        == 0) {
      update(
          "INSERT INTO cluster_lease (name, node, life, held_until) VALUES (?, ?, 'other-life', ?)",
          lease,
          OTHER_NODE,
          until);
    }
  }

  /** The other server fell silent and its lease ran out. */
  private void runsOut(String lease) throws SQLException {
    assertThat(
            update(
                "UPDATE cluster_lease SET held_until = ? WHERE name = ? AND node = ?",
                longAgo(),
                lease,
                OTHER_NODE))
        .isOne();
  }

  /**
   * A reload of the data keys that an administrator asked of another server is made here too, at
   * this server's next look (every 30 seconds): the other server's request is its row, as it leaves
   * it. The keys this server then says it holds are its own.
   */
  @Test
  void aReloadOfTheDataKeysAskedOfAnotherServerIsMadeHereWithinHalfAMinute() throws Exception {
    String node = ServerLife.node();
    OffsetDateTime loadedBefore =
        Eventually.await("this server's keys reported", () -> keysLoadedAt(node));
    Instant asked = Instant.now();

    update("UPDATE data_key_reload SET generation = generation + 1, asked_at = ?", now());

    OffsetDateTime loadedAfter =
        Eventually.await(
            "the keys read again here",
            Duration.ofSeconds(75),
            () -> {
              OffsetDateTime loaded = keysLoadedAt(node);
              return loaded != null && loaded.isAfter(loadedBefore) ? loaded : null;
            });
    assertThat(loadedAfter.toInstant()).isAfterOrEqualTo(asked.minusSeconds(1));
    String current = asAdmin.call(() -> keyAdministration.keyIds().current());
    assertThat(currentKeyReported(node)).isEqualTo(current);
  }

  /**
   * A re-encryption would seal everything under this server's current key: while another server
   * that is running writes under another key, it is refused, naming that server and its key.
   */
  @Test
  void aReEncryptionIsRefusedWhileARunningServerWritesUnderAnotherKey() throws Exception {
    update(
        "INSERT INTO data_key_ring (node, current_key, keys_held, loaded_at, seen_at)"
            + " VALUES (?, 'k-elsewhere', 'k-elsewhere', ?, ?)",
        OTHER_NODE,
        now(),
        now());

    assertThatThrownBy(() -> asAdmin.call(() -> reEncryption.run()))
        .isInstanceOf(EJBException.class)
        .cause()
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining(OTHER_NODE)
        .hasMessageContaining("k-elsewhere");
    List<KeyRings.ServerKeys> servers = asAdmin.call(() -> keyAdministration.servers());
    assertThat(servers)
        .anySatisfy(
            server -> {
              assertThat(server.node()).isEqualTo(OTHER_NODE);
              assertThat(server.live()).isTrue();
            });
  }

  private OffsetDateTime keysLoadedAt(String node) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT loaded_at FROM data_key_ring WHERE node = ?")) {
      statement.setString(1, node);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String currentKeyReported(String node) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT current_key FROM data_key_ring WHERE node = ?")) {
      statement.setString(1, node);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * A server starting beside another waits until the other has made what the first start makes: the
   * other is a connection holding the start lock, as a server creating the engine's tables holds
   * it. H2 takes one server, and there the start goes on at once.
   */
  @Test
  void aStartBesideAnotherWaitsUntilTheOtherHasStarted() throws Exception {
    boolean postgres;
    try (Connection probe = dataSource.getConnection()) {
      postgres = "PostgreSQL".equals(probe.getMetaData().getDatabaseProductName());
    }
    ExecutorService starts = Executors.newSingleThreadExecutor();
    try (Connection other = dataSource.getConnection()) {
      if (postgres) {
        advisoryLock(other, "pg_advisory_lock");
      }
      Future<Instant> started =
          starts.submit(
              () -> {
                AtomicReference<Instant> at = new AtomicReference<>();
                StartLock.holding(dataSource, () -> at.set(Instant.now()));
                return at.get();
              });
      if (!postgres) {
        assertThat(started.get(30, TimeUnit.SECONDS)).isNotNull();
        return;
      }
      Thread.sleep(2_000);
      assertThat(started).as("a start while another holds the lock").isNotDone();
      Instant givenBack = Instant.now();
      advisoryLock(other, "pg_advisory_unlock");
      assertThat(started.get(30, TimeUnit.SECONDS)).isAfterOrEqualTo(givenBack);
    } finally {
      starts.shutdownNow();
    }
  }

  private static void advisoryLock(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, StartLock.KEY);
      statement.executeQuery().close();
    }
  }

  private static OffsetDateTime longAgo() {
    return OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
  }

  private String holderOf(String lease) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT node FROM cluster_lease WHERE name = ?")) {
      statement.setString(1, lease);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private int update(String sql, Object... values) throws SQLException {
    return Rows.update(dataSource, sql, values);
  }
}
