package dev.accordion.lifecycle;

import dev.accordion.Contract;
import dev.accordion.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Release 3, contract: owner and open are gone. */
@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  @Contract
  @RenamedFrom("owner")
  private String assignee;

  @Contract(from = "open")
  @Enumerated(EnumType.STRING)
  private TicketState state;

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public TicketState getState() {
    return state;
  }

  public void setState(TicketState state) {
    this.state = state;
  }
}
