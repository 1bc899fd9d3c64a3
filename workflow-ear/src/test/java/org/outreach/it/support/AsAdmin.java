package org.outreach.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test steps with the role {@code admin}, the way a logged-in admin reaches the services. */
@Stateless
@PermitAll
@RunAs("admin")
public class AsAdmin {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }

  public void run(Runnable work) {
    work.run();
  }
}
