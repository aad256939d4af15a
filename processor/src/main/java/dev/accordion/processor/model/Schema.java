package dev.accordion.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The database schema that the committed migrations produce, plus the transitions in flight:
 * the content of the snapshot file, and what entities are resolved against.
 */
public record Schema(int format, List<Table> tables, List<Transition> transitions) {

  public static final int FORMAT = 1;

  public Schema {
    tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
    transitions = transitions.stream().sorted(Comparator.comparing(Transition::id)).toList();
  }

  public static Schema empty() {
    return new Schema(FORMAT, List.of(), List.of());
  }

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The columns whose foreign keys point at {@code table.column}, e.g. {@code Book.author_code}. */
  public List<String> foreignKeysTo(String table, String column) {
    return tables.stream().flatMap(t -> t.columns().stream()
            .filter(c -> c.references().filter(r -> r.pointsAt(table, column)).isPresent())
            .map(c -> t.name() + "." + c.name()))
        .toList();
  }

  public List<Transition> transitionsOf(String table) {
    return transitions.stream().filter(t -> t.table().equals(table)).toList();
  }
}
