package dev.accordion.lifecycle;

import dev.accordion.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Release 3 drops Post.authorId once every post's author is one of its join rows. */
@Entity
@Table(indexes = @Index(name = "PostAuthor_pair", columnList = "postId, authorId", unique = true))
public class PostAuthor {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  Long postId;

  @Contract(from = "Post.authorId")
  @Column(nullable = false)
  Long authorId;

  public Long getId() {
    return id;
  }

  public Long getPostId() {
    return postId;
  }

  public void setPostId(Long postId) {
    this.postId = postId;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public void setAuthorId(Long authorId) {
    this.authorId = authorId;
  }
}
