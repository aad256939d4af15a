package dev.accordion.shop;

import dev.accordion.Expand;
import jakarta.persistence.*;

/** Release 2: the count becomes a long that is never unknown, a primitive. */
@Entity
public class Counter {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private Integer views;

  @Expand(from = "views")
  private long viewCount;

  public long getViewCount() { return CounterAccessors.viewCount(viewCount, views); }

  public void setViewCount(long viewCount) {
    this.views = CounterAccessors.viewsFromViewCount(viewCount);
    this.viewCount = viewCount;
  }

  /** What an older release's code would write: views alone, the count following it. */
  public void setViews(Integer views) {
    this.viewCount = CounterAccessors.viewCountFromViews(views, viewCount);
    this.views = views;
  }
}
