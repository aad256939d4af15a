package dev.accordion.processor.model;

import java.util.List;

/** A named index over one or more columns, from {@code @Table(indexes = ...)}. */
public record Index(String name, List<String> columns, boolean unique) {

  public Index {
    columns = List.copyOf(columns);
  }
}
