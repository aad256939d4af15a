package dev.accordion.processor.diff;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.Reporter;
import dev.accordion.processor.diff.PlannedMigration.Kind;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.read.ContractDeclaration;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import dev.accordion.processor.read.RenameDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.lang.model.element.AnnotationMirror;

/**
 * Compares the declared entities with the committed snapshot and plans the migrations that take
 * the database from one to the other: first one migration of plain schema changes (or the
 * baseline), then one expand per new transition, then one contract per finished transition.
 * Anything destructive or unsafe is reported instead of planned.
 */
public final class Differ {

  private final Reporter reporter;
  private final Path snapshotFile;
  private final Predicate<String> entityStillCompiles;
  private final TransformChecker transforms;
  private final List<TypeChangeSupport> dialects;
  /** The compile being diffed: links name columns of other entities' tables. */
  private List<EntityDeclaration> entities = List.of();
  private Schema snapshot = Schema.empty();
  /** Old columns, by table, that a link contract of this compile drops from another table. */
  private Map<String, Set<String>> linkContracts = Map.of();

  /**
   * @param snapshotFile the snapshot being compared with, named when a table would be dropped
   * @param entityStillCompiles whether an entity class missing from this compile still exists
   *     (a partial recompile): its table is then kept, never dropped
   * @param dialects the dialects the build generates
   */
  public Differ(Reporter reporter, Path snapshotFile, Predicate<String> entityStillCompiles,
      List<? extends TypeChangeSupport> dialects) {
    this.reporter = reporter;
    this.snapshotFile = snapshotFile;
    this.entityStillCompiles = entityStillCompiles;
    this.dialects = List.copyOf(dialects);
    this.transforms =
        new TransformChecker(reporter, dialects.stream().map(TypeChangeSupport::name).toList());
  }

  public Plan diff(Schema snapshot, boolean baseline, List<EntityDeclaration> entities) {
    List<Operation> schemaOps = new ArrayList<>();
    List<Operation> expands = new ArrayList<>();
    List<Operation> contracts = new ArrayList<>();
    List<Operation> enumRemovals = new ArrayList<>();
    Map<String, Transition> inFlight = new TreeMap<>();
    snapshot.transitions().forEach(t -> inFlight.put(t.id(), t));
    List<Table> nextTables = new ArrayList<>();
    Set<String> matched = new HashSet<>();

    List<EntityDeclaration> sorted =
        entities.stream().sorted(Comparator.comparing(EntityDeclaration::tableName)).toList();
    this.entities = entities;
    this.snapshot = snapshot;
    this.linkContracts = linkContracts(entities, snapshot);
    for (EntityDeclaration entity : sorted) {
      if (entity.expand().isPresent() || entity.contract().isPresent()
          || renameInFlight(inFlight, entity.tableName()).isPresent()) {
        Optional<Table> renamed =
            tableTransition(entity, expands, contracts, inFlight, matched);
        if (renamed.isPresent()) {
          nextTables.add(renamed.get());
          continue;
        }
      }
      Optional<Table> existing = snapshot.table(entity.tableName());
      if (existing.isEmpty() && entity.renamedFrom().isPresent()) {
        existing = renameTable(snapshot, entity, entity.renamedFrom().get(), schemaOps, matched);
      }
      Optional<Table> leftBehind = existing.isEmpty() && entity.renamedFrom().isEmpty()
          ? tableLeftBehind(entity) : Optional.empty();
      if (leftBehind.isPresent()) {
        matched.add(leftBehind.get().name());
        nextTables.add(leftBehind.get());
      } else if (existing.isEmpty()) {
        nextTables.add(createTable(entity, schemaOps, expands, inFlight));
      } else {
        matched.add(existing.get().name());
        TableDiff diff = new TableDiff(entity, existing.get(), inFlight, enumRemovals);
        nextTables.add(diff.run(schemaOps, expands, contracts));
      }
    }
    checkRenamesInFlight(entities, List.of(schemaOps, expands, contracts));
    for (Table table : snapshot.tables()) {
      if (matched.contains(table.name())) {
        continue;
      }
      if (!entityStillCompiles.test(table.entity())) {
        // The class is gone, so the first entity of the compile carries the file and line.
        reporter.report(
            Message.TABLE_DROPPED,
            entities.isEmpty() ? null : entities.get(0).type(),
            table.entity(),
            table.name(),
            snapshotFile,
            table.name());
      }
      nextTables.add(table);
    }

    List<PlannedMigration> migrations = new ArrayList<>();
    if (!schemaOps.isEmpty()) {
      migrations.add(schemaMigration(baseline, schemaOps));
    }
    for (Operation op : expands) {
      migrations.add(
          new PlannedMigration(Kind.EXPAND, op.ofTransition().map(Transition::id), op.describe(),
              List.of(op)));
    }
    for (Operation op : contracts) {
      migrations.add(
          new PlannedMigration(Kind.CONTRACT, op.ofTransition().map(Transition::id), op.describe(),
              List.of(op)));
    }
    for (Operation op : enumRemovals) {
      migrations.add(new PlannedMigration(Kind.SCHEMA, Optional.empty(), op.describe(), List.of(op)));
    }
    return new Plan(
        migrations, new Schema(Schema.FORMAT, nextTables, List.copyOf(inFlight.values())));
  }

  private static PlannedMigration schemaMigration(boolean baseline, List<Operation> ops) {
    if (baseline) {
      return new PlannedMigration(Kind.BASELINE, Optional.empty(), "baseline", ops);
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
        renames ? Kind.RENAME : Kind.SCHEMA, Optional.empty(), description, ops);
  }

  /**
   * The table the snapshot records for {@code entity}'s class when no entity of this compile maps
   * it: the entity's table name differs from the snapshot's without a rename, and a new table
   * would be created empty beside the one holding the rows (ACC501 is the same for a column).
   * Reported; empty when there is none.
   */
  private Optional<Table> tableLeftBehind(EntityDeclaration entity) {
    Optional<Table> left = snapshot.tables().stream()
        .filter(t -> entity.qualifiedName().equals(t.entity()))
        .filter(t -> entities.stream().noneMatch(e -> e.tableName().equals(t.name())))
        .findFirst();
    if (left.isPresent()) {
      String name = entity.type().getSimpleName().toString();
      String old = left.get().name();
      String now = entity.tableName();
      reporter.report(Message.TABLE_NAME_CHANGED, entity.type(),
          entity.tableNamedBy().map(a -> a.annotation()).orElse(null),
          entity.tableNamedBy().map(a -> a.value()).orElse(null),
          name, now, old, snapshotFile, now, old, old, name, old, old);
    }
    return left;
  }

  private Optional<Table> renameTable(
      Schema snapshot,
      EntityDeclaration entity,
      RenameDeclaration rename,
      List<Operation> schemaOps,
      Set<String> matched) {
    Optional<Table> previous = snapshot.table(rename.previousName());
    if (previous.isEmpty()) {
      reporter.report(
          Message.RENAMED_TABLE_UNKNOWN,
          entity.type(),
          rename.mirror(),
          rename.valueAttribute(),
          rename.previousName(),
          entity.type().getSimpleName(),
          snapshot.tables().stream().map(Table::name).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    if (!rename.isAcknowledged()) {
      reporter.report(
          Message.DIRECT_TABLE_RENAME,
          entity.type(),
          rename.mirror(),
          rename.valueAttribute(),
          rename.previousName(),
          entity.tableName(),
          rename.previousName());
    }
    schemaOps.add(
        new Operation.RenameTable(previous.get(), entity.tableName(), rename.acknowledged()));
    matched.add(rename.previousName());
    return Optional.of(previous.get().withName(entity.tableName()));
  }

  /**
   * A class-level {@code @Expand} or {@code @Contract}: a zero-downtime table rename begun,
   * recompiled while in flight, or finished. Returns the table for the next snapshot when the
   * entity is dealt with here (planned, or an error reported); empty when it is diffed as usual
   * (a {@code @Contract} left on the class after its rename finished).
   */
  private Optional<Table> tableTransition(EntityDeclaration entity, List<Operation> expands,
      List<Operation> contracts, Map<String, Transition> inFlight, Set<String> matched) {
    boolean expand = entity.expand().isPresent();
    if (!expand && entity.contract().isEmpty()) {
      // A rename in flight, and the class lost its @Expand: it must keep it until the contract.
      Transition t = renameInFlight(inFlight, entity.tableName()).orElseThrow();
      reporter.report(Message.TABLE_RENAME_UNFINISHED, entity.type(), t.oldTable(), t.table(),
          t.oldTable(), t.oldTable(), entity.type().getSimpleName(), t.oldTable());
      matched.add(t.table());
      return snapshot.table(t.table());
    }
    AnnotationMirror mirror =
        expand ? entity.expand().get().mirror() : entity.contract().get().mirror();
    String annotation = expand ? "Expand" : "Contract";
    String name = entity.type().getSimpleName().toString();
    String target = entity.tableName();
    Optional<Table> current = snapshot.table(target);
    if (expand && !tableExpandAttributesValid(entity)) {
      entity.renamedTableSource().ifPresent(matched::add); // not dropped: it is being renamed
      return Optional.of(current.orElseGet(() -> snapshotTableFor(entity)));
    }
    Optional<String> source = entity.renamedTableSource();
    if (source.isEmpty()) {
      reporter.report(Message.TABLE_EXPAND_WITHOUT_SOURCE, entity.type(), mirror, annotation, name,
          target, annotation);
      return Optional.of(current.orElseGet(() -> snapshotTableFor(entity)));
    }
    String old = source.get();
    Optional<Transition> running = renameInFlight(inFlight, target);
    if (running.isPresent()) {
      Transition t = running.get();
      if (!t.oldTable().equals(old)) {
        reporter.report(Message.EXPAND_CHANGED, entity.type(), mirror, name,
            "the rename of " + t.oldTable() + " to " + t.table());
        return current;
      }
      matched.add(target);
      if (sameShape(entity, current.get(), old)) {
        if (!expand) {
          inFlight.remove(t.id());
          contracts.add(new Operation.ContractTable(t, current.get()));
        }
      }
      return current;
    }
    if (!expand) {
      if (current.isPresent() && snapshot.table(old).isEmpty()) {
        return Optional.empty(); // finished in an earlier release; nothing more to do
      }
      String others = inFlight.values().stream().filter(Transition::isTableRename)
          .map(t -> t.oldTable() + " to " + t.table()).collect(Collectors.joining(", "));
      reporter.report(Message.TABLE_CONTRACT_WITHOUT_EXPAND, entity.type(), mirror, name, old,
          target, others.isEmpty() ? "" : " (in flight: " + others + ")", old);
      return Optional.of(current.orElseGet(() -> snapshotTableFor(entity)));
    }
    Optional<Table> before = snapshot.table(old);
    if (before.isEmpty()) {
      RenameDeclaration rename = entity.renamedFrom().orElse(null);
      reporter.report(Message.RENAMED_TABLE_UNKNOWN, entity.type(),
          rename == null ? mirror : rename.mirror(), rename == null ? null : rename.valueAttribute(),
          old, name, snapshot.tables().stream().map(Table::name).collect(Collectors.joining(", ")));
      return Optional.of(current.orElseGet(() -> snapshotTableFor(entity)));
    }
    matched.add(old);
    if (current.isPresent()) {
      matched.add(target);
      reporter.report(Message.TABLE_RENAME_WITH_CHANGES, entity.type(), mirror, name, old, target,
          "a table named " + target + " exists already");
      return current;
    }
    Optional<Transition> busy = inFlight.values().stream()
        .filter(t -> t.table().equals(old) || t.sourceTable().equals(old))
        .findFirst();
    if (busy.isPresent()) {
      reporter.report(Message.TABLE_RENAME_BUSY, entity.type(), mirror, old, busy.get().id());
      return Optional.of(before.get());
    }
    Optional<EntityDeclaration> stillMapping = entities.stream()
        .filter(e -> e != entity && e.tableName().equals(old))
        .findFirst();
    if (stillMapping.isPresent()) {
      String other = stillMapping.get().type().getSimpleName().toString();
      reporter.report(Message.TABLE_RENAME_OLD_STILL_MAPPED, entity.type(), mirror, name, old,
          other, other);
      return Optional.of(before.get());
    }
    if (!sameShape(entity, before.get(), old)) {
      return Optional.of(before.get());
    }
    ColumnType keyType = before.get().key().type();
    boolean backfilled = dialects.stream().anyMatch(d -> d.name().equals("sqlite"));
    if (backfilled && !keyType.isIntegral() && !keyType.isText()) {
      // SQLite's copy is filled by a backfill walking the key.
      reporter.report(Message.KEY_NOT_WALKABLE, entity.type(), mirror, name, name,
          before.get().key().name(), keyType.javaType());
      return Optional.of(before.get());
    }
    Transition t = Transition.tableRename(old, target, entity.expand().get().batchSize());
    inFlight.put(t.id(), t);
    expands.add(new Operation.ExpandTable(t, before.get()));
    Table renamed = before.get().withName(target);
    return Optional.of(new Table(renamed.name(), entity.qualifiedName(), renamed.columns(),
        renamed.primaryKey(), renamed.indexes()));
  }

  /** The table rename in flight whose new name is {@code table}, if one is. */
  private static Optional<Transition> renameInFlight(Map<String, Transition> inFlight,
      String table) {
    return inFlight.values().stream()
        .filter(t -> t.isTableRename() && t.table().equals(table))
        .findFirst();
  }

  /**
   * While a table is being renamed, nothing else may change it under either name (the
   * rename's own expand and contract aside), and no other entity may map its old name.
   */
  private void checkRenamesInFlight(List<EntityDeclaration> all, List<List<Operation>> planned) {
    List<Transition> renames = snapshot.transitions().stream()
        .filter(Transition::isTableRename).toList();
    for (Transition t : renames) {
      Set<String> names = Set.of(t.table(), t.oldTable());
      Optional<EntityDeclaration> renamed =
          all.stream().filter(e -> e.tableName().equals(t.table())).findFirst();
      String renamedName = renamed.map(e -> e.type().getSimpleName().toString()).orElse(t.table());
      for (EntityDeclaration other : all) {
        if (other.tableName().equals(t.oldTable())) {
          String name = other.type().getSimpleName().toString();
          reporter.report(Message.TABLE_RENAME_OLD_STILL_MAPPED, other.type(), renamedName,
              t.oldTable(), name, name);
        }
      }
      for (List<Operation> ops : planned) {
        for (Operation op : ops) {
          boolean own = op.ofTransition().filter(t::equals).isPresent();
          boolean mapsOldName = op instanceof Operation.CreateTable c
              && c.table().name().equals(t.oldTable()); // reported just above
          if (own || mapsOldName || op.tables().stream().noneMatch(names::contains)) {
            continue;
          }
          String table = op.tables().stream().filter(names::contains).findFirst().orElseThrow();
          Optional<EntityDeclaration> cause = all.stream()
              .filter(e -> op.tables().contains(e.tableName()) && !names.contains(e.tableName()))
              .findFirst().or(() -> renamed);
          reporter.report(Message.TABLE_RENAME_IN_FLIGHT,
              cause.<javax.lang.model.element.Element>map(EntityDeclaration::type)
                  .orElse(all.isEmpty() ? null : all.get(0).type()),
              "Migration step '" + op.describe() + "'", table, t.oldTable(), t.table());
        }
      }
    }
  }

  /** On a class, {@code @Expand} takes only the old table's name and a batch size. */
  private boolean tableExpandAttributesValid(EntityDeclaration entity) {
    var expand = entity.expand().get();
    String name = entity.type().getSimpleName().toString();
    List<String> misplaced = new ArrayList<>();
    if (expand.from().size() > 1) {
      misplaced.add("from (more than one table)");
    }
    if (!expand.into().isEmpty()) {
      misplaced.add("into");
    }
    if (!expand.map().isEmpty()) {
      misplaced.add("map");
    }
    if (expand.converter().isPresent()) {
      misplaced.add("converter");
    }
    if (!expand.sqlUp().isEmpty() || !expand.sqlDown().isEmpty()) {
      misplaced.add(expand.sqlUp().isEmpty() ? "sqlDown" : "sqlUp");
    }
    if (!expand.dialectSql().isEmpty()) {
      misplaced.add("dialectSql");
    }
    for (String attribute : misplaced) {
      reporter.report(Message.TABLE_EXPAND_ATTRIBUTE, entity.type(), expand.mirror(), name,
          attribute);
    }
    if (expand.batchSize() <= 0) {
      reporter.report(Message.BATCH_SIZE_NOT_POSITIVE, entity.type(), expand.mirror(),
          expand.batchSizeValue(), name, expand.batchSize());
      return false;
    }
    return misplaced.isEmpty();
  }

  /**
   * Whether the entity declares the columns, key and indexes {@code table} has: while a table
   * is renamed, older releases read and write it under its old name as it is. Reports the first
   * difference.
   */
  private boolean sameShape(EntityDeclaration entity, Table table, String oldName) {
    Table declared = snapshotTableFor(entity);
    String change = null;
    for (Column column : table.columns()) {
      Optional<Column> now = declared.column(column.name());
      if (now.isEmpty()) {
        change = "no field maps column " + column.name() + " any more";
      } else if (!now.get().type().sameStorageAs(column.type())
          || !now.get().type().enumConstants().equals(column.type().enumConstants())
          || now.get().nullable() != column.nullable() || now.get().unique() != column.unique()
          || now.get().identity() != column.identity()) {
        change = "field '" + now.get().field() + "' changes column " + column.name();
      }
      if (change != null) {
        break;
      }
    }
    if (change == null) {
      change = declared.columns().stream().filter(c -> table.column(c.name()).isEmpty())
          .findFirst().map(c -> "field '" + c.field() + "' adds column " + c.name()).orElse(null);
    }
    if (change == null && !Set.copyOf(declared.indexes()).equals(Set.copyOf(table.indexes()))) {
      change = "its indexes change";
    }
    if (change == null && !declared.primaryKey().equals(table.primaryKey())) {
      change = "its primary key changes";
    }
    if (change == null) {
      return true;
    }
    AnnotationMirror mirror = entity.expand().map(e -> e.mirror())
        .orElseGet(() -> entity.contract().get().mirror());
    reporter.report(Message.TABLE_RENAME_WITH_CHANGES, entity.type(), mirror,
        entity.type().getSimpleName(), oldName, entity.tableName(), change);
    return false;
  }

  private Table createTable(EntityDeclaration entity, List<Operation> schemaOps,
      List<Operation> expands, Map<String, Transition> inFlight) {
    Optional<Table> join = joinTable(entity, schemaOps, expands, inFlight);
    if (join.isPresent()) {
      return join.get();
    }
    for (FieldDeclaration field : entity.fields()) {
      field.expand()
          .ifPresent(
              e ->
                  reporter.report(
                      Message.EXPAND_SOURCE_UNKNOWN,
                      field.element(),
                      e.mirror(),
                      field.name(),
                      sources(field).isEmpty() ? "?" : String.join(", ", sources(field)),
                      entity.tableName(),
                      "nothing: the table is new"));
      field.contract()
          .ifPresent(
              c ->
                  reporter.report(
                      Message.CONTRACT_WITHOUT_EXPAND,
                      field.element(),
                      c.mirror(),
                      field.name(),
                      entity.tableName(),
                      field.column().name()));
      if (field.expand().isEmpty() && field.contract().isEmpty()) {
        field.renamedFrom()
            .ifPresent(
                r ->
                    reporter.report(
                        Message.RENAMED_FROM_UNKNOWN,
                        field.element(),
                        r.mirror(),
                        r.valueAttribute(),
                        r.previousName(),
                        entity.tableName(),
                        "nothing: the table is new"));
      }
    }
    Table table =
        new Table(
            entity.tableName(),
            entity.qualifiedName(),
            entity.fields().stream().map(FieldDeclaration::column).toList(),
            entity.keys().stream().map(f -> f.column().name()).toList(),
            entity.indexes());
    schemaOps.add(new Operation.CreateTable(table));
    return table;
  }

  /**
   * A new join entity filled from an existing table's 1:n link: one field
   * {@code @Expand(from = "Post.id")} (the source's key) and one {@code @Expand(from =
   * "Post.authorId")} (its link). Its table is created by the schema migration, and the
   * transition fills and syncs it. Empty when the entity is not one.
   */
  private Optional<Table> joinTable(EntityDeclaration entity, List<Operation> schemaOps,
      List<Operation> expands, Map<String, Transition> inFlight) {
    List<FieldDeclaration> linked = entity.fields().stream()
        .filter(f -> f.expand().isPresent() && isLink(sources(f)))
        .toList();
    if (linked.size() != 2) {
      return Optional.empty();
    }
    String first = sources(linked.get(0)).get(0);
    String second = sources(linked.get(1)).get(0);
    Optional<EntityDeclaration> sourceEntity = linkEntity(first);
    Optional<Table> source = sourceEntity.flatMap(e -> snapshot.table(e.tableName()));
    if (source.isEmpty() || !linkEntity(second).equals(sourceEntity)) {
      return Optional.empty();
    }
    Optional<Column> a = linkColumn(source.get(), first);
    Optional<Column> b = linkColumn(source.get(), second);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    String key = source.get().key().name();
    boolean firstIsKey = a.get().name().equals(key);
    if (firstIsKey == b.get().name().equals(key)) {
      return Optional.empty();
    }
    FieldDeclaration keyField = firstIsKey ? linked.get(0) : linked.get(1);
    FieldDeclaration valueField = firstIsKey ? linked.get(1) : linked.get(0);
    Column oldColumn = firstIsKey ? b.get() : a.get();
    Optional<FieldDeclaration> oldField = sourceEntity.get().fieldForColumn(oldColumn.name());
    if (oldField.isEmpty()) {
      return Optional.empty();
    }
    var expand = valueField.expand().get();
    if (!oldColumn.nullable()) {
      // Removing a post's last author leaves its old link NULL.
      reporter.report(Message.EXPAND_SOURCE_NOT_NULLABLE, oldField.get().element(),
          oldField.get().name());
      return Optional.of(snapshotTableFor(entity));
    }
    if (expand.batchSize() <= 0) {
      reporter.report(Message.BATCH_SIZE_NOT_POSITIVE, valueField.element(), expand.mirror(),
          expand.batchSizeValue(), valueField.name(), expand.batchSize());
      return Optional.of(snapshotTableFor(entity));
    }
    ColumnType sourceKeyType = source.get().key().type();
    if (!sourceKeyType.isIntegral() && !sourceKeyType.isText()) {
      reporter.report(Message.KEY_NOT_WALKABLE, valueField.element(), expand.mirror(),
          valueField.name(), sourceEntity.get().type().getSimpleName(), key,
          sourceKeyType.javaType());
      return Optional.of(snapshotTableFor(entity));
    }
    Set<String> pair = Set.of(keyField.column().name(), valueField.column().name());
    boolean unique = entity.indexes().stream()
        .anyMatch(i -> i.unique() && Set.copyOf(i.columns()).equals(pair));
    if (!unique) {
      reporter.report(Message.JOIN_NOT_UNIQUE, entity.type(), entity.type().getSimpleName(),
          keyField.column().name(), valueField.column().name(), entity.tableName(),
          keyField.column().name(), valueField.column().name());
      return Optional.of(snapshotTableFor(entity));
    }
    Table table = snapshotTableFor(entity);
    schemaOps.add(new Operation.CreateTable(table));
    Transition transition = new Transition(table.name(), source.get().name(),
        List.of(oldColumn.name()), List.of(valueField.column().name(), keyField.column().name()),
        List.of(oldField.get().name()), List.of(valueField.name(), keyField.name()),
        Transform.copy(), expand.batchSize());
    inFlight.put(transition.id(), transition);
    expands.add(new Operation.ExpandJoin(transition, table, source.get()));
    return Optional.of(table);
  }

  private static Table snapshotTableFor(EntityDeclaration entity) {
    return new Table(entity.tableName(), entity.qualifiedName(),
        entity.fields().stream().map(FieldDeclaration::column).toList(),
        entity.keys().stream().map(f -> f.column().name()).toList(), entity.indexes());
  }

  /** A source written {@code Entity.field}: a link held by another entity's table. */
  static boolean isLink(List<String> sources) {
    return sources.size() == 1 && sources.get(0).contains(".");
  }

  /** The entity a link's {@code Entity.field} names, by class name or table name. */
  private Optional<EntityDeclaration> linkEntity(String source) {
    String name = source.substring(0, source.indexOf('.'));
    return entities.stream()
        .filter(e -> e.type().getSimpleName().contentEquals(name) || e.tableName().equals(name))
        .findFirst();
  }

  /** The column of {@code table} a link's {@code Entity.field} names, by field or column name. */
  private static Optional<Column> linkColumn(Table table, String source) {
    String name = source.substring(source.indexOf('.') + 1);
    return table.columns().stream()
        .filter(c -> c.name().equals(name) || c.field().equals(name))
        .findFirst();
  }

  private Map<String, Set<String>> linkContracts(List<EntityDeclaration> all, Schema snapshot) {
    Map<String, Set<String>> dropped = new TreeMap<>();
    for (EntityDeclaration entity : all) {
      for (FieldDeclaration field : entity.fields()) {
        if (field.contract().isEmpty() || !isLink(sources(field))) {
          continue;
        }
        String source = sources(field).get(0);
        linkEntity(source)
            .flatMap(e -> snapshot.table(e.tableName()))
            .ifPresent(table -> linkColumn(table, source).ifPresent(
                column -> dropped.computeIfAbsent(table.name(), k -> new HashSet<>())
                    .add(column.name())));
      }
    }
    return dropped;
  }

  /**
   * The columns (or fields) a transition annotation names: its {@code from}, else
   * {@code @RenamedFrom}'s one name.
   */
  static List<String> sources(FieldDeclaration field) {
    List<String> from =
        field.expand().map(e -> e.from()).or(() -> field.contract().map(c -> c.from()))
            .orElse(List.of());
    if (!from.isEmpty()) {
      return from;
    }
    return field.renamedFrom().map(r -> List.of(r.previousName())).orElse(List.of());
  }

  /** The diff of one table that exists in the snapshot and is still mapped. */
  private final class TableDiff {
    private final EntityDeclaration entity;
    private final Map<String, Transition> inFlight;
    private final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
    private final Set<String> accounted = new HashSet<>();
    private List<Index> indexes;
    /** Old columns of this release's expands: the expand itself relaxes them. */
    private final Set<String> expandSources = new HashSet<>();
    /** The fields a split names in {@code into} besides the annotated one: the expand adds them. */
    private final Set<String> splitTargets = new HashSet<>();
    private final Table before;
    private final List<Operation> enumRemovals;
    /** This compile's plain schema changes, which a type changed in place joins. */
    private List<Operation> schemaOps;
    /** Columns renamed in this compile, old name to new: the primary key follows its column. */
    private final Map<String, String> renamedColumns = new HashMap<>();

    TableDiff(EntityDeclaration entity, Table before, Map<String, Transition> inFlight,
        List<Operation> enumRemovals) {
      this.entity = entity;
      this.before = before;
      this.inFlight = inFlight;
      this.enumRemovals = enumRemovals;
      before.columns().forEach(c -> columns.put(c.name(), c));
      this.indexes = before.indexes();
    }

    Table run(List<Operation> schemaOps, List<Operation> expands, List<Operation> contracts) {
      this.schemaOps = schemaOps;
      if (!keyStays()) {
        return before; // reported: the table is left as it is
      }
      checkRenameCycles();
      checkSourcesTakenOnce();
      for (FieldDeclaration field : entity.fields()) {
        field.expand().ifPresent(e -> {
          sources(field).stream().map(this::columnOf).forEach(expandSources::add);
          e.into().stream().filter(name -> !name.equals(field.name())).forEach(splitTargets::add);
        });
      }
      for (FieldDeclaration field : entity.fields()) {
        if (field.expand().isEmpty() && field.contract().isEmpty()
            && !(splitTargets.contains(field.name()) && !columns.containsKey(field.column().name()))) {
          plainField(field, schemaOps);
        }
      }
      diffIndexes(schemaOps);
      for (FieldDeclaration field : entity.fields()) {
        field.expand().ifPresent(e -> expand(field, expands));
      }
      for (FieldDeclaration field : entity.fields()) {
        if (field.expand().isEmpty()) {
          field.contract().ifPresent(c -> contract(field, contracts));
        }
      }
      for (Column column : before.columns()) {
        if (accounted.contains(column.name())) {
          continue;
        }
        if (linkContracts.getOrDefault(before.name(), Set.of()).contains(column.name())) {
          columns.remove(column.name()); // the link's contract, planned on its owner, drops it
          continue;
        }
        Optional<Transition> transition =
            inFlight.values().stream()
                .filter(t -> t.sourceTable().equals(before.name())
                    && t.oldColumns().contains(column.name()))
                .findFirst();
        if (transition.isPresent()) {
          reporter.report(
              Message.OLD_FIELD_REMOVED_WITHOUT_CONTRACT,
              entity.type(),
              before.name(),
              column.name(),
              transition.get().id(),
              column.name());
        } else {
          reporter.report(
              Message.COLUMN_DROPPED, entity.type(), before.name(), column.name(), column.name());
        }
      }
      return snapshotTable();
    }

    private Table snapshotTable() {
      return new Table(
          entity.tableName(),
          entity.qualifiedName(),
          List.copyOf(columns.values()),
          before.primaryKey().stream().map(c -> renamedColumns.getOrDefault(c, c)).toList(),
          indexes);
    }

    /**
     * Whether the key stays on its column (or on that column renamed). An {@code @Id} moved to a
     * column the table has, or away from a column a field still maps, would change the primary
     * key in place: reported. A key column renamed without {@code @RenamedFrom} is left to
     * ACC501, as any column.
     */
    private boolean keyStays() {
      String was = before.primaryKey().get(0);
      FieldDeclaration key = entity.keys().get(0);
      String now = key.column().name();
      if (now.equals(was) || renames(key, was)) {
        return true;
      }
      boolean oldKeyStillMapped = entity.fields().stream()
          .anyMatch(f -> f != key && (f.column().name().equals(was) || renames(f, was)));
      if (!oldKeyStillMapped && before.column(now).isEmpty()) {
        return true;
      }
      String oldField = before.column(was).map(Column::field).orElse(was);
      reporter.report(Message.PRIMARY_KEY_CHANGED, key.element(), entity.type().getSimpleName(),
          oldField, key.name(), before.name(), was, was, oldField, now, now);
      return false;
    }

    private static boolean renames(FieldDeclaration field, String column) {
      return field.renamedFrom().filter(r -> r.previousName().equals(column)).isPresent();
    }

    /** Indexes are compared by name: new ones are created, gone or changed ones dropped first. */
    private void diffIndexes(List<Operation> schemaOps) {
      Map<String, Index> declared = new LinkedHashMap<>();
      entity.indexes().forEach(i -> declared.put(i.name(), i));
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
      indexes = List.copyOf(declared.values());
    }

    private boolean inTransition(String column) {
      return expandSources.contains(column) || inFlight.values().stream()
          .anyMatch(t -> t.touches(before.name(), column));
    }

    private void plainField(FieldDeclaration field, List<Operation> schemaOps) {
      Column declared = field.column();
      Column existing = columns.get(declared.name());
      if (existing != null) {
        accounted.add(declared.name());
        compare(field, existing, !inTransition(declared.name()));
        columns.put(
            declared.name(),
            new Column(
                existing.name(),
                declared.field(),
                declared.type(),
                existing.nullable(),
                existing.unique(),
                existing.identity()));
        return;
      }
      Optional<RenameDeclaration> rename = field.renamedFrom();
      if (rename.isPresent()) {
        renameColumn(field, rename.get(), schemaOps);
        return;
      }
      if (!declared.nullable()) {
        reporter.report(
            Message.NOT_NULL_WITHOUT_DEFAULT, field.element(), before.name(), declared.name());
        return;
      }
      schemaOps.add(new Operation.AddColumn(before.name(), declared));
      columns.put(declared.name(), declared);
    }

    private void compare(FieldDeclaration field, Column existing, boolean checkNullability) {
      Column declared = field.column();
      if (declared.type().isEnum() && existing.type().isEnum()
          && declared.type().kind() != existing.type().kind()) {
        enumStorageChange(field, existing);
      } else if (!declared.type().sameStorageAs(existing.type())) {
        changeType(field, existing);
      } else if (declared.type().isEnum()
          && !declared.type().enumConstants().equals(existing.type().enumConstants())) {
        enumChange(field, existing);
      } else if (checkNullability && declared.identity() != existing.identity()) {
        reporter.report(
            Message.KEY_GENERATION_CHANGED,
            field.element(),
            field.name(),
            declared.identity() ? "adds" : "removes",
            before.name(),
            existing.name(),
            declared.identity()
                ? "the column is no identity, so the database would give the rows this release"
                    + " inserts no key (each insert fails), and making it one rewrites the table"
                    + " on SQLite and MariaDB"
                : "this release would assign every new key itself, and its keys would collide"
                    + " with those the database goes on generating for code still running",
            declared.identity()
                ? "assigned by the application, without @GeneratedValue"
                : "@GeneratedValue(strategy = GenerationType.IDENTITY)");
      } else if (checkNullability && declared.unique() != existing.unique()) {
        reporter.report(
            Message.UNIQUE_CHANGED_IN_PLACE,
            field.element(),
            field.name(),
            before.name(),
            existing.name(),
            declared.unique() ? "adds" : "drops");
      } else if (checkNullability && declared.nullable() != existing.nullable() && !declared.identity()) {
        reporter.report(
            Message.NULLABILITY_CHANGED,
            field.element(),
            field.name(),
            before.name(),
            existing.name(),
            existing.nullable() ? "NULL" : "NOT NULL",
            declared.nullable() ? "NULL" : "NOT NULL",
            existing.name());
      }
    }

    /**
     * A type change stays where it is when every generated dialect makes it without a rewrite;
     * otherwise it is an expand and contract, and the error names the databases that would
     * rewrite the table.
     */
    private void changeType(FieldDeclaration field, Column existing) {
      Column declared = field.column();
      List<String> rewriting = dialects.stream()
          .filter(d -> !d.changesInPlace(existing.type(), declared.type()))
          .map(TypeChangeSupport::name)
          .toList();
      if (rewriting.isEmpty()) {
        schemaOps.add(new Operation.ChangeColumnType(before.name(), existing,
            new Column(existing.name(), declared.field(), declared.type(), existing.nullable(),
                existing.unique(), existing.identity())));
        return;
      }
      reporter.report(
          Message.TYPE_CHANGED_IN_PLACE,
          field.element(),
          field.name(),
          before.name(),
          existing.name(),
          existing.type().describe(),
          declared.type().describe(),
          String.join(", ", rewriting),
          existing.name());
    }

    /**
     * An enum switched between {@code ORDINAL} and {@code STRING}: the column's values are
     * positions to one mapping and names to the other, so it is an expand with a value map.
     */
    private void enumStorageChange(FieldDeclaration field, Column existing) {
      ColumnType was = existing.type();
      ColumnType now = field.column().type();
      List<String> constants = was.enumConstants();
      String holds = was.kind() == ColumnType.Kind.ENUM_ORDINAL
          ? "positions (" + IntStream.range(0, constants.size())
              .mapToObj(i -> i + " for " + constants.get(i)).collect(Collectors.joining(", ")) + ")"
          : "names (" + constants.stream().map(c -> "'" + c + "'")
              .collect(Collectors.joining(", ")) + ")";
      String first = constants.isEmpty() ? "..." : constants.get(0);
      String javaType = now.javaType();
      reporter.report(
          Message.ENUM_STORAGE_CHANGED,
          field.element(),
          field.name(),
          javaType.substring(javaType.lastIndexOf('.') + 1),
          storage(was),
          storage(now),
          before.name(),
          existing.name(),
          holds,
          field.name(),
          first,
          first,
          storage(now));
    }

    private static String storage(ColumnType type) {
      return type.kind() == ColumnType.Kind.ENUM_ORDINAL ? "ORDINAL" : "STRING";
    }

    /**
     * Constants added to a STRING enum, or appended to an ORDINAL one, need nothing. Removed ones
     * get a guarded migration: the new release cannot read a row holding one. An ORDINAL enum
     * whose remaining constants moved would silently change what every stored number means.
     */
    private void enumChange(FieldDeclaration field, Column existing) {
      List<String> was = existing.type().enumConstants();
      List<String> now = field.column().type().enumConstants();
      List<String> removed = was.stream().filter(c -> !now.contains(c)).toList();
      if (existing.type().kind() == ColumnType.Kind.ENUM_ORDINAL) {
        int common = Math.min(was.size(), now.size());
        for (int position = 0; position < common; position++) {
          if (!was.get(position).equals(now.get(position))) {
            reporter.report(
                Message.ENUM_ORDINAL_REORDERED,
                field.element(),
                field.name(),
                field.column().type().javaType(),
                position,
                was.get(position),
                now.get(position),
                String.join(", ", was),
                field.name());
            return;
          }
        }
      }
      if (removed.isEmpty()) {
        return;
      }
      reporter.report(
          Message.ENUM_VALUES_REMOVED,
          field.element(),
          field.name(),
          String.join(", ", removed),
          before.name(),
          existing.name(),
          before.name(),
          existing.name(),
          existing.name(),
          existing.type().kind() == ColumnType.Kind.ENUM_ORDINAL
              ? String.valueOf(was.indexOf(removed.get(0)))
              : "'" + removed.get(0) + "'");
      enumRemovals.add(
          new Operation.RemoveEnumValues(before.name(), field.column().name(), existing.type(), removed));
    }

    private void renameColumn(
        FieldDeclaration field, RenameDeclaration rename, List<Operation> schemaOps) {
      String previous = rename.previousName();
      Column existing = columns.get(previous);
      if (existing == null || !before.column(previous).isPresent()) {
        reporter.report(
            Message.RENAMED_FROM_UNKNOWN,
            field.element(),
            rename.mirror(),
            rename.valueAttribute(),
            previous,
            before.name(),
            String.join(", ", columns.keySet()));
        return;
      }
      Optional<FieldDeclaration> holder = entity.fieldForColumn(previous);
      if (holder.isPresent() || accounted.contains(previous)) {
        reporter.report(
            Message.RENAMED_FROM_TAKEN,
            field.element(),
            rename.mirror(),
            rename.valueAttribute(),
            previous,
            holder.map(FieldDeclaration::name).orElse("another field"));
        return;
      }
      if (!rename.isAcknowledged()) {
        reporter.report(
            Message.DIRECT_RENAME,
            field.element(),
            rename.mirror(),
            rename.valueAttribute(),
            before.name(),
            previous,
            field.column().name(),
            previous,
            previous);
      }
      accounted.add(previous);
      renamedColumns.put(previous, field.column().name());
      compare(field, existing, true);
      schemaOps.add(
          new Operation.RenameColumn(
              before.name(), previous, field.column().name(), rename.acknowledged()));
      // The renamed column is now mapped by this field, exactly as plainField records a column
      // that kept its name; keeping the old field name would change the snapshot on the next
      // compile of the same sources.
      Column declared = field.column();
      Column renamedColumn =
          new Column(
              declared.name(),
              declared.field(),
              declared.type(),
              existing.nullable(),
              existing.unique(),
              existing.identity());
      LinkedHashMap<String, Column> renamed = new LinkedHashMap<>();
      columns.forEach(
          (name, column) ->
              renamed.put(
                  name.equals(previous) ? declared.name() : name,
                  name.equals(previous) ? renamedColumn : column));
      columns.clear();
      columns.putAll(renamed);
    }

    private List<Transition> transitionsOfTable() {
      return inFlight.values().stream().filter(t -> t.table().equals(before.name())).toList();
    }

    private void expand(FieldDeclaration field, List<Operation> expands) {
      var expand = field.expand().orElseThrow();
      List<String> sources = sources(field);
      if (sources.isEmpty()) {
        reporter.report(Message.EXPAND_WITHOUT_SOURCE, field.element(), expand.mirror(), field.name());
        return;
      }
      if (isLink(sources)) {
        expandLink(field, expand, sources.get(0), expands);
        return;
      }
      List<String> oldColumnNames = sources.stream().map(this::columnOf).toList();
      Optional<List<FieldDeclaration>> targets = newFields(field, expand);
      if (targets.isEmpty()) {
        return;
      }
      List<FieldDeclaration> newFields = targets.get();
      Transition existing = inFlight.get(Transition.id(before.name(), field.column().name()));
      if (existing != null) {
        // The new columns are mapped by these fields (the old ones by the old fields).
        newFields.forEach(f -> accounted.add(f.column().name()));
        Optional<Transition> redeclared = transitionFor(field, newFields, expand, oldColumnNames, false);
        if (redeclared.isPresent() && !sameTransition(existing, redeclared.get())) {
          reporter.report(
              Message.EXPAND_CHANGED,
              field.element(),
              expand.mirror(),
              field.name(),
              describe(existing));
        }
        for (FieldDeclaration target : newFields) {
          Column declared = target.column();
          columns.computeIfPresent(
              declared.name(), (k, c) -> new Column(c.name(), declared.field(), declared.type(),
                  c.nullable(), c.unique(), c.identity()));
        }
        return;
      }
      for (FieldDeclaration target : newFields) {
        if (columns.containsKey(target.column().name())) {
          accounted.add(target.column().name()); // mapped by this field: not also "dropped" (ACC501)
          reporter.report(
              Message.EXPAND_TARGET_EXISTS,
              field.element(),
              expand.mirror(),
              field.name(),
              before.name(),
              target.column().name());
          return;
        }
      }
      for (String oldColumnName : oldColumnNames) {
        if (!columns.containsKey(oldColumnName)) {
          reporter.report(
              Message.EXPAND_SOURCE_UNKNOWN,
              field.element(),
              expand.mirror(),
              field.name(),
              oldColumnName,
              before.name(),
              String.join(", ", columns.keySet()));
          return;
        }
      }
      Optional<Transition> transition = transitionFor(field, newFields, expand, oldColumnNames, true);
      if (transition.isEmpty()) {
        return;
      }
      Table tableBefore = snapshotTable();
      for (String oldColumnName : oldColumnNames) {
        accounted.add(oldColumnName);
        columns.put(oldColumnName, columns.get(oldColumnName).relaxed());
      }
      for (FieldDeclaration target : newFields) {
        columns.put(target.column().name(), target.column().relaxed());
      }
      inFlight.put(transition.get().id(), transition.get());
      expands.add(
          new Operation.Expand(
              transition.get(), tableBefore, snapshotTable(), transitionsOfTable()));
    }

    /**
     * The new fields of an {@code @Expand}: the annotated one, or, splitting one field into
     * several, every field {@code into} names, the annotated one first (it names the transition
     * and carries its converter).
     */
    private Optional<List<FieldDeclaration>> newFields(
        FieldDeclaration field, dev.accordion.processor.read.ExpandDeclaration expand) {
      if (expand.into().isEmpty()) {
        return Optional.of(List.of(field));
      }
      List<FieldDeclaration> fields = new ArrayList<>();
      for (String name : expand.into()) {
        Optional<FieldDeclaration> target =
            entity.fields().stream().filter(f -> f.name().equals(name)).findFirst();
        if (target.isEmpty() || !expand.into().get(0).equals(field.name())) {
          reporter.report(
              Message.INTO_UNKNOWN,
              field.element(),
              expand.mirror(),
              expand.intoValue(),
              field.name(),
              String.join(", ", expand.into()),
              entity.type().getSimpleName());
          return Optional.empty();
        }
        fields.add(target.get());
      }
      return Optional.of(fields);
    }

    /** Validates an {@code @Expand} against the entity and builds its transition. */
    private Optional<Transition> transitionFor(
        FieldDeclaration field,
        List<FieldDeclaration> newFields,
        dev.accordion.processor.read.ExpandDeclaration expand,
        List<String> oldColumnNames,
        boolean report) {
      List<FieldDeclaration> oldFields = new ArrayList<>();
      for (String oldColumnName : oldColumnNames) {
        Optional<FieldDeclaration> oldField = entity.fieldForColumn(oldColumnName);
        if (oldField.isEmpty()) {
          if (report) {
            reporter.report(
                Message.EXPAND_SOURCE_NOT_MAPPED,
                field.element(),
                expand.mirror(),
                field.name(),
                oldColumnName);
          }
          return Optional.empty();
        }
        oldFields.add(oldField.get());
      }
      boolean ok = true;
      for (FieldDeclaration oldField : oldFields) {
        if (!oldField.column().nullable()) {
          reporter.report(
              Message.EXPAND_SOURCE_NOT_NULLABLE, oldField.element(), oldField.name());
          ok = false;
        }
      }
      List<FieldDeclaration> accessed = new ArrayList<>(newFields);
      accessed.addAll(oldFields);
      for (FieldDeclaration one : accessed) {
        if (one.isPrivate()) {
          reporter.report(
              Message.FIELD_NOT_ACCESSIBLE,
              one.element(),
              one.name(),
              entity.type().getSimpleName() + "Accessors");
          ok = false;
        }
      }
      // The backfill walks the key upwards from below the smallest integer or text key. Any other
      // storage (a UUID's BLOB, REAL, dates) sorts apart from that start: SQLite puts BLOB above
      // all TEXT, so such a walk would never finish.
      FieldDeclaration key = entity.keys().get(0);
      ColumnType keyType = key.column().type();
      if (!keyType.isIntegral() && !keyType.isText()) {
        reporter.report(
            Message.KEY_NOT_WALKABLE,
            field.element(),
            expand.mirror(),
            field.name(),
            entity.type().getSimpleName(),
            key.name(),
            keyType.javaType() + " (a " + keyType.kind() + " column)");
        ok = false;
      }
      if (expand.batchSize() <= 0) {
        reporter.report(
            Message.BATCH_SIZE_NOT_POSITIVE,
            field.element(),
            expand.mirror(),
            expand.batchSizeValue(),
            field.name(),
            expand.batchSize());
        ok = false;
      }
      var transform = transforms.check(field, newFields, expand, oldFields);
      if (transform.isEmpty() || !ok) {
        return Optional.empty();
      }
      return Optional.of(
          new Transition(
              before.name(),
              "",
              oldColumnNames,
              newFields.stream().map(f -> f.column().name()).toList(),
              oldFields.stream().map(FieldDeclaration::name).toList(),
              newFields.stream().map(FieldDeclaration::name).toList(),
              transform.get(),
              expand.batchSize()));
    }

    private void contract(FieldDeclaration field, List<Operation> contracts) {
      var contract = field.contract().orElseThrow();
      Column declared = field.column();
      accounted.add(declared.name()); // mapped by this field whatever else is wrong (not ACC501)
      List<String> sources = sources(field);
      if (sources.isEmpty()) {
        reporter.report(
            Message.CONTRACT_WITHOUT_SOURCE, field.element(), contract.mirror(), field.name());
        return;
      }
      if (isLink(sources)) {
        contractLink(field, contract, sources.get(0), contracts);
        return;
      }
      Transition transition = inFlight.get(Transition.id(before.name(), declared.name()));
      List<String> oldColumnNames = sources.stream().map(this::columnOf).toList();
      if (transition == null
          && oldColumnNames.stream().noneMatch(columns::containsKey)
          && columns.containsKey(declared.name())) {
        plainField(field, List.of()); // contracted in an earlier release; nothing to do
        return;
      }
      boolean expandedFromThisSource =
          transition != null
              && (transition.oldColumns().equals(oldColumnNames)
                  || transition.oldFields().equals(sources));
      if (!expandedFromThisSource) {
        reporter.report(
            Message.CONTRACT_WITHOUT_EXPAND,
            field.element(),
            contract.mirror(),
            field.name(),
            before.name(),
            declared.name());
        return;
      }
      accounted.addAll(transition.newColumns());
      accounted.addAll(transition.oldColumns());
      for (String oldColumn : transition.oldColumns()) {
        Optional<FieldDeclaration> stillMapped = entity.fieldForColumn(oldColumn);
        if (stillMapped.isPresent()) {
          reporter.report(
              Message.CONTRACT_OLD_STILL_MAPPED,
              field.element(),
              contract.mirror(),
              field.name(),
              oldColumn,
              stillMapped.get().name());
          return;
        }
      }
      List<Column> finalColumns = new ArrayList<>();
      for (String newColumn : transition.newColumns()) {
        Column target = entity.fieldForColumn(newColumn).map(FieldDeclaration::column)
            .orElse(columns.get(newColumn));
        Column inDatabase = columns.get(newColumn);
        if (!target.type().sameStorageAs(inDatabase.type())) {
          reporter.report(
              Message.TYPE_CHANGED_IN_PLACE,
              field.element(),
              field.name(),
              before.name(),
              newColumn,
              inDatabase.type().describe(),
              target.type().describe(),
              "every database (a contract gives the column its declared constraints, not a new type)",
              newColumn);
          return;
        }
        finalColumns.add(target);
      }
      Table tableBefore = snapshotTable();
      transition.oldColumns().forEach(columns::remove);
      finalColumns.forEach(c -> columns.put(c.name(), c));
      inFlight.remove(transition.id());
      contracts.add(
          new Operation.Contract(transition, tableBefore, snapshotTable(), transitionsOfTable()));
    }

    /**
     * A link moving to this table: {@code @Expand(from = "Profile.userId") Long profileId} on
     * User. The old column must be a key of this table held by the other one, and this field a
     * key of the other table.
     */
    private void expandLink(FieldDeclaration field,
        dev.accordion.processor.read.ExpandDeclaration expand, String source,
        List<Operation> expands) {
      Column declared = field.column();
      accounted.add(declared.name());
      Optional<EntityDeclaration> sourceEntity = linkEntity(source);
      Optional<Table> sourceTable = sourceEntity.flatMap(e -> snapshot.table(e.tableName()));
      Optional<Column> oldColumn = sourceTable.flatMap(t -> linkColumn(t, source));
      if (oldColumn.isEmpty()) {
        reporter.report(Message.EXPAND_SOURCE_UNKNOWN, field.element(), expand.mirror(),
            field.name(), source, sourceEntity.map(EntityDeclaration::tableName).orElse("(none)"),
            sourceTable.map(t -> t.columns().stream().map(Column::name)
                .collect(Collectors.joining(", "))).orElse("no such entity in this compile"));
        return;
      }
      boolean inFlightAlready = inFlight.values().stream()
          .anyMatch(t -> t.table().equals(before.name()) && t.newColumns().contains(declared.name()));
      if (inFlightAlready) {
        columns.computeIfPresent(declared.name(), (k, c) -> new Column(c.name(), declared.field(),
            declared.type(), c.nullable(), c.unique(), c.identity()));
        return;
      }
      if (columns.containsKey(declared.name())) {
        reporter.report(Message.EXPAND_TARGET_EXISTS, field.element(), expand.mirror(),
            field.name(), before.name(), declared.name());
        return;
      }
      Optional<FieldDeclaration> oldField = sourceEntity.get().fieldForColumn(oldColumn.get().name());
      if (oldField.isEmpty()) {
        reporter.report(Message.EXPAND_SOURCE_NOT_MAPPED, field.element(), expand.mirror(),
            field.name(), source);
        return;
      }
      if (!oldColumn.get().nullable()) {
        // The new release creates source rows without the old link; triggers fill it after.
        reporter.report(Message.EXPAND_SOURCE_NOT_NULLABLE, oldField.get().element(),
            oldField.get().name());
        return;
      }
      if (expand.batchSize() <= 0) {
        reporter.report(Message.BATCH_SIZE_NOT_POSITIVE, field.element(), expand.mirror(),
            expand.batchSizeValue(), field.name(), expand.batchSize());
        return;
      }
      Column ownerKey = before.key();
      Column sourceKey = sourceTable.get().key();
      if (!oldColumn.get().type().sameStorageAs(ownerKey.type())
          || !declared.type().sameStorageAs(sourceKey.type())) {
        reporter.report(Message.LINK_TYPES_DIFFER, field.element(), expand.mirror(), field.name(),
            source, oldColumn.get().type().describe(), before.name(), ownerKey.type().describe(),
            declared.type().describe(), sourceTable.get().name(), sourceKey.type().describe());
        return;
      }
      if (!ownerKey.type().isIntegral() && !ownerKey.type().isText()) {
        reporter.report(Message.KEY_NOT_WALKABLE, field.element(), expand.mirror(), field.name(),
            entity.type().getSimpleName(), ownerKey.name(), ownerKey.type().javaType());
        return;
      }
      Transition transition = new Transition(before.name(), sourceTable.get().name(),
          List.of(oldColumn.get().name()), List.of(declared.name()),
          List.of(oldField.get().name()), List.of(field.name()), Transform.copy(),
          expand.batchSize());
      columns.put(declared.name(), declared.relaxed());
      inFlight.put(transition.id(), transition);
      expands.add(new Operation.ExpandLink(transition, snapshotTable(), sourceTable.get()));
    }

    /** The contract of a link: {@code @Contract(from = "Profile.userId") Long profileId}. */
    private void contractLink(FieldDeclaration field, ContractDeclaration contract, String source,
        List<Operation> contracts) {
      Column declared = field.column();
      Transition transition = inFlight.get(Transition.id(before.name(), declared.name()));
      Optional<EntityDeclaration> sourceEntity = linkEntity(source);
      Optional<Table> sourceBefore = sourceEntity.flatMap(e -> snapshot.table(e.tableName()));
      Optional<Column> oldColumn = sourceBefore.flatMap(t -> linkColumn(t, source));
      if (transition == null && oldColumn.isEmpty() && columns.containsKey(declared.name())) {
        plainField(field, List.of()); // contracted in an earlier release; nothing to do
        return;
      }
      if (transition == null || !transition.isLink() || oldColumn.isEmpty()
          || !transition.oldTable().equals(sourceBefore.get().name())
          || !transition.oldColumn().equals(oldColumn.get().name())) {
        reporter.report(Message.CONTRACT_WITHOUT_EXPAND, field.element(), contract.mirror(),
            field.name(), before.name(), declared.name());
        return;
      }
      Optional<FieldDeclaration> stillMapped =
          sourceEntity.get().fieldForColumn(transition.oldColumn());
      if (stillMapped.isPresent()) {
        reporter.report(Message.CONTRACT_OLD_STILL_MAPPED, field.element(), contract.mirror(),
            field.name(), source, stillMapped.get().name());
        return;
      }
      Table sourceAfter = new Table(sourceBefore.get().name(), sourceBefore.get().entity(),
          sourceBefore.get().columns().stream()
              .filter(c -> !c.name().equals(transition.oldColumn())).toList(),
          sourceBefore.get().primaryKey(),
          sourceBefore.get().indexes().stream()
              .filter(i -> !i.columns().contains(transition.oldColumn())).toList());
      Table ownerBefore = snapshotTable();
      columns.put(declared.name(), declared);
      inFlight.remove(transition.id());
      List<Transition> sourceInFlight =
          inFlight.values().stream().filter(t -> t.table().equals(sourceAfter.name())).toList();
      contracts.add(transition.isJoin()
          ? new Operation.ContractJoin(transition, ownerBefore, snapshotTable(), sourceBefore.get(),
              sourceAfter, sourceInFlight)
          : new Operation.ContractLink(transition, ownerBefore, snapshotTable(), sourceBefore.get(),
              sourceAfter, transitionsOfTable(), sourceInFlight));
    }

    /** Direct renames whose old names are each other's new ones: a swap, in one release. */
    private void checkRenameCycles() {
      Map<String, FieldDeclaration> renamedTo = new LinkedHashMap<>();
      for (FieldDeclaration field : entity.fields()) {
        if (field.renamedFrom().isPresent() && field.expand().isEmpty()
            && field.contract().isEmpty() && columns.containsKey(field.column().name())) {
          renamedTo.put(field.column().name(), field);
        }
      }
      for (FieldDeclaration field : renamedTo.values()) {
        List<String> circle = new ArrayList<>(List.of(field.column().name()));
        String next = field.renamedFrom().get().previousName();
        while (renamedTo.containsKey(next) && !circle.contains(next)) {
          circle.add(next);
          next = renamedTo.get(next).renamedFrom().get().previousName();
        }
        if (next.equals(field.column().name())) {
          circle.add(next);
          RenameDeclaration rename = field.renamedFrom().get();
          reporter.report(Message.RENAME_CYCLE, field.element(), rename.mirror(),
              rename.valueAttribute(), rename.previousName(), field.name(),
              String.join(" <- ", circle));
        }
      }
    }

    /**
     * Each old column is the source of one transition: one in flight (which this field may be
     * recompiling) or one this compile's fields begin.
     */
    private void checkSourcesTakenOnce() {
      Map<String, Transition> inFlightSources = new HashMap<>();
      for (Transition t : inFlight.values()) {
        if (t.sourceTable().equals(before.name()) && !t.isTableRename()) {
          t.oldColumns().forEach(c -> inFlightSources.put(c, t));
        }
      }
      Map<String, FieldDeclaration> takenBy = new HashMap<>();
      for (FieldDeclaration field : entity.fields()) {
        if (field.expand().isEmpty() || isLink(sources(field))) {
          continue;
        }
        for (String source : sources(field)) {
          String column = columnOf(source);
          Transition running = inFlightSources.get(column);
          FieldDeclaration other = takenBy.putIfAbsent(column, field);
          String taker = running != null && !running.newFields().contains(field.name())
              ? "transition " + running.id()
              : other != null ? "field '" + other.name() + "'" : null;
          if (taker != null) {
            reporter.report(Message.SOURCE_TAKEN_TWICE, field.element(),
                field.expand().get().mirror(), field.name(), column, taker, source);
          }
        }
      }
    }

    /** A transition annotation may name the old field or the old column; columns win. */
    private String columnOf(String name) {
      if (columns.containsKey(name)) {
        return name;
      }
      return entity.fields().stream()
          .filter(f -> f.name().equals(name))
          .map(f -> f.column().name())
          .findFirst()
          .orElse(name);
    }
  }

  private static boolean sameTransition(Transition a, Transition b) {
    return a.oldColumns().equals(b.oldColumns())
        && a.newColumns().equals(b.newColumns())
        && a.transform().equals(b.transform())
        && a.batchSize() == b.batchSize();
  }

  private static String describe(Transition t) {
    return "from " + String.join(", ", t.oldColumns())
        + (t.transform().isCopy() ? ", copy"
            : t.transform().isConverter() ? ", converter " + t.transform().converter()
            : ", map " + t.transform().pairs())
        + ", batch " + t.batchSize();
  }
}
