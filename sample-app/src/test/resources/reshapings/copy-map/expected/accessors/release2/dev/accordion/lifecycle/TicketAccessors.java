package dev.accordion.lifecycle;

import dev.accordion.Transitions;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Ticket} while its expand-and-contract transitions are in flight.
 * <p>Route the entity's getters and setters of these fields through here until the contract release.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class TicketAccessors {
  private TicketAccessors() {
  }

  /**
   * Reads {@code assignee}: from {@code owner} until transition {@code Ticket.assignee} is verified.
   */
  public static String getAssignee(Ticket entity) {
    return Transitions.readsNew("Ticket.assignee") ? entity.assignee : entity.owner;
  }

  /**
   * Writes {@code assignee} and, transformed, {@code owner}.
   */
  public static void setAssignee(Ticket entity, String value) {
    String converted = value;
    entity.assignee = value;
    entity.owner = converted;
  }

  /**
   * Writes {@code owner} and, transformed, {@code assignee}.
   */
  public static void setOwner(Ticket entity, String value) {
    String converted = value;
    entity.owner = value;
    entity.assignee = converted;
  }

  /**
   * Reads {@code state}: from {@code open} until transition {@code Ticket.state} is verified.
   */
  public static TicketState getState(Ticket entity) {
    return Transitions.readsNew("Ticket.state") ? entity.state : stateFromOpen(entity.open);
  }

  /**
   * Writes {@code state} and, transformed, {@code open}.
   */
  public static void setState(Ticket entity, TicketState value) {
    Boolean converted = openFromState(value);
    entity.state = value;
    entity.open = converted;
  }

  /**
   * Writes {@code open} and, transformed, {@code state}.
   */
  public static void setOpen(Ticket entity, Boolean value) {
    TicketState converted = stateFromOpen(value);
    entity.open = value;
    entity.state = converted;
  }

  private static TicketState stateFromOpen(Boolean value) {
    if (Objects.equals(value, true)) {
      return TicketState.Open;
    }
    if (Objects.equals(value, false)) {
      return TicketState.Closed;
    }
    return null;
  }

  private static Boolean openFromState(TicketState value) {
    if (Objects.equals(value, TicketState.Open)) {
      return true;
    }
    if (Objects.equals(value, TicketState.Closed)) {
      return false;
    }
    if (Objects.equals(value, TicketState.Archived)) {
      return false;
    }
    return null;
  }
}
