package shop;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

/**
 * Hibernate names a default join column after the key it points at: author_id becomes
 * author_author_key with the key, so it is renamed here too. The signer's join column keeps its
 * name and points at the renamed handle.
 */
@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;

  @RenamedFrom(value = "author_id", acknowledged = "every release finds books through Hibernate")
  @ManyToOne
  private Author author;

  @ManyToOne @JoinColumn(name = "signed_by", referencedColumnName = "handle")
  private Author signedBy;
}
