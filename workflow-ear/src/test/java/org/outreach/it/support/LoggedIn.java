package org.outreach.it.support;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test steps as a staff member who logged in with username and password through the server's
 * security realm: the services see exactly the identity a browser login gives them.
 */
public final class LoggedIn {

  private LoggedIn() {}

  public static <T> T as(String username, String password, Callable<T> work) throws Exception {
    SecurityIdentity identity;
    try {
      identity =
          SecurityDomain.getCurrent()
              .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
    } catch (RealmUnavailableException | SecurityException e) {
      throw new AssertionError("Login of " + username + " failed", e);
    }
    try {
      return identity.runAs((PrivilegedExceptionAction<T>) work::call);
    } catch (PrivilegedActionException e) {
      throw e.getException();
    }
  }
}
