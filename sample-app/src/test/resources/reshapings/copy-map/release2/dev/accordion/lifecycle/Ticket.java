package dev.accordion.lifecycle;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import dev.accordion.ValueMap;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Release 2, expand: owner is copied into assignee, open is mapped into state. */
@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String label;

  String owner;

  @Expand
  @RenamedFrom("owner")
  String assignee;

  Boolean open;

  @Expand(from = "open", map = {
      @ValueMap(from = "true", to = "Open"),
      @ValueMap(from = "false", to = {"Closed", "Archived"})})
  @Enumerated(EnumType.STRING)
  TicketState state;

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getAssignee() {
    return TicketAccessors.getAssignee(this);
  }

  public void setAssignee(String assignee) {
    TicketAccessors.setAssignee(this, assignee);
  }

  public TicketState getState() {
    return TicketAccessors.getState(this);
  }

  public void setState(TicketState state) {
    TicketAccessors.setState(this, state);
  }
}
