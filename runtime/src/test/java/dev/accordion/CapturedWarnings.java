package dev.accordion;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The warnings Accordion logs (through {@code System.Logger}, to java.util.logging) until closed. */
final class CapturedWarnings extends Handler implements AutoCloseable {

  /** Held, so the logger and its handler outlive a garbage collection during the test. */
  private final Logger logger = Logger.getLogger("dev.accordion");
  private static final SimpleFormatter FORMATTER = new SimpleFormatter();
  private final List<String> messages = new CopyOnWriteArrayList<>();

  CapturedWarnings() {
    logger.addHandler(this);
  }

  List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
      messages.add(FORMATTER.formatMessage(record)); // the parameters filled in
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
