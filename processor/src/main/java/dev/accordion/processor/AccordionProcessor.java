package dev.accordion.processor;

import com.google.auto.service.AutoService;
import dev.accordion.format.DialectName;
import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.Reporter;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.plan.Plan;
import dev.accordion.processor.plan.Planner;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.AnnotationName;
import dev.accordion.processor.read.EntityReader;
import dev.accordion.processor.read.PhysicalNaming;
import dev.accordion.processor.render.AccessorRenderer;
import dev.accordion.processor.render.AcknowledgedLines;
import dev.accordion.processor.render.MigrationRenderer;
import dev.accordion.processor.render.MigrationRenderer.RenderedMigration;
import dev.accordion.processor.render.SqlDialect;
import dev.accordion.processor.resolve.Resolution;
import dev.accordion.processor.resolve.Resolver;
import dev.accordion.processor.validate.RenderedRules;
import dev.accordion.processor.validate.TableRules;
import dev.accordion.processor.write.MigrationWriter;
import dev.accordion.processor.write.SourceWriter;
import dev.accordion.processor.write.SnapshotStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  private static final String CONVERTER = "jakarta.persistence.Converter";

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
      run(entities, autoAppliedConverters(round), reporter);
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
    EntityReader reader = new EntityReader(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), PhysicalNaming.AS_DECLARED, false, List.of());
    List<TypeElement> annotations = new ArrayList<>();
    for (AnnotationName name : AnnotationName.FIELD_TRANSITIONS) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name.qualifiedName());
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
    reporter.report(reader.findings());
    return found;
  }

  /** The stages in order; each hands the next an immutable value, and errors stop the run. */
  /**
   * The {@code @Converter(autoApply = true)} classes of the round, which convert every attribute
   * of their type that does not say otherwise (one in another compilation is not seen).
   */
  private List<TypeElement> autoAppliedConverters(RoundEnvironment round) {
    TypeElement converter = processingEnv.getElementUtils().getTypeElement(CONVERTER);
    if (converter == null) {
      return List.of();
    }
    List<TypeElement> autoApplied = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(converter)) {
      boolean autoApply = element.getAnnotationMirrors().stream()
          .filter(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
              .contentEquals(CONVERTER))
          .flatMap(a -> a.getElementValues().entrySet().stream())
          .anyMatch(e -> e.getKey().getSimpleName().contentEquals("autoApply")
              && Boolean.TRUE.equals(e.getValue().getValue()));
      if (autoApply && element instanceof TypeElement type) {
        autoApplied.add(type);
      }
    }
    autoApplied.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return autoApplied;
  }

  private void run(List<TypeElement> entityTypes, List<TypeElement> autoAppliedConverters,
      Reporter reporter) {
    Options options = Options.parse(processingEnv.getOptions());
    Element anchor = entityTypes.get(0);
    reporter.report(options.problems(anchor));
    if (reporter.hasErrors()) {
      return;
    }
    Path directory = options.migrations().orElseThrow();
    List<SqlDialect> dialects = options.sqlDialects();

    // read
    EntityReader reader = new EntityReader(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), options.physicalNaming(),
        options.validationMode().appliesToDdl(processingEnv.getElementUtils()),
        autoAppliedConverters);
    List<EntityDeclaration> read = new ArrayList<>();
    entityTypes.forEach(type -> read.addAll(reader.read(type, entityTypes)));
    List<EntityDeclaration> entities = EntityDeclaration.sharedTablesOnce(read);
    reporter.report(reader.findings());
    reporter.report(TableRules.mappedOnce(entities));
    SnapshotStore snapshots = new SnapshotStore();
    Optional<SnapshotStore.Snapshot> snapshot;
    try {
      snapshot = snapshots.read(directory);
    } catch (IOException e) {
      reporter.report(Message.SNAPSHOT_UNREADABLE, anchor,
          directory.resolve(SnapshotStore.FILE_NAME), e.getMessage());
      return;
    }
    if (reporter.hasErrors()) {
      return;
    }

    // resolve and validate
    Resolver resolver = new Resolver(directory.resolve(SnapshotStore.FILE_NAME),
        name -> {
          TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
          return type != null && EntityReader.isEntity(type);
        },
        dialects);
    Schema previous = snapshot.map(SnapshotStore.Snapshot::schema).orElse(Schema.empty());
    Resolution resolution = resolver.resolve(previous, entities);
    reporter.report(resolution.report());
    if (reporter.hasErrors()) {
      return;
    }

    // plan, and the rule judged on what the plan would change
    Plan plan = Planner.plan(previous, snapshot.isEmpty(), resolution.intents());
    reporter.report(TableRules.renamesInFlight(previous, entities, plan));
    if (reporter.hasErrors()) {
      return;
    }

    // render, and the rules on what rendering found
    Map<String, List<String>> acknowledged =
        AcknowledgedLines.byTable(reporter.acknowledgements(), entities);
    Map<String, List<String>> leftOut = new HashMap<>();
    entities.forEach(entity -> leftOut.put(entity.tableName(), entity.leftOut()));
    Map<DialectName, List<MigrationWriter.NewMigration>> files = new LinkedHashMap<>();
    for (SqlDialect dialect : dialects) {
      List<RenderedMigration> rendered =
          new MigrationRenderer(dialect, acknowledged, leftOut).render(plan);
      reporter.report(RenderedRules.check(dialect.dialect(), rendered, entities, anchor));
      files.put(dialect.dialect(), rendered.stream().map(m ->
          new MigrationWriter.NewMigration(m.description(), m.header(), m.text())).toList());
    }
    if (reporter.hasErrors()) {
      return;
    }
    List<SourceWriter.RenderedSource> accessors =
        new AccessorRenderer(processingEnv.getElementUtils()).render(entities, plan.next())
            .stream().map(SourceWriter::render).toList();

    // write: everything is rendered, so only writing itself can fail
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
    SourceWriter sources = new SourceWriter(processingEnv.getFiler());
    String current = "the class output";
    try {
      writer.publish(output);
      for (SourceWriter.RenderedSource accessor : accessors) {
        current = accessor.name();
        sources.write(accessor);
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
}
