package org.outreach.privacy;

/**
 * The key configuration cannot be used. The message names the entry and what is wrong with it,
 * never key material: an entry whose name is not a valid key id is named by its position only,
 * because a mistyped entry may hold a key where its name should be.
 */
public class KeyConfigurationException extends RuntimeException {

  public KeyConfigurationException(String message) {
    super(message);
  }
}
