package org.outreach.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock: the time its timers and jobs fall due by. Work that must agree with the
 * engine about what is due (the retention job) reads the time here; tests move it.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
