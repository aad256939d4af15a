package dev.accordion.internal;

import java.lang.System.Logger;

/**
 * Accordion's logger, created on first use: creating a {@code System.Logger} starts the JDK's
 * logging (some forty classes), which a boot with nothing to do should not pay for.
 */
final class Log {

  private Log() {}

  static Logger get() {
    return Holder.LOGGER;
  }

  private static final class Holder {
    static final Logger LOGGER = System.getLogger("dev.accordion");
  }
}
