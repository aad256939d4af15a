package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Release 2's Ticket (copy-map), which release 3 keeps: owner copied to assignee, open mapped
 * to a state (TicketState: Open, Closed, Archived).
 */
final class TicketRelease2 extends ReshapingRelease {

  private final Map<String, Object> states = constants("TicketState");
  private final Method setAssignee = method("Ticket", "setAssignee", String.class);
  private final Method getAssignee = method("Ticket", "getAssignee");
  private final Method setState = method("Ticket", "setState", type("TicketState"));
  private final Method getState = method("Ticket", "getState");

  TicketRelease2(Release release) {
    super(release);
  }

  /** The states a ticket may take, in their order. */
  List<String> states() {
    return List.copyOf(states.keySet());
  }

  void setAssignee(Object ticket, String assignee) {
    call(setAssignee, ticket, assignee);
  }

  String assignee(Object ticket) {
    return (String) call(getAssignee, ticket);
  }

  void setState(Object ticket, String state) {
    call(setState, ticket, constant(states, state));
  }

  String state(Object ticket) {
    return name(call(getState, ticket));
  }
}
