package dev.accordion.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.testing.EntityBuild;
import dev.accordion.testing.HibernateBoot;
import dev.accordion.testing.HibernateDifferences;
import dev.accordion.testing.JdbcSchema;
import dev.accordion.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate is the oracle of the schema. For every model of the corpus ({@code models/<name>/},
 * one or a few entities each), every naming strategy and every database: the processor compiles
 * the model, the runtime applies its baseline to one scratch database, Hibernate creates its own
 * schema ({@code hbm2ddl create}) in another, and the two read back through JDBC metadata must be
 * equal, short of the {@link HibernateDifferences} made on purpose; then Hibernate's
 * {@code validate} passes on Accordion's, and Hibernate writes a row of each entity there and
 * finds it again.
 */
class ConformanceTest {

  static final Path MODELS = Path.of("src/test/resources/models");

  @TempDir Path work;

  /** Each model and naming's compile, shared by the three databases. */
  private final Map<String, EntityBuild.Compiled> compiled = new HashMap<>();

  @TestFactory
  Stream<DynamicNode> corpus() throws IOException {
    return models().map(model -> DynamicContainer.dynamicContainer(model.getFileName().toString(),
        Stream.of(Naming.values()).map(naming ->
            DynamicContainer.dynamicContainer(naming.option(),
                Stream.of(TestDatabase.values()).map(database ->
                    DynamicTest.dynamicTest(database.name().toLowerCase(java.util.Locale.ROOT),
                        () -> conforms(model, naming, database)))))));
  }

  /** Every model, or those named in {@code -Dconformance.models=a,b} while working on them. */
  static Stream<Path> models() throws IOException {
    List<String> only = List.of(System.getProperty("conformance.models", "").split(","));
    try (Stream<Path> list = Files.list(MODELS)) {
      return list.filter(Files::isDirectory)
          .filter(m -> only.equals(List.of("")) || only.contains(m.getFileName().toString()))
          .sorted().toList().stream();
    }
  }

  private void conforms(Path model, Naming naming, TestDatabase database) throws Exception {
    EntityBuild.Compiled compiled = compile(model, naming);
    try (TestDatabase.Fresh accordion = database.fresh(work);
        TestDatabase.Fresh hibernate = database.fresh(work)) {
      Accordion.builder()
          .dataSource(accordion.dataSource())
          .directory(migrations(model, naming))
          .build()
          .migrate();
      Path hibernateDdl = work.resolve("hibernate-" + UUID.randomUUID() + ".sql");
      Map<String, String> settings = new HashMap<>(naming.hibernateSettings());
      settings.put("jakarta.persistence.schema-generation.database.action", "create");
      settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
      settings.put("jakarta.persistence.schema-generation.scripts.create-target",
          hibernateDdl.toString());
      HibernateBoot.sessionFactory(compiled, hibernate.dataSource(),
          database.hibernateDialect(), "create", settings).close();
      JdbcSchema expected = read(hibernate.dataSource(), database);
      JdbcSchema actual = read(accordion.dataSource(), database);
      assertEquals(List.of(), expected.differencesFrom(actual, database),
          () -> model.getFileName() + " with " + naming.option() + " naming on " + database
              + ": Hibernate's schema first, then Accordion's.\nHibernate's DDL:\n"
              + text(hibernateDdl) + "\nAccordion's baseline:\n"
              + text(baseline(migrations(model, naming), database)));
      // The session factory that writes the rows validates the schema as it boots.
      assertWritesAndReadsARowOfEach(compiled, accordion.dataSource(), database, naming,
          HibernateDifferences.hibernateValidates(database) ? "validate" : "none");
    }
  }

  /**
   * Hibernate, booted with {@code action} ({@code validate} where it validates), inserts a row of
   * each entity into Accordion's schema, its key generated as the mapping says, and finds it
   * again by that key.
   */
  private static void assertWritesAndReadsARowOfEach(EntityBuild.Compiled compiled,
      DataSource dataSource, TestDatabase database, Naming naming, String action)
      throws Exception {
    try (SessionFactory factory = HibernateBoot.sessionFactory(compiled, dataSource,
        database.hibernateDialect(), action, naming.hibernateSettings())) {
      // A transaction per row: on SQLite, Hibernate takes a key from its sequence table in a
      // transaction of its own, which waits for any other that has written.
      Map<Class<?>, Object> keys = new HashMap<>();
      Map<Class<?>, Object> written = new HashMap<>();
      for (Class<?> type : SampleRows.inDependencyOrder(compiled.entityClasses())) {
        factory.inTransaction(session -> {
          Object row = sample(type, written);
          session.persist(row);
          session.flush();
          written.put(type, row);
          keys.put(type, factory.getPersistenceUnitUtil().getIdentifier(row));
        });
      }
      factory.inTransaction(session -> keys.forEach((type, key) -> {
        if (SampleRows.readable(type, database)) {
          assertNotNull(session.find(type, key), () -> type.getSimpleName() + " " + key
              + " was written but is not found on " + database);
        }
      }));
    }
  }

  private static Object sample(Class<?> type, Map<Class<?>, Object> written) {
    try {
      return SampleRows.sample(type, written);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The model compiled once per naming strategy, for every dialect at once. */
  private EntityBuild.Compiled compile(Path model, Naming naming) {
    return compiled.computeIfAbsent(folder(model, naming),
        key -> compileNow(model, naming));
  }

  private EntityBuild.Compiled compileNow(Path model, Naming naming) {
    Path out = work.resolve("build").resolve(folder(model, naming));
    try {
      EntityBuild.Compiled compiled = EntityBuild.compile(model, out, List.of(
          "-Aaccordion.migrations=" + migrations(model, naming),
          "-Aaccordion.timestamp=20260101120000",
          "-Aaccordion.dialects=sqlite,postgresql,mysql",
          "-Aaccordion.naming=" + naming.option()));
      assertTrue(compiled.succeeded(), () -> model + " did not compile with " + naming.option()
          + " naming: " + compiled.diagnostics());
      return compiled;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model's folder name for one naming option, which may be a class name. */
  private static String folder(Path model, Naming naming) {
    return model.getFileName() + "-" + naming.name().toLowerCase(java.util.Locale.ROOT);
  }

  private Path migrations(Path model, Naming naming) {
    return work.resolve("migrations").resolve(folder(model, naming));
  }

  private static Path baseline(Path migrations, TestDatabase database) {
    try (Stream<Path> files = Files.list(migrations.resolve(database.folder()))) {
      return files.filter(f -> f.getFileName().toString().endsWith("__baseline.sql"))
          .findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(" + file + " unreadable: " + e + ")";
    }
  }

  private static JdbcSchema read(DataSource dataSource, TestDatabase database) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return JdbcSchema.read(connection, database);
    }
  }
}
