package org.outreach.users;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt in modular crypt format ({@code $2a$12$...}), written with the same library the server's
 * realm verifies it with. Cost 12: about a quarter of a second per guess on this hardware.
 */
final class PasswordHashing {

  static final int COST = 12;

  private static final WildFlyElytronPasswordProvider PROVIDER =
      WildFlyElytronPasswordProvider.getInstance();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashing() {}

  static String hash(char[] password) {
    try {
      byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
      RANDOM.nextBytes(salt);
      PasswordFactory factory =
          PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
      BCryptPassword hashed =
          (BCryptPassword)
              factory.generatePassword(
                  new EncryptablePasswordSpec(
                      password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
      return ModularCrypt.encodeAsString(hashed);
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("The password cannot be hashed");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  static boolean matches(char[] password, String modularCrypt) {
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
      return factory.verify(factory.translate(ModularCrypt.decode(modularCrypt)), password);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
