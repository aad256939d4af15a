package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.files;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.accordion.Accordion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteDataSource;

/**
 * Names with quotes, semicolons, comment markers, placeholders, spaces or line breaks, through
 * every annotation attribute that reaches SQL: each is rejected with a diagnostic before
 * anything is written (a new name is ACC601; a name that must match an existing column, table
 * or value matches none). Names in any script's letters are quoted, and the SQL they are in
 * does what the annotations say, run on SQLite. ({@code sqlUp}, {@code sqlDown} and
 * {@code @DialectSql} are SQL by design, written by the user, and not names.)
 */
class HostileNamesTest {

  @TempDir Path dir;

  private static final List<String> HOSTILE = List.of(
      "a\"b", "a'b", "a`b", "a;b", "a--b", "a/*b*/", "a b", "a\nb", "a:after", "1st", "");

  /** Where a hostile name {@code %s} goes, and the release compiled before (or none). */
  private static final List<String[]> PLACES = List.of(
      new String[] {"@Table(name)", null,
          "@Entity @Table(name = \"%s\") class Post { @Id Long id; }"},
      new String[] {"@Entity(name)", null, "@Entity(name = \"%s\") class Post { @Id Long id; }"},
      new String[] {"@Column(name)", null,
          "@Entity class Post { @Id Long id; @Column(name = \"%s\") String bio; }"},
      new String[] {"@Index(name)", null,
          "@Entity @Table(indexes = @Index(name = \"%s\", columnList = \"bio\"))"
              + " class Post { @Id Long id; String bio; }"},
      new String[] {"@Index(columnList)", null,
          "@Entity @Table(indexes = @Index(name = \"i\", columnList = \"%s\"))"
              + " class Post { @Id Long id; String bio; }"},
      new String[] {"@RenamedFrom on a field", "@Entity class Post { @Id Long id; String bio; }",
          "@Entity class Post { @Id Long id; @RenamedFrom(\"%s\") String text; }"},
      new String[] {"@RenamedFrom on a class", "@Entity class Post { @Id Long id; String bio; }",
          "@Entity @RenamedFrom(\"%s\") class Article { @Id Long id; String bio; }"},
      new String[] {"@Expand(from)", "@Entity class Post { @Id Long id; String bio; }",
          "@Entity class Post { @Id Long id; String bio; @Expand(from = \"%s\") String text; }"},
      new String[] {"@Expand(from) on a class", "@Entity class Post { @Id Long id; String bio; }",
          "@Entity @Expand(from = \"%s\") class Article { @Id Long id; String bio; }"},
      new String[] {"@Expand(into)", "@Entity class Post { @Id Long id; String bio; }",
          "@Entity class Post { @Id Long id; String bio; @Expand(from = \"bio\", into = {\"text\","
              + " \"%s\"}, converter = dev.accordion.Converter.None.class) String text; }"},
      new String[] {"@Contract(from)", "@Entity class Post { @Id Long id; String bio; }",
          "@Entity class Post { @Id Long id; @Contract(from = \"%s\") String text; }"},
      new String[] {"@ValueMap(from)",
          "@Entity class Post { @Id Long id; Boolean published; }",
          "@Entity class Post { @Id Long id; Boolean published; @Expand(from = \"published\", map ="
              + " {@ValueMap(from = \"%s\", to = \"Draft\"), @ValueMap(from = \"true\", to ="
              + " \"Live\")}) @Enumerated(EnumType.STRING) Stage stage; }"},
      new String[] {"@ValueMap(to)",
          "@Entity class Post { @Id Long id; Boolean published; }",
          "@Entity class Post { @Id Long id; Boolean published; @Expand(from = \"published\", map ="
              + " {@ValueMap(from = \"false\", to = \"%s\"), @ValueMap(from = \"true\", to ="
              + " \"Live\")}) @Enumerated(EnumType.STRING) Stage stage; }"});

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    // An empty name is JPA's default where a name is optional: not hostile there.
    List<String> optional = List.of("@Table(name)", "@Entity(name)", "@Column(name)", "@Index(name)");
    for (String[] place : PLACES) {
      for (String name : HOSTILE) {
        if (name.isEmpty() && optional.contains(place[0])) {
          continue;
        }
        cases.add(Arguments.of(place[0], name.replace("\n", "\\n"), place[1], place[2], name));
      }
    }
    return cases.stream();
  }

  /**
   * Each source in a file of package {@code dev.accordion.sample} importing
   * {@code dev.accordion.*} and {@code jakarta.persistence.*}, and {@code enum Stage}.
   */
  private static List<JavaFileObject> inputs(String... sources) {
    List<JavaFileObject> files = new ArrayList<>();
    files.add(JavaFileObjects.forSourceString("dev.accordion.sample.Stage",
        "package dev.accordion.sample; enum Stage { Draft, Live }"));
    int n = 0;
    for (String source : sources) {
      files.add(JavaFileObjects.forSourceString("dev.accordion.sample.Input" + n++,
          "package dev.accordion.sample;\nimport dev.accordion.*;\nimport jakarta.persistence.*;\n"
              + source));
    }
    return files;
  }

  private static String javaLiteralContent(String name) {
    return name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @MethodSource("cases")
  void aHostileNameIsRejectedAndNothingIsWritten(String place, String shown, String before,
      String template, String name) {
    Compile compile = Compile.into(dir.resolve("migrations")).allDialects();
    if (before != null) {
      assertThat(compile.at("20260101120000").entities(inputs(before))).succeeded();
    }
    Map<String, byte[]> written = files(dir);

    Compilation compilation = compile.at("20260201120000")
        .entities(inputs(String.format(template, javaLiteralContent(name))));

    assertThat(compilation).failed();
    List<String> errors = compilation.errors().stream()
        .map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
    assertWithMessage("an Accordion diagnostic rejects %s = \"%s\": %s", place, shown, errors)
        .that(errors.stream().anyMatch(e -> e.startsWith("[ACC")))
        .isTrue();
    assertThat(compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(java.util.Locale.ROOT))
        .filter(m -> !m.startsWith("[ACC"))
        .toList()).isEmpty(); // javac itself found nothing wrong: the name was Accordion's to refuse
    assertUnchanged(dir, written);
  }

  /** Letters of any script need no quoting for Hibernate; Accordion's SQL quotes them anyway. */
  @Test
  void namesInOtherScriptsAreQuotedAndTheSqlDoesWhatTheAnnotationsSay() throws Exception {
    Path migrations = dir.resolve("migrations");
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").entities(inputs(
        "@Entity @Table(name = \"Größe\") class Size { @Id @GeneratedValue(strategy ="
            + " GenerationType.IDENTITY) Long id; @Column(name = \"maß\") String maß; }")))
        .succeededWithoutWarnings();
    SQLiteDataSource db = new SQLiteDataSource();
    db.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
    Accordion.builder().dataSource(db).directory(migrations).build().migrate();
    try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("INSERT INTO \"Größe\" (\"maß\") VALUES ('42 cm'), ('7 m')");
    }

    assertThat(compile.at("20260201120000").entities(inputs(
        "@Entity @Table(name = \"Größe\") class Size { @Id @GeneratedValue(strategy ="
            + " GenerationType.IDENTITY) Long id; String maß;"
            + " @Expand @RenamedFrom(\"maß\") String 寸法; }"))).succeeded();
    Accordion.builder().dataSource(db).directory(migrations).build().migrate();

    try (Connection connection = db.getConnection(); Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(
            "SELECT COUNT(*) FROM \"Größe\" WHERE \"寸法\" IS \"maß\" AND \"寸法\" IS NOT NULL")) {
      rows.next();
      assertEquals(2, rows.getInt(1), "every row copied into the new column");
    }
  }

  /**
   * The runtime reads UTF-8; javac's own file manager (not compile-testing's, which always writes
   * UTF-8) writes a resource's Writer in javac's -encoding, or the platform's.
   */
  @Test
  void theClassPathCopyIsUtf8WhateverJavacsEncoding() throws Exception {
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaFileObject source = JavaFileObjects.forSourceString("dev.accordion.sample.Size",
        "package dev.accordion.sample;\nimport jakarta.persistence.*;\n"
            + "@Entity @Table(name = \"Größe\") class Size { @Id Long id; }");
    try (javax.tools.StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.ISO_8859_1)) {
      javax.tools.JavaCompiler.CompilationTask task = javac.getTask(null, files, null, List.of(
          "-encoding", "ISO-8859-1", "-proc:only", "-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path"),
          "-Aaccordion.migrations=" + dir.resolve("migrations"),
          "-Aaccordion.timestamp=20260101120000"), null, List.of(source));
      task.setProcessors(List.of(new AccordionProcessor()));
      assertThat(task.call()).isTrue();
    }
    String baseline = "sqlite/V20260101120000_1__baseline.sql";
    byte[] onClassPath = Files.readAllBytes(classes.resolve("db/accordion/" + baseline));

    assertThat(new String(onClassPath, StandardCharsets.UTF_8)).contains("\"Größe\"");
    assertThat(onClassPath).isEqualTo(Files.readAllBytes(dir.resolve("migrations/" + baseline)));
  }

  @Test
  void aNameTooLongForADialectIsRejected() {
    String table = "t".repeat(40);
    Compile compile = Compile.into(dir.resolve("migrations")).allDialects();
    Compilation compilation = compile.at("20260101120000").entities(inputs(
        "@Entity @Table(name = \"" + table + "\") class Wide { @Id Long id; String b;"
            + " @Column(name = \"" + "c".repeat(20) + "\") String c; }"));
    assertThat(compilation).succeeded(); // a table: 40 characters fit everywhere

    Compilation expand = compile.at("20260201120000").entities(inputs(
        "@Entity @Table(name = \"" + table + "\") class Wide { @Id Long id; String b;"
            + " @Column(name = \"" + "c".repeat(20) + "\") String c;"
            + " @Expand @RenamedFrom(\"" + "c".repeat(20) + "\") String d; }"));

    // accordion_<table>_d_sync (PostgreSQL) is 56 bytes and fits; the MariaDB trigger names fit
    // too. A column name of 60 does not, in the names built from it.
    assertThat(expand).succeeded();
    Compilation tooLong = compile.at("20260301120000").entities(inputs(
        "@Entity @Table(name = \"" + table + "\") class Wide { @Id Long id; String b;"
            + " @Column(name = \"" + "c".repeat(20) + "\") String c; String d;"
            + " @Expand @RenamedFrom(\"b\") @Column(name = \"" + "e".repeat(30) + "\") String e; }"));
    assertThat(tooLong).failed();
    assertThat(tooLong).hadErrorContaining("[ACC602] The postgresql migrations would use the name");
    assertThat(tooLong).hadErrorContaining("[ACC602] The mysql migrations would use the name");
  }
}
