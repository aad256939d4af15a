package dev.accordion.lifecycle;

import dev.accordion.Expand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Release 2 turns the 1:n link into m:n: a join row per post's author, filled from Post.authorId
 * and kept in step with it while release 1 still writes it.
 */
@Entity
@Table(indexes = @Index(name = "PostAuthor_pair", columnList = "postId, authorId", unique = true))
public class PostAuthor {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Expand(from = "Post.id")
  @Column(nullable = false)
  Long postId;

  @Expand(from = "Post.authorId")
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
