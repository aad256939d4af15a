package dev.accordion.lifecycle;

import dev.accordion.DialectSql;
import dev.accordion.Expand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * Release 2 expands both: views (int) into viewCount (long), a widening copy; ref (text) into
 * reference (a native UUID), with a converter whose SQL each database spells its own way.
 * The note grows from 255 to 1000 characters in place, since no database rewrites the table for
 * it. The code uses only the new fields; their getters and setters call the generated accessors.
 */
@Entity
public class Reading {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  @Column(length = 1000)
  private String note;

  private Integer views;

  @Expand(from = "views")
  private Long viewCount;

  private String ref;

  @Expand(
      from = "ref",
      converter = TextToUuid.class,
      sqlUp = "CAST(:value AS uuid)",
      sqlDown = "CAST(:value AS char(36))",
      dialectSql = {
        @DialectSql(
            dialect = "sqlite",
            up = "unhex(replace(:value, '-', ''))",
            down = "lower(substr(hex(:value), 1, 8) || '-' || substr(hex(:value), 9, 4) || '-'"
                + " || substr(hex(:value), 13, 4) || '-' || substr(hex(:value), 17, 4) || '-'"
                + " || substr(hex(:value), 21))"),
        @DialectSql(dialect = "postgresql", up = "CAST(:value AS uuid)", down = "CAST(:value AS varchar)")
      })
  private UUID reference;

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Long getViewCount() {
    return ReadingAccessors.viewCount(viewCount, views);
  }

  /** The old field first: a count an int cannot hold is refused before the entity changes. */
  public void setViewCount(Long viewCount) {
    this.views = ReadingAccessors.viewsFromViewCount(viewCount);
    this.viewCount = viewCount;
  }

  public UUID getReference() {
    return ReadingAccessors.reference(reference, ref);
  }

  public void setReference(UUID reference) {
    this.ref = ReadingAccessors.refFromReference(reference);
    this.reference = reference;
  }
}
