package dev.accordion.processor.plan;

import dev.accordion.format.MigrationKind;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Turns resolved intents into migrations and the next snapshot: first one migration of plain
 * schema changes (or the baseline), then one expand per new transition, then one contract per
 * finished transition, then one guard per enum that lost constants. A pure function of the
 * snapshot and the intents: it judges nothing and reports nothing, since every intent it is
 * given was validated when it was resolved.
 */
public final class Planner {

  private final List<Operation> schemaOps = new ArrayList<>();
  /** The foreign keys of the tables and columns {@link #schemaOps} add, planned after them. */
  private final List<Operation> foreignKeys = new ArrayList<>();
  /** Each expand's operations: the transition's, then the foreign keys of its new columns. */
  private final List<List<Operation>> expands = new ArrayList<>();
  private final List<Operation> contracts = new ArrayList<>();
  private final List<Operation> enumRemovals = new ArrayList<>();
  /** The transitions in flight as the intents are planned, by id. */
  private final Map<String, Transition> inFlight = new TreeMap<>();

  /** The sequences keys come from, by name: the snapshot's and those created as planned. */
  private final Set<String> sequences = new HashSet<>();

  private Planner(Schema snapshot) {
    snapshot.transitions().forEach(t -> inFlight.put(t.id(), t));
    snapshot.tables().forEach(t -> t.keySequence().ifPresent(s -> sequences.add(s.name())));
  }

  private Operation.CreateTable createTable(Table table) {
    return new Operation.CreateTable(table,
        table.keySequence().filter(s -> sequences.add(s.name())).isPresent());
  }

  /**
   * @param baseline whether there is no snapshot yet: the first migration is then the baseline
   */
  public static Plan plan(Schema snapshot, boolean baseline, List<TableIntent> intents) {
    Planner planner = new Planner(snapshot);
    List<Table> next = new ArrayList<>();
    for (TableIntent intent : intents) {
      planner.plan(intent).ifPresent(next::add);
    }
    UnaryOperator<Column.Reference> renamed = planner.renames();
    return new Plan(planner.migrations(baseline), new Schema(Schema.FORMAT,
        next.stream().map(t -> t.withReferencesFollowing(renamed)).toList(),
        List.copyOf(planner.inFlight.values())));
  }

  /** Plans one intent; returns the table it leaves in the next snapshot, if any. */
  private Optional<Table> plan(TableIntent intent) {
    if (intent instanceof TableIntent.Keep keep) {
      return Optional.of(keep.table());
    } else if (intent instanceof TableIntent.Create create) {
      schemaOps.add(createTable(create.table()));
      addForeignKeys(create.table());
      return Optional.of(create.table());
    } else if (intent instanceof TableIntent.CreateJoin join) {
      schemaOps.add(createTable(join.table()));
      addForeignKeys(join.table());
      inFlight.put(join.transition().id(), join.transition());
      expands.add(List.of(new Operation.ExpandJoin(join.transition(), join.table(), join.source())));
      return Optional.of(join.table());
    } else if (intent instanceof TableIntent.RenameTable rename) {
      schemaOps.add(
          new Operation.RenameTable(rename.previous(), rename.to(), rename.acknowledged()));
      return Optional.empty();
    } else if (intent instanceof TableIntent.ExpandTable expand) {
      inFlight.put(expand.transition().id(), expand.transition());
      expands.add(List.of(new Operation.ExpandTable(expand.transition(), expand.before())));
      return Optional.of(expand.renamed());
    } else if (intent instanceof TableIntent.ContractTable contract) {
      inFlight.remove(contract.transition().id());
      contracts.add(new Operation.ContractTable(contract.transition(), contract.table()));
      return Optional.of(contract.table());
    }
    TableIntent.Alter alter = (TableIntent.Alter) intent;
    TableDraft table = TableDraft.of(alter.before(), alter.entity());
    for (ColumnChange change : alter.changes()) {
      table = plan(alter.before(), table, change);
    }
    return Optional.of(table.table());
  }

  /** The foreign keys of a table the schema migration creates. */
  private void addForeignKeys(Table created) {
    created.foreignKeys()
        .forEach(key -> foreignKeys.add(new Operation.AddForeignKey(created.name(), key, false)));
  }

  /** Plans one change of {@code before}, at {@code table}; returns the table after it. */
  private TableDraft plan(Table before, TableDraft table, ColumnChange change) {
    String name = before.name();
    TableDraft after = change.applyTo(table);
    if (change instanceof ColumnChange.ChangeType c) {
      schemaOps.add(new Operation.ChangeColumnType(name, c.before(), c.after()));
    } else if (change instanceof ColumnChange.Add c) {
      schemaOps.add(new Operation.AddColumn(name, c.column()));
      if (c.column().references().isPresent()) {
        foreignKeys.add(Operation.AddForeignKey.of(name, c.column(), true));
      }
    } else if (change instanceof ColumnChange.Rename c) {
      schemaOps.add(
          new Operation.RenameColumn(name, c.previous(), c.column().name(), c.acknowledged()));
    } else if (change instanceof ColumnChange.Indexes c) {
      indexes(before, c.declared());
    } else if (change instanceof ColumnChange.RemoveEnumValues c) {
      enumRemovals.add(new Operation.RemoveEnumValues(name, c.column(), c.before(), c.removed()));
    } else if (change instanceof ColumnChange.Expand c) {
      inFlight.put(c.transition().id(), c.transition());
      List<Operation> ops = new ArrayList<>(List.of(new Operation.Expand(c.transition(),
          table.table(), after.table(), transitionsOf(name))));
      // A renamed association's new column gets its foreign key online, as a new one on a table
      // in use; the backfill then copies keys the old one already checked.
      c.newColumns().stream().filter(column -> column.references().isPresent())
          .forEach(column -> ops.add(Operation.AddForeignKey.of(name, column, true)));
      expands.add(ops);
    } else if (change instanceof ColumnChange.ExpandLink c) {
      inFlight.put(c.transition().id(), c.transition());
      List<Operation> ops = new ArrayList<>(
          List.of(new Operation.ExpandLink(c.transition(), after.table(), c.source())));
      // An association's new join column gets its foreign key online, as a renamed one does.
      if (c.column().references().isPresent()) {
        ops.add(Operation.AddForeignKey.of(name, c.column(), true));
      }
      expands.add(ops);
    } else if (change instanceof ColumnChange.Contract c) {
      inFlight.remove(c.transition().id());
      contracts.add(new Operation.Contract(c.transition(), table.table(), after.table(),
          transitionsOf(name)));
    } else if (change instanceof ColumnChange.ContractLink c) {
      contracts.add(contractLink(c, table.table(), after.table(), name));
    }
    return after;
  }

  /** Indexes are compared by name: new ones are created, gone or changed ones dropped first. */
  private void indexes(Table before, List<Index> declaredIndexes) {
    Map<String, Index> declared = new LinkedHashMap<>();
    declaredIndexes.forEach(i -> declared.put(i.name(), i));
    for (Index existing : before.indexes()) {
      if (!existing.equals(declared.get(existing.name()))) {
        schemaOps.add(new Operation.DropIndex(before.name(), existing));
      }
    }
    for (Index index : declared.values()) {
      if (!index.equals(before.indexes().stream()
          .filter(i -> i.name().equals(index.name())).findFirst().orElse(null))) {
        schemaOps.add(new Operation.CreateIndex(before.name(), index));
      }
    }
  }

  /** The old link leaves its source table with the indexes that cover it. */
  private Operation contractLink(ColumnChange.ContractLink c, Table ownerBefore, Table ownerAfter,
      String owner) {
    Transition transition = c.transition();
    Table sourceBefore = c.source();
    Table sourceAfter = new Table(sourceBefore.name(), sourceBefore.entity(),
        sourceBefore.columns().stream()
            .filter(column -> !column.name().equals(transition.oldColumn())).toList(),
        sourceBefore.primaryKey(),
        sourceBefore.indexes().stream()
            .filter(i -> !i.columns().contains(transition.oldColumn())).toList(),
        sourceBefore.keySequence());
    inFlight.remove(transition.id());
    List<Transition> sourceInFlight = transitionsOf(sourceAfter.name());
    return transition.isJoin()
        ? new Operation.ContractJoin(transition, ownerBefore, ownerAfter, sourceBefore,
            sourceAfter, sourceInFlight)
        : new Operation.ContractLink(transition, ownerBefore, ownerAfter, sourceBefore,
            sourceAfter, transitionsOf(owner), sourceInFlight);
  }

  private List<Transition> transitionsOf(String table) {
    return inFlight.values().stream().filter(t -> t.table().equals(table)).toList();
  }

  /**
   * What this plan renames for good, as a foreign key pointing at it sees it: the foreign keys
   * follow a renamed table or column in each database, and so must the snapshot.
   */
  private UnaryOperator<Column.Reference> renames() {
    Map<String, String> tables = new LinkedHashMap<>();
    Map<Column.Reference, String> columns = new HashMap<>();
    for (Operation op : schemaOps) {
      if (op instanceof Operation.RenameTable rename) {
        tables.put(rename.from(), rename.to());
      } else if (op instanceof Operation.RenameColumn rename) {
        columns.put(new Column.Reference(rename.table(), rename.from()), rename.to());
      }
    }
    contracts.stream().filter(Operation.ContractTable.class::isInstance)
        .map(Operation.ContractTable.class::cast)
        .forEach(op -> tables.put(op.transition().oldTable(), op.transition().table()));
    // A table renamed in the same release as its column: the rename names it either way.
    return reference -> {
      String table = tables.getOrDefault(reference.table(), reference.table());
      Column.Reference asNamed = new Column.Reference(reference.table(), reference.column());
      return reference.pointingAt(table, columns.getOrDefault(asNamed,
          columns.getOrDefault(new Column.Reference(table, reference.column()), reference.column())));
    };
  }

  private List<PlannedMigration> migrations(boolean baseline) {
    List<PlannedMigration> migrations = new ArrayList<>();
    if (!schemaOps.isEmpty()) {
      List<Operation> ops = new ArrayList<>(schemaOps);
      ops.addAll(foreignKeys);
      migrations.add(schemaMigration(baseline, ops));
    }
    for (List<Operation> ops : expands) {
      Operation op = ops.get(0);
      migrations.add(new PlannedMigration(MigrationKind.EXPAND,
          op.ofTransition().map(Transition::id), op.describe(), ops));
    }
    for (Operation op : contracts) {
      migrations.add(new PlannedMigration(MigrationKind.CONTRACT,
          op.ofTransition().map(Transition::id),
          op.describe(), List.of(op)));
    }
    for (Operation op : enumRemovals) {
      migrations.add(new PlannedMigration(
          MigrationKind.SCHEMA, Optional.empty(), op.describe(), List.of(op)));
    }
    return migrations;
  }

  private static PlannedMigration schemaMigration(boolean baseline, List<Operation> ops) {
    if (baseline) {
      return new PlannedMigration(MigrationKind.BASELINE, Optional.empty(), "baseline", ops);
    }
    // A rename takes away a name the previous release maps: the kind says so, and the runtime
    // refuses to boot that release on a database where such a migration was applied.
    boolean renames =
        ops.stream()
            .anyMatch(o -> o instanceof Operation.RenameColumn || o instanceof Operation.RenameTable);
    String description =
        ops.size() <= 2
            ? ops.stream().map(Operation::describe).collect(Collectors.joining("_and_"))
            : ops.get(0).describe() + "_and_" + (ops.size() - 1) + "_more";
    return new PlannedMigration(
        renames ? MigrationKind.RENAME : MigrationKind.SCHEMA, Optional.empty(), description,
        ops);
  }
}
