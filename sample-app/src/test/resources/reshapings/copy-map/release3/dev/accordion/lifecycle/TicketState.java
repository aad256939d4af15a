package dev.accordion.lifecycle;

/** Where a ticket stands: open, or one of the ways it is no longer. */
public enum TicketState {
  Open,
  Closed,
  Archived
}
