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

/**
 * Release 2, expand: owner is copied into assignee, open is mapped into state. The setters assign
 * both sides, with what the generated accessors convert.
 */
@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  private String owner;

  @Expand
  @RenamedFrom("owner")
  private String assignee;

  private Boolean open;

  @Expand(from = "open", map = {
      @ValueMap(from = "true", to = "Open"),
      @ValueMap(from = "false", to = {"Closed", "Archived"})})
  @Enumerated(EnumType.STRING)
  private TicketState state;

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getAssignee() {
    return TicketAccessors.assignee(assignee, owner);
  }

  public void setAssignee(String assignee) {
    this.owner = TicketAccessors.ownerFromAssignee(assignee);
    this.assignee = assignee;
  }

  public TicketState getState() {
    return TicketAccessors.state(state, open);
  }

  public void setState(TicketState state) {
    this.open = TicketAccessors.openFromState(state);
    this.state = state;
  }
}
