package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data-key store protects the keys with a password the server is given at start: on a copy of
 * the provisioned server (no deployment, its own ports), {@code keys/data-key-store.cli} adds the
 * store with one password and the key configuration is stored as an expression it decrypts; the
 * server then boots with that password, and refuses to boot with a wrong one or none, naming the
 * store and never the keys. No test server is involved: this starts and stops its own.
 */
class DataKeyStorePasswordIT {

  private static final String PASSWORD = "store-password-" + System.nanoTime();

  /** The key configuration stored in the copy (the test server's fixed test keys). */
  private static final String KEYS =
      "current=k7;k7=pUpWv2iPaM89+FlbJYzoL6keoe0PVAlTlg3laknifJU=;"
          + "index=rBWuhb7deUQ0xFjqwfq4IzjJV/kCoEvPUwO6F3SnP70=";

  /**
   * Ports apart from the test server's (offset 10000) and a running demo's (0), and below the
   * system's ephemeral range (from 32768), where a test's own connections could hold one.
   */
  private static final int PORT_OFFSET = 20000;

  private static final Duration BOOT = Duration.ofSeconds(120);

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{ENC::outreach:[^}]+}");

  private static Path server;

  private static Path provisioned;

  @BeforeAll
  static void aServerWithTheStoreAndTheKeysStoredThroughIt() throws Exception {
    provisioned = Path.of(System.getProperty("outreach.it.server")).toAbsolutePath().normalize();
    server = Files.createTempDirectory("outreach-key-store");
    copy(provisioned, server, Set.of("data", "log", "tmp", "deployments"));
    // the configuration as provisioned: the test server may have changed its own since it booted
    // (DataKeysFromCredentialStoreIT adds a store to it), and keeps the one it booted with
    Path configuration = server.resolve("standalone/configuration");
    Path initial = configuration.resolve("standalone_xml_history/standalone.initial.xml");
    if (Files.exists(initial)) {
      Files.copy(
          initial,
          configuration.resolve("standalone.xml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Files.deleteIfExists(configuration.resolve("outreach-data-keys.p12"));
    // the boot logging's file names the provisioned server's log by its absolute path: the copy
    // writes its own, or the test server's log would receive what these starts print
    Path logging = configuration.resolve("logging.properties");
    Files.writeString(
        logging, Files.readString(logging).replace(provisioned.toString(), server.toString()));

    // the operator's script, as the README runs it, with the password in the environment
    String added =
        cli(
            Map.of("OUTREACH_KEY_STORE_PASSWORD", PASSWORD),
            Path.of("src/main/wildfly/keys/data-key-store.cli"));
    assertThat(Files.exists(server.resolve("standalone/configuration/outreach-data-keys.p12")))
        .as(added)
        .isTrue();
    // the operator's interactive steps: the keys encrypted, stored as the system property
    String created =
        cliCommands(
            Map.of("OUTREACH_KEY_STORE_PASSWORD", PASSWORD),
            "/subsystem=elytron/expression=encryption:create-expression(resolver=outreach, clear-text=\""
                + KEYS
                + "\")");
    Matcher expression = EXPRESSION.matcher(created);
    assertThat(expression.find()).as(created).isTrue();
    cliCommands(
        Map.of("OUTREACH_KEY_STORE_PASSWORD", PASSWORD),
        "/system-property=outreach.data.keys:add(value=\"" + expression.group() + "\")");

    String stored = Files.readString(configuration.resolve("standalone.xml"));
    assertThat(stored)
        .contains("${env.OUTREACH_KEY_STORE_PASSWORD}")
        .contains(expression.group())
        .doesNotContain(PASSWORD)
        .doesNotContain("pUpWv2iPaM89");
  }

  @AfterAll
  static void removeTheCopy() throws IOException {
    if (server != null) {
      try (Stream<Path> files = Files.walk(server)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  @Test
  void theServerBootsWithTheStoresPasswordAndRefusesAWrongOneOrNoneNamingTheStore()
      throws Exception {
    Boot right = boot(Map.of("OUTREACH_KEY_STORE_PASSWORD", PASSWORD));
    assertThat(right.started()).as(right.output()).isTrue();
    // (on PostgreSQL the copy has no database password: its datasource may fail, not the store)
    assertThat(right.output())
        .doesNotContain("credential-store.outreach-data-keys")
        .doesNotContain("pUpWv2iPaM89");

    for (Map<String, String> environment :
        List.of(
            Map.of("OUTREACH_KEY_STORE_PASSWORD", "not-the-password"), Map.<String, String>of())) {
      Boot refused = boot(environment);
      assertThat(refused.started()).as(refused.output()).isFalse();
      assertThat(refused.exitCode()).as(refused.output()).isNotZero();
      assertThat(refused.output())
          .as("the refusal names the store and says the boot failed")
          .contains("outreach-data-keys")
          .contains("WFLYSRV0056");
      assertThat(refused.output())
          .as("no key, no configuration in clear, no password")
          .doesNotContain("pUpWv2iPaM89")
          .doesNotContain("rBWuhb7deUQ0")
          .doesNotContain("current=k7")
          .doesNotContain(PASSWORD);
    }
    // the copy wrote its own log: the test server's says nothing of it
    Path testServerLog = provisioned.resolve("standalone/log/server.log");
    if (Files.exists(testServerLog)) {
      assertThat(Files.readString(testServerLog)).doesNotContain(server.toString());
    }
  }

  /**
   * What a start of the copy printed, whether it got to "started", and its exit code if it ended.
   */
  private record Boot(boolean started, int exitCode, String output) {}

  /**
   * Starts the copy with {@code environment} added and the password variable otherwise unset; waits
   * until it says it started (then stops it) or ends by itself.
   */
  private static Boot boot(Map<String, String> environment) throws Exception {
    Path log = Files.createTempFile(server, "boot", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Djboss.bind.address=127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("OUTREACH_KEY_STORE_PASSWORD");
    builder.environment().remove("OUTREACH_DATA_KEYS");
    builder.environment().putAll(environment);
    builder.environment().put("JBOSS_HOME", server.toString());
    Process process = builder.start();
    long deadline = System.nanoTime() + BOOT.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (output.contains("WFLYSRV0025") || output.contains("WFLYSRV0026")) {
          return new Boot(true, 0, output);
        }
        if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
          return new Boot(
              false, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        }
      }
      throw new AssertionError(
          "the server neither started nor ended in " + BOOT + ":\n" + Files.readString(log));
    } finally {
      // the server's JVM is the script's child: stop both, and wait until they are gone so that
      // the next start finds its ports free
      List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
      all.add(process.toHandle());
      all.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle handle : all) {
        handle.onExit().get(30, TimeUnit.SECONDS);
      }
    }
  }

  /** Runs a CLI script against the copy, embedded; answers what it printed. */
  private static String cli(Map<String, String> environment, Path script) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/jboss-cli.sh").toString(), "--file=" + script.toAbsolutePath())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().put("JBOSS_HOME", server.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Runs commands in an embedded copy, as an operator would interactively. */
  private static String cliCommands(Map<String, String> environment, String... commands)
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("embed-server --std-out=discard");
    lines.addAll(List.of(commands));
    lines.add("stop-embedded-server");
    Path script = Files.createTempFile(server, "commands", ".cli");
    try {
      Files.write(script, lines, StandardCharsets.UTF_8);
      return cli(environment, script);
    } finally {
      Files.delete(script);
    }
  }

  private static void copy(Path from, Path to, Set<String> leftOutOfStandalone) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path relative = from.relativize(file);
        if (relative.getNameCount() >= 2
            && relative.getName(0).toString().equals("standalone")
            && leftOutOfStandalone.contains(relative.getName(1).toString())) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
