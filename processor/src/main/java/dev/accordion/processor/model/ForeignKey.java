package dev.accordion.processor.model;

import java.util.List;

/**
 * A foreign key as the database declares it: {@code columns} of one table point at
 * {@code referencedColumns} of {@code table}, pairwise. One column's comes from its
 * {@link Column.Reference}; a join to a composite key has one over several columns.
 */
public record ForeignKey(List<String> columns, String table, List<String> referencedColumns) {

  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** The column that names the constraint: the first. */
  public String firstColumn() {
    return columns.get(0);
  }

  public boolean isComposite() {
    return columns.size() > 1;
  }
}
