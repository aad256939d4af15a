package dev.accordion.shop;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** What every table of the shop has: a key drawn from its sequence, and a version. */
@MappedSuperclass
public abstract class BaseEntity {
  @Id
  @GeneratedValue
  private Long id;

  @Version
  private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }
}
