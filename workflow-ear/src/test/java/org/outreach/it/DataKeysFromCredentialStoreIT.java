package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.ValueExpression;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.audit.AccessPurpose;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsSupervisor;
import org.outreach.it.support.BasicHttp;
import org.outreach.it.support.Deployments;
import org.outreach.privacy.KeyRingSource;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.DataProtection.KeyIds;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRegistry;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * The data keys can come from the server's credential store: the store and resolver that {@code
 * keys/data-key-store.cli} adds (a PKCS#12 store protected by the password in {@code
 * OUTREACH_KEY_STORE_PASSWORD}, an AES key, the resolver {@code outreach}) are added the same way
 * on the running server, and a key configuration stored through the management model as an
 * encrypted expression ({@code ${ENC::outreach:...}}) is resolved by the Elytron resolver into the
 * system property the application reads, a reload puts it to use, and neither the management model
 * nor {@code standalone.xml} holds a key in clear. Runs on the live server, without a restart; the
 * resolution at boot goes through the same resolver but is not exercised here.
 */
@ExtendWith(ArquillianExtension.class)
class DataKeysFromCredentialStoreIT {

  private static final String PASSWORD = "it-keystore-password-0123";
  private static final String ADMIN = "it-keys-ada";
  private static final String PROPERTY = KeyRingSource.PROPERTY;

  private static final ModelNode PROPERTY_RESOURCE =
      Operations.createAddress("system-property", PROPERTY);
  private static final ModelNode CREDENTIAL_STORE =
      Operations.createAddress("subsystem", "elytron", "credential-store", "outreach-data-keys");
  private static final ModelNode ENCRYPTION =
      Operations.createAddress("subsystem", "elytron", "expression", "encryption");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(DataKeysFromCredentialStoreIT.class);
  }

  @ArquillianResource ManagementClient management;

  @Inject KeyAdministration keyAdministration;
  @Inject PersonRegistry registry;
  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;
  @Inject AsSupervisor asSupervisor;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  DataSource dataSource;

  /** What the server ran with before the test; restored afterwards. */
  private String originalConfiguration;

  private String originalKey;

  /** The key the test adds, as its {@code id=base64} entry. */
  private String newKeyEntry;

  private boolean propertyResourceAdded;

  /** A person written under the new key, who must stay readable once the test is over. */
  private UUID personUnderNewKey;

  private String familyNameUnderNewKey;

  @BeforeEach
  void adminExists() throws Exception {
    asAdmin.run(
        () -> {
          if (!users.exists(ADMIN)) {
            users.create(
                new NewStaffAccount(
                    ADMIN,
                    "Test " + ADMIN,
                    PASSWORD.toCharArray(),
                    Set.of(Role.ADMIN),
                    Set.of("administrators")));
          }
        });
  }

  @Test
  void keysStoredAsAnEncryptedExpressionResolveThroughTheCredentialStoreAndEncryptAfterAReload()
      throws Exception {
    assertThat(management).as("in-container management client").isNotNull();
    addTheStoreAsTheScriptDoes();
    // the store holds the alias the resolver names, and names its password by the variable only
    ModelNode aliases =
        execute(Operations.createOperation("read-aliases", CREDENTIAL_STORE), "read-aliases");
    assertThat(aliases.asList()).extracting(ModelNode::asString).contains("key");
    assertThat(
            execute(
                    Operations.createReadAttributeOperation(
                        CREDENTIAL_STORE, "credential-reference"),
                    "read the store's password reference")
                .get("clear-text")
                .asString())
        .isEqualTo("${env.OUTREACH_KEY_STORE_PASSWORD}");
    ModelNode resolvers =
        execute(
            Operations.createReadAttributeOperation(ENCRYPTION, "resolvers"),
            "read the encryption resolvers");
    assertThat(resolvers.asList())
        .anySatisfy(
            resolver -> {
              assertThat(resolver.get("name").asString()).isEqualTo("outreach");
              assertThat(resolver.get("credential-store").asString())
                  .isEqualTo("outreach-data-keys");
              assertThat(resolver.get("secret-key").asString()).isEqualTo("key");
            });

    originalConfiguration = System.getProperty(PROPERTY);
    assertThat(originalConfiguration)
        .as("the test server passes its data keys as the system property " + PROPERTY)
        .isNotNull();
    originalKey = asAdmin.call(() -> keyAdministration.keyIds().current());
    String newKey = "cs" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    byte[] keyBytes = new byte[32];
    new SecureRandom().nextBytes(keyBytes);
    String newKeyBase64 = Base64.getEncoder().encodeToString(keyBytes);
    newKeyEntry = newKey + "=" + newKeyBase64;
    String rotated =
        originalConfiguration.replace("current=" + originalKey, "current=" + newKey)
            + ";"
            + newKeyEntry;
    assertThat(rotated.contains("current=" + newKey))
        .as("the rotated configuration makes %s current", newKey)
        .isTrue();

    ModelNode createExpression = Operations.createOperation("create-expression", ENCRYPTION);
    createExpression.get("resolver").set("outreach");
    createExpression.get("clear-text").set(rotated);
    // the operation carries the keys in clear: its failure description is not repeated
    String expression = execute(createExpression, null).get("expression").asString();
    assertThat(expression).startsWith("${ENC::outreach:").endsWith("}");
    assertThat(expression.contains(newKeyBase64) || expression.contains("current="))
        .as("the expression holds the new key or the configuration in clear")
        .isFalse();

    // The JVM already has the property from -D; add does not refuse that: it sets the property
    // to the resolved value (and a rollback would put the -D value back).
    ModelNode add = Operations.createAddOperation(PROPERTY_RESOURCE);
    add.get("value").set(new ValueExpression(expression));
    execute(add, "add the system property");
    propertyResourceAdded = true;

    assertThat(rotated.equals(System.getProperty(PROPERTY)))
        .as(
            "the system property resolves through the credential store to the configuration with %s current",
            newKey)
        .isTrue();
    ModelNode stored =
        execute(
            Operations.createReadResourceOperation(PROPERTY_RESOURCE), "read the system property");
    assertThat(stored.get("value").asString())
        .as("the management model stores the expression")
        .isEqualTo(expression);
    String configuration =
        Files.readString(
            Path.of(System.getProperty("jboss.server.config.dir"), "standalone.xml"),
            StandardCharsets.UTF_8);
    assertThat(configuration.contains(expression))
        .as("standalone.xml holds the expression")
        .isTrue();
    assertThat(configuration.contains(newKeyBase64) || configuration.contains("current=" + newKey))
        .as("standalone.xml holds the new key or the configuration in clear")
        .isFalse();

    BasicHttp.Answer reload = BasicHttp.post(ADMIN, PASSWORD, "api/admin/data-keys/reload");
    assertThat(reload.status()).isEqualTo(200);
    assertThat(reload.body()).contains("\"currentKey\":\"" + newKey + "\"");

    NewAffectedPerson person =
        new NewAffectedPerson(
            "Keystore" + letters(8),
            "Credential" + letters(6),
            List.of(),
            LocalDate.of(1985, 3, 14),
            "HT",
            String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999)),
            List.of("fr"),
            CustodyStatus.UNKNOWN);
    personUnderNewKey = asAdmin.call(() -> registry.register(person));
    familyNameUnderNewKey = person.familyName();
    assertThat(familyNameStored(personUnderNewKey)).startsWith("v1:" + newKey + ":");
    assertThat(
            asSupervisor
                .call(() -> registry.read(personUnderNewKey, AccessPurpose.SUPERVISION))
                .familyName())
        .isEqualTo(person.familyName());

    String log =
        Files.readString(
            Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
            StandardCharsets.UTF_8);
    assertThat(log.contains(newKeyBase64)).as("server.log holds the new key").isFalse();
  }

  /**
   * Puts the server back on its original current key, so later tests run as before. The new key
   * stays in the ring: the person registered above is stored under it, and a ring without it could
   * no longer read that person (UNKNOWN_KEY) - a later re-encryption, or a PersonRecordIT rotation,
   * would fail on that record. Keeping the key is simpler than re-encrypting the registry back
   * under the original key, and correct: the original key is current again, and every record reads.
   */
  @AfterEach
  void originalCurrentKeyBack() throws Exception {
    if (originalConfiguration == null) {
      return;
    }
    Boolean removalClearedTheProperty = null;
    try {
      if (propertyResourceAdded) {
        execute(Operations.createRemoveOperation(PROPERTY_RESOURCE), "remove the system property");
        removalClearedTheProperty = System.getProperty(PROPERTY) == null;
      }
    } finally {
      System.setProperty(
          PROPERTY,
          newKeyEntry == null ? originalConfiguration : originalConfiguration + ";" + newKeyEntry);
    }
    KeyIds restored = asAdmin.call(() -> keyAdministration.reload());
    assertThat(restored.current()).isEqualTo(originalKey);
    if (personUnderNewKey != null) {
      assertThat(
              asSupervisor
                  .call(() -> registry.read(personUnderNewKey, AccessPurpose.SUPERVISION))
                  .familyName())
          .isEqualTo(familyNameUnderNewKey);
    }
    if (removalClearedTheProperty != null) {
      assertThat(removalClearedTheProperty)
          .as("removing the system-property resource clears the JVM property, -D value and all")
          .isTrue();
    }
  }

  /**
   * Runs a management operation and answers its result.
   *
   * @param what names the operation in a failure; {@code null} to leave out the failure
   *     description, for an operation that carries keys
   */
  /**
   * The three operations of {@code keys/data-key-store.cli}, on the running server, once: the store
   * (its password from the environment the test server inherits, see the failsafe configuration),
   * its AES key, the resolver.
   */
  private void addTheStoreAsTheScriptDoes() throws IOException {
    ModelNode read = Operations.createReadResourceOperation(CREDENTIAL_STORE);
    if (Operations.isSuccessfulOutcome(management.getControllerClient().execute(read))) {
      return;
    }
    ModelNode store = Operations.createAddOperation(CREDENTIAL_STORE);
    store.get("location").set("outreach-data-keys.p12");
    store.get("relative-to").set("jboss.server.config.dir");
    store
        .get("credential-reference")
        .get("clear-text")
        .set(new ValueExpression("${env.OUTREACH_KEY_STORE_PASSWORD}"));
    store.get("create").set(true);
    store.get("implementation-properties").get("keyStoreType").set("PKCS12");
    execute(store, "add the credential store");
    ModelNode key = Operations.createOperation("generate-secret-key", CREDENTIAL_STORE);
    key.get("alias").set("key");
    execute(key, "generate the store's key");
    ModelNode resolver = Operations.createAddOperation(ENCRYPTION);
    ModelNode outreach = new ModelNode();
    outreach.get("name").set("outreach");
    outreach.get("credential-store").set("outreach-data-keys");
    outreach.get("secret-key").set("key");
    resolver.get("resolvers").add(outreach);
    resolver.get("default-resolver").set("outreach");
    execute(resolver, "add the resolver");
  }

  private ModelNode execute(ModelNode operation, String what) throws IOException {
    ModelNode outcome = management.getControllerClient().execute(operation);
    if (!Operations.isSuccessfulOutcome(outcome)) {
      throw new AssertionError(
          what == null
              ? "management operation " + operation.get("operation").asString() + " failed"
              : what + " failed: " + Operations.getFailureDescription(outcome).asString());
    }
    return Operations.readResult(outcome);
  }

  private String familyNameStored(UUID personId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT family_name FROM affected_person WHERE id = ?")) {
      statement.setObject(1, personId);
      try (ResultSet rs = statement.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static String letters(int count) {
    StringBuilder letters = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
