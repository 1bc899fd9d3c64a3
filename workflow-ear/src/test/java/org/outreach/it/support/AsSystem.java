package org.outreach.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Runs test steps with the role {@code system}, the way the engine's jobs and the server's timers
 * reach the services meant for them (a test calling such a service stands in for a job). A runtime
 * exception of the work reaches the caller wrapped by the container, with the original as its
 * cause.
 */
@Stateless
@PermitAll
@RunAs("system")
public class AsSystem {

  public <T> T get(Supplier<T> work) {
    return work.get();
  }

  public void run(Runnable work) {
    work.run();
  }

  /** For work that throws a checked exception, which reaches the caller as itself. */
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
