package dev.accordion;

/**
 * Accordion refused or failed to change the database. The message says what happened, to which
 * migration file, and what to do next; the cause, if any, is the database's own error.
 */
public class AccordionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccordionException(String message) {
    super(message);
  }

  public AccordionException(String message, Throwable cause) {
    super(message, cause);
  }
}
