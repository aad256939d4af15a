package shop;

import jakarta.persistence.*;

@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;
  @ManyToOne private Author author;

  @ManyToOne @JoinColumn(name = "signed_by", referencedColumnName = "code")
  private Author signedBy;
}
