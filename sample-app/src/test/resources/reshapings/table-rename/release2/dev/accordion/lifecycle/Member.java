package dev.accordion.lifecycle;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Release 2: the table becomes Member with zero downtime. This release reads and writes Member;
 * release 1, still running, keeps Subscriber, and both see the same rows.
 */
@Expand
@RenamedFrom("Subscriber")
@Entity
@Table(name = "Member", indexes = @Index(name = "subscriber_points", columnList = "points"))
public class Member {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String label;

  @Column(unique = true)
  String email;

  Integer points;

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Integer getPoints() {
    return points;
  }

  public void setPoints(Integer points) {
    this.points = points;
  }
}
