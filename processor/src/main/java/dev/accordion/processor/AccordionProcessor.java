package dev.accordion.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.accordion.format.DialectName;
import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.Reporter;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.plan.Plan;
import dev.accordion.processor.plan.PlannedMigration;
import dev.accordion.processor.plan.Planner;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.EntityReader;
import dev.accordion.processor.render.AccessorRenderer;
import dev.accordion.processor.render.IdentifierLimits;
import dev.accordion.processor.render.MigrationRenderer;
import dev.accordion.processor.render.MysqlDialect;
import dev.accordion.processor.render.PostgresDialect;
import dev.accordion.processor.render.SqlDialect;
import dev.accordion.processor.render.SqliteDialect;
import dev.accordion.processor.resolve.Resolution;
import dev.accordion.processor.resolve.Resolver;
import dev.accordion.processor.write.MigrationWriter;
import dev.accordion.processor.write.SnapshotStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Accordion's pipeline: <b>read</b> the entities, <b>resolve</b> them against the committed
 * snapshot into what each table should become (validating as it goes), <b>plan</b> the migrations
 * and the next snapshot, <b>render</b> the plan as SQL per dialect and as accessor classes, and
 * <b>write</b> it all, or nothing when any error was reported.
 *
 * <p>Everything happens in the first round that has entities: all of a compile's entities are
 * there, and the generated accessors must exist before the entities that call them are compiled.
 */
@AutoService(Processor.class)
public final class AccordionProcessor extends AbstractProcessor {

  private static final String ENTITY = "jakarta.persistence.Entity";

  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ENTITY, "dev.accordion.*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver()) {
      return false;
    }
    TypeElement entityAnnotation = processingEnv.getElementUtils().getTypeElement(ENTITY);
    if (entityAnnotation == null) {
      return false;
    }
    Reporter reporter = new Reporter(processingEnv.getMessager());
    boolean misplaced = reportMisplaced(round, reporter);
    List<TypeElement> entities = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
      Optional<String> unmappable = EntityReader.unmappable(element);
      if (unmappable.isPresent()) {
        reporter.report(Message.ENTITY_NOT_A_CLASS, element, element.getSimpleName(),
            unmappable.get());
        misplaced = true;
      } else {
        entities.add((TypeElement) element);
      }
    }
    entities.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    if (entities.isEmpty()) {
      return false;
    }
    done = true;
    if (misplaced) {
      return false; // an error: nothing is written
    }
    try {
      run(entities, reporter);
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.report(Message.INTERNAL_ERROR, entities.get(0), trace);
    }
    return false;
  }

  /**
   * Accordion's annotations where no entity reads them would be ignored in silence; each is an
   * error instead. Returns whether any was found.
   */
  private boolean reportMisplaced(RoundEnvironment round, Reporter reporter) {
    EntityReader reader =
        new EntityReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
    List<TypeElement> annotations = new ArrayList<>();
    for (String name : EntityReader.FIELD_ANNOTATIONS) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        annotations.add(annotation);
      }
    }
    if (annotations.isEmpty()) {
      return false;
    }
    boolean found = false;
    // One walk of the round's elements for all of them, not one per annotation.
    for (Element element : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      found |= reader.reportMisplaced(element);
    }
    return found;
  }

  private void run(List<TypeElement> entityTypes, Reporter reporter) {
    Options options = Options.parse(processingEnv.getOptions());
    Element anchor = entityTypes.get(0);
    if (!validOptions(options, reporter, anchor)) {
      return;
    }
    Path directory = options.migrations().orElseThrow();

    EntityReader reader =
        new EntityReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
    List<EntityDeclaration> entities = new ArrayList<>();
    entityTypes.forEach(type -> reader.read(type).ifPresent(entities::add));

    SnapshotStore snapshots = new SnapshotStore();
    Optional<SnapshotStore.Snapshot> snapshot;
    try {
      snapshot = snapshots.read(directory);
    } catch (IOException e) {
      reporter.report(
          Message.SNAPSHOT_UNREADABLE,
          anchor,
          directory.resolve(SnapshotStore.FILE_NAME),
          e.getMessage());
      return;
    }
    if (reporter.hasErrors()) {
      return;
    }

    Resolver resolver =
        new Resolver(
            directory.resolve(SnapshotStore.FILE_NAME),
            name -> {
              TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
              return type != null && EntityReader.isEntity(type);
            },
            dialects(options));
    Schema previous = snapshot.map(SnapshotStore.Snapshot::schema).orElse(Schema.empty());
    Resolution resolution = resolver.resolve(previous, entities);
    reporter.report(resolution.report());
    if (reporter.hasErrors()) {
      return;
    }
    Plan plan = Planner.plan(previous, snapshot.isEmpty(), resolution.intents());

    Map<String, List<String>> acknowledged = acknowledgedByTable(reporter, entities);
    Map<DialectName, List<MigrationWriter.NewMigration>> files = new LinkedHashMap<>();
    for (SqlDialect dialect : dialects(options)) {
      MigrationRenderer renderer = new MigrationRenderer(dialect, acknowledged);
      List<MigrationWriter.NewMigration> rendered = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (PlannedMigration migration : plan.migrations()) {
        MigrationRenderer.RenderedMigration file = renderer.render(migration);
        rendered.add(new MigrationWriter.NewMigration(
            file.description(), file.header(), file.text()));
        names.addAll(file.names());
        if (file.rebuildsTables()) {
          noteRebuild(migration, entities, reporter, anchor);
        }
      }
      files.put(dialect.dialect(), rendered);
      reportTooLongNames(dialect.dialect(), names, entities, reporter, anchor);
    }
    if (reporter.hasErrors()) {
      return;
    }
    // Everything is rendered before anything is written, so only writing itself can fail.
    List<RenderedSource> accessors =
        accessors(entities, plan.next()).stream().map(RenderedSource::of).toList();
    MigrationWriter writer =
        new MigrationWriter(directory, processingEnv.getFiler(), options.classpathRoot());
    MigrationWriter.Output output;
    try {
      output = writer.prepare(options.timestamp(), files, snapshots.textOf(plan.next(), snapshot));
      writer.writeSourceTree(output);
    } catch (IOException e) {
      reporter.report(
          Message.WRITE_FAILED, anchor, directory, e.getMessage(), "Nothing was written.");
      return;
    }
    String current = "the class output";
    try {
      writer.publish(output);
      for (RenderedSource accessor : accessors) {
        current = accessor.name();
        writeSource(accessor);
      }
    } catch (IOException e) {
      reporter.report(
          Message.WRITE_FAILED,
          anchor,
          current,
          e.getMessage(),
          "The migrations and the snapshot in " + directory + " were written; compiling again"
              + " publishes them and generates the accessors.");
    }
  }

  /** A SQLite table rebuild holds the database's write lock while it copies the table. */
  private static void noteRebuild(PlannedMigration migration, List<EntityDeclaration> entities,
      Reporter reporter, Element anchor) {
    for (String table : migration.operations().stream()
        .flatMap(op -> op.tables().stream()).distinct().toList()) {
      entities.stream().filter(e -> e.tableName().equals(table)).findFirst().ifPresent(e ->
          reporter.report(Message.SQLITE_REBUILD, e.type(), migration.description(), table));
    }
  }

  /**
   * The warnings acknowledged in this compile, as header lines, by the table of the entity they
   * were reported on: "Acknowledged (ACC507) at Task.stage: the reason".
   */
  private static Map<String, List<String>> acknowledgedByTable(Reporter reporter,
      List<EntityDeclaration> entities) {
    Map<String, List<String>> lines = new java.util.TreeMap<>();
    for (Reporter.Acknowledgement a : reporter.acknowledgements()) {
      Element owner = a.element();
      while (owner != null && !(owner instanceof TypeElement)) {
        owner = owner.getEnclosingElement();
      }
      Element type = owner;
      Optional<EntityDeclaration> entity =
          entities.stream().filter(e -> e.type().equals(type)).findFirst();
      if (entity.isEmpty()) {
        continue;
      }
      String at = entity.get().type().getSimpleName()
          + (a.element() == type ? "" : "." + a.element().getSimpleName());
      lines.computeIfAbsent(entity.get().tableName(), t -> new ArrayList<>())
          .add("Acknowledged (" + a.message().code() + ") at " + at + ": " + a.reason());
    }
    return lines;
  }

  /**
   * Each name of the rendered SQL too long for its database, reported on the entity whose table
   * it is built from (the longest table name it contains), else on the first entity.
   */
  private static void reportTooLongNames(DialectName dialect, Set<String> names,
      List<EntityDeclaration> entities, Reporter reporter, Element anchor) {
    for (IdentifierLimits.TooLong name : IdentifierLimits.check(dialect, names)) {
      String lower = name.name().toLowerCase(java.util.Locale.ROOT);
      Optional<EntityDeclaration> owner = entities.stream()
          .filter(e -> lower.contains(e.tableName().toLowerCase(java.util.Locale.ROOT)))
          .max(Comparator.comparingInt(e -> e.tableName().length()));
      reporter.report(Message.NAME_TOO_LONG, owner.<Element>map(EntityDeclaration::type)
              .orElse(anchor), dialect.word(), name.name(), name.length(), name.unit(),
          name.database(), name.limit(),
          owner.map(EntityDeclaration::tableName).orElse("(none of this compile)"));
    }
  }

  /** A generated class rendered to text, with what the Filer needs to write it. */
  private record RenderedSource(String name, List<Element> originating, String text) {
    static RenderedSource of(JavaFile file) {
      String name = file.packageName().isEmpty()
          ? file.typeSpec().name()
          : file.packageName() + "." + file.typeSpec().name();
      return new RenderedSource(name, file.typeSpec().originatingElements(), file.toString());
    }
  }

  private void writeSource(RenderedSource rendered) throws IOException {
    JavaFileObject source = processingEnv.getFiler()
        .createSourceFile(rendered.name(), rendered.originating().toArray(new Element[0]));
    try (Writer out = source.openWriter()) {
      out.write(rendered.text());
    }
  }

  private boolean validOptions(Options options, Reporter reporter, Element anchor) {
    if (options.migrations().isEmpty()) {
      reporter.report(Message.MIGRATIONS_OPTION_MISSING, anchor);
    }
    for (String dialect : options.dialects()) {
      if (DialectName.fromWord(dialect).isEmpty()) {
        reporter.report(Message.UNSUPPORTED_DIALECT, anchor, dialect, DialectName.words());
      }
    }
    if (!options.timestampValid()) {
      reporter.report(Message.BAD_TIMESTAMP_OPTION, anchor, options.timestamp());
    }
    return !reporter.hasErrors();
  }

  private static List<SqlDialect> dialects(Options options) {
    List<SqlDialect> dialects = new ArrayList<>();
    for (String word : options.dialects()) {
      dialects.add(switch (DialectName.fromWord(word).orElseThrow()) {
        case SQLITE -> new SqliteDialect();
        case POSTGRESQL -> new PostgresDialect();
        case MYSQL -> new MysqlDialect();
      });
    }
    return dialects;
  }

  private List<JavaFile> accessors(List<EntityDeclaration> entities, Schema next) {
    AccessorRenderer renderer = new AccessorRenderer(processingEnv.getElementUtils());
    List<JavaFile> files = new ArrayList<>();
    for (EntityDeclaration entity : entities) {
      // A link moving between tables has no accessors: its two sides are on two entities. A
      // table rename has none either: the database shows the same rows under both names.
      List<Transition> transitions = next.transitionsOf(entity.tableName()).stream()
          .filter(t -> !t.isLink() && !t.isTableRename())
          .toList();
      if (!transitions.isEmpty()) {
        files.add(renderer.render(entity, transitions));
      }
    }
    return files;
  }
}
