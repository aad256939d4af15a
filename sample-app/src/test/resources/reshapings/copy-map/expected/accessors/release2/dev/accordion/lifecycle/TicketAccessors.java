package dev.accordion.lifecycle;

import dev.accordion.Transitions;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Ticket} while its expand-and-contract transitions are in flight.
 * <p>Functions of the fields' values, so the fields may stay private: until the contract release, the entity's getter of each new field returns what its reader gives, and each setter assigns to the other side's fields what their conversions give.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class TicketAccessors {
  private TicketAccessors() {
  }

  /**
   * What {@code getAssignee} returns: {@code owner} until transition {@code Ticket.assignee} is verified, then {@code assignee}.
   */
  public static String assignee(String assignee, String owner) {
    return Transitions.readsNew("Ticket.assignee") ? assignee : owner;
  }

  /**
   * What {@code setAssignee} assigns to {@code owner}.
   */
  public static String ownerFromAssignee(String assignee) {
    return assignee;
  }

  /**
   * What {@code setOwner} assigns to {@code assignee}.
   */
  public static String assigneeFromOwner(String owner) {
    return owner;
  }

  /**
   * What {@code getState} returns: {@code open}, converted, until transition {@code Ticket.state} is verified, then {@code state}.
   */
  public static TicketState state(TicketState state, Boolean open) {
    return Transitions.readsNew("Ticket.state") ? state : stateFromOpen(open);
  }

  /**
   * What {@code setState} assigns to {@code open}.
   */
  public static Boolean openFromState(TicketState state) {
    if (Objects.equals(state, TicketState.Open)) {
      return true;
    }
    if (Objects.equals(state, TicketState.Closed)) {
      return false;
    }
    if (Objects.equals(state, TicketState.Archived)) {
      return false;
    }
    return null;
  }

  /**
   * What {@code setOpen} assigns to {@code state}.
   */
  public static TicketState stateFromOpen(Boolean open) {
    if (Objects.equals(open, true)) {
      return TicketState.Open;
    }
    if (Objects.equals(open, false)) {
      return TicketState.Closed;
    }
    return null;
  }
}
