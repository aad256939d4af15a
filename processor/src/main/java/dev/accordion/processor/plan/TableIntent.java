package dev.accordion.processor.plan;

import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * What one compile intends for one table, resolved from an entity (its {@code origin}) and the
 * snapshot, in the order planning takes them. The tables of the next snapshot are those the
 * intents leave, in that order. An intent whose entity was refused keeps the table the snapshot
 * should record meanwhile.
 */
public sealed interface TableIntent {

  /** The entity the intent comes from; empty for a snapshot table no entity of the compile maps. */
  Optional<TypeElement> origin();

  /** The table stays as {@code table} says, and nothing is migrated for it. */
  record Keep(Optional<TypeElement> origin, Table table) implements TableIntent {}

  record Create(Optional<TypeElement> origin, Table table) implements TableIntent {}

  /** A new join table, created empty and filled from {@code source}'s link by the transition. */
  record CreateJoin(Optional<TypeElement> origin, Table table, Transition transition, Table source)
      implements TableIntent {}

  /**
   * A direct rename of {@code previous}; an {@link Alter} of the renamed table follows. It
   * leaves no table of its own in the next snapshot.
   */
  record RenameTable(Optional<TypeElement> origin, Table previous, String to, String acknowledged)
      implements TableIntent {}

  /** A zero-downtime table rename begun: {@code renamed} is the table under its new name. */
  record ExpandTable(Optional<TypeElement> origin, Transition transition, Table before,
      Table renamed) implements TableIntent {}

  /** A zero-downtime table rename finished: the old name goes. */
  record ContractTable(Optional<TypeElement> origin, Transition transition, Table table)
      implements TableIntent {}

  /** The changes to a table the snapshot has, in order, from {@code before}. */
  record Alter(Optional<TypeElement> origin, Table before, String entity,
      List<ColumnChange> changes) implements TableIntent {
    public Alter {
      changes = List.copyOf(changes);
    }
  }
}
