package org.outreach.privacy;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the server's key ring comes from: the system property {@value #PROPERTY}, else the
 * environment variable {@value #ENVIRONMENT_VARIABLE} (the same precedence as the server's other
 * settings). Both hold the format {@link KeyRing#parse(String)} reads.
 */
public final class KeyRingSource {

  public static final String PROPERTY = "outreach.data.keys";
  public static final String ENVIRONMENT_VARIABLE = "OUTREACH_DATA_KEYS";

  private final UnaryOperator<String> properties;
  private final UnaryOperator<String> environment;

  KeyRingSource(UnaryOperator<String> properties, UnaryOperator<String> environment) {
    this.properties = Objects.requireNonNull(properties, "properties");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** Reads this JVM's system properties and environment. */
  public static KeyRingSource system() {
    return new KeyRingSource(System::getProperty, System::getenv);
  }

  /**
   * Loads the key ring.
   *
   * @throws KeyConfigurationException if neither setting is present, or the one used is malformed;
   *     the message says which setting was read
   */
  public KeyRing load() {
    String fromProperty = properties.apply(PROPERTY);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return parse("system property " + PROPERTY, fromProperty);
    }
    String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return parse("environment variable " + ENVIRONMENT_VARIABLE, fromEnvironment);
    }
    throw new KeyConfigurationException(
        "no data keys configured: set the environment variable "
            + ENVIRONMENT_VARIABLE
            + " or the system property "
            + PROPERTY);
  }

  private static KeyRing parse(String origin, String configuration) {
    try {
      return KeyRing.parse(configuration);
    } catch (KeyConfigurationException e) {
      throw new KeyConfigurationException(origin + ": " + e.getMessage());
    }
  }
}
