package org.outreach.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs test steps with the role {@code caseworker}, the way a logged-in caseworker reaches the
 * services.
 */
@Stateless
@PermitAll
@RunAs("caseworker")
public class AsCaseworker {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }

  public void run(Runnable work) {
    work.run();
  }
}
