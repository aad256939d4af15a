package dev.accordion.sample;

import java.lang.reflect.Method;

/** Release 1's Ticket (copy-map): an owner, and open as a Boolean. */
final class TicketRelease1 extends ReshapingRelease {

  private final Method setOwner = method("Ticket", "setOwner", String.class);
  private final Method getOwner = method("Ticket", "getOwner");
  private final Method setOpen = method("Ticket", "setOpen", Boolean.class);
  private final Method getOpen = method("Ticket", "getOpen");

  TicketRelease1(Release release) {
    super(release);
  }

  void setOwner(Object ticket, String owner) {
    call(setOwner, ticket, owner);
  }

  String owner(Object ticket) {
    return (String) call(getOwner, ticket);
  }

  void setOpen(Object ticket, Boolean open) {
    call(setOpen, ticket, open);
  }

  Boolean open(Object ticket) {
    return (Boolean) call(getOpen, ticket);
  }
}
