package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.lineOf;
import static dev.accordion.processor.Resources.release;
import static dev.accordion.processor.Resources.source;
import static dev.accordion.processor.Resources.text;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagnostic the processor raises from source input (SPEC.md section 6), by its code, file
 * and line. Each bad input is one file under {@code bad/} that says on top what is wrong and
 * marks each line a diagnostic must point at with a {@code // ACCnnn} comment; the test finds
 * exactly those diagnostics there, and, after an error, no migration, snapshot, index or
 * accessor written.
 *
 * <p>Not covered, because no source input reaches them: ACC009 (an unexpected exception, i.e. a
 * processor bug). ACC502 is covered separately: the entity it reports is gone, so it points at
 * the first entity of the compile.
 */
class DiagnosticsTest {

  private static final Pattern MARKER = Pattern.compile("// (ACC\\d{3})");

  static final String R1 = "20260101120000";
  static final String R2 = "20260102120000";
  static final String NEXT = "20260301120000";

  @TempDir Path migrations;

  /** The processor of the last compile: it recorded what it asked the Filer for. */
  private RecordingProcessor last;

  /** A new processor for one compile that records what it asks the Filer for: {@link #last}. */
  private Processor recording() {
    last = new RecordingProcessor(new AccordionProcessor());
    return last;
  }

  /** Compiles into {@code migrations} at {@code timestamp}, {@link #recording()}. */
  private Compile compile(String timestamp) {
    return Compile.into(migrations).at(timestamp).through(recording());
  }

  /**
   * A bad input: the releases compiled before it (their snapshot is what it is diffed against),
   * the bad file, and the unchanged sources compiled with it.
   */
  record Case(List<String> before, String file, List<String> others) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static final List<String> NOTHING = List.of();
  private static final List<String> AFTER_R1 = List.of("r1");
  private static final List<String> AFTER_R2 = List.of("r1", "r2");
  /** Profile being renamed to Biography (releases/table-rename). */
  private static final List<String> RENAMING = List.of("table-rename/r1", "table-rename/r2");
  /** Release 1 of Book (releases/library), which each change to an existing entity starts from. */
  private static final List<String> LIBRARY = List.of("library");
  private static final String R1_POST = "releases/r1/Post.java";
  private static final String R1_PROFILE = "releases/r1/Profile.java";
  private static final String STATUS = "releases/r2/Status.java";
  private static final String RENAMED = "releases/table-rename/r2/Biography.java";

  static Stream<Arguments> errors() {
    return Stream.of(
            // Entity mapping
            new Case(NOTHING, "UnsupportedType.java", List.of()), // ACC101
            new Case(NOTHING, "NoPrimaryKey.java", List.of()), // ACC102
            new Case(NOTHING, "CompositeKey.java", List.of()), // ACC103
            new Case(NOTHING, "DuplicateColumn.java", List.of()), // ACC105
            new Case(List.of("uuid-key"), "KeyNotWalkable.java", List.of()), // ACC106
            new Case(AFTER_R1, "NotOnAnEntity.java", List.of(R1_POST, R1_PROFILE)), // ACC107
            new Case(AFTER_R1, "NotPersistedStatic.java", List.of(R1_POST)), // ACC108
            new Case(AFTER_R1, "NotPersistedTransient.java", List.of(R1_POST)), // ACC108
            new Case(AFTER_R1, "EntityNotAClass.java", List.of(R1_POST, R1_PROFILE)), // ACC109
            new Case(NOTHING, "IndexColumnsInvalid.java", List.of()), // ACC110
            new Case(NOTHING, "UniqueConstraintColumnsInvalid.java", List.of()), // ACC116
            new Case(LIBRARY, "EntityInheritance.java", List.of()), // ACC111
            new Case(LIBRARY, "KeyGenerationUnsupported.java", List.of()), // ACC113
            new Case(List.of("sequence-key"), "KeySequenceChanged.java", List.of()), // ACC115
            new Case(List.of("association/with-id"), "ForeignKeyChanged.java",
                List.of("releases/association/with-id/Author.java")), // ACC330
            new Case(List.of("association/with-link"), "ExpandFromForeignKey.java",
                List.of("releases/association/with-link/Author.java")), // ACC329
            // Renames
            new Case(AFTER_R1, "RenamedFromUnknownColumn.java", List.of(R1_POST)), // ACC201
            new Case(AFTER_R1, "RenamedFromTakenColumn.java", List.of(R1_POST)), // ACC202
            new Case(AFTER_R1, "RenamedFromUnknownTable.java", List.of(R1_POST, R1_PROFILE)), // ACC204
            new Case(AFTER_R1, "RenameCycle.java", List.of(R1_PROFILE)), // ACC206
            // Expand
            new Case(AFTER_R1, "ExpandWithoutSource.java", List.of(R1_POST)), // ACC301
            new Case(AFTER_R1, "ExpandSourceUnknown.java", List.of(R1_POST)), // ACC302
            new Case(AFTER_R1, "ExpandTargetExists.java", List.of(R1_PROFILE)), // ACC303
            new Case(AFTER_R1, "ExpandSourceNotMapped.java", List.of(R1_PROFILE, STATUS)), // ACC304
            new Case(AFTER_R1, "ExpandFromNotNull.java", List.of(R1_PROFILE, STATUS)), // ACC305
            new Case(AFTER_R1, "MapValueInvalid.java", List.of(R1_PROFILE, STATUS)), // ACC306
            new Case(AFTER_R1, "MapNotTotal.java", List.of(R1_PROFILE, STATUS)), // ACC307
            new Case(AFTER_R1, "MapNotReversible.java", List.of(R1_PROFILE, STATUS)), // ACC308
            new Case(AFTER_R1, "CopyTypesDiffer.java", List.of(R1_POST)), // ACC309
            new Case(AFTER_R2, "ExpandChanged.java", List.of(R1_PROFILE, STATUS)), // ACC310
            new Case(AFTER_R1, "ConverterWithMap.java", List.of(R1_PROFILE, STATUS)), // ACC311
            new Case(AFTER_R1, "ConverterWithoutSql.java", List.of(R1_PROFILE, STATUS)), // ACC312
            new Case(AFTER_R1, "ConverterTypesDiffer.java", List.of(R1_PROFILE, STATUS)), // ACC313
            new Case(AFTER_R1, "ConverterNotInstantiable.java", List.of(R1_PROFILE, STATUS)), // ACC314
            new Case(AFTER_R1, "BatchSizeNotPositive.java", List.of(R1_POST)), // ACC315
            new Case(AFTER_R1, "DialectSqlUnknown.java", List.of(R1_PROFILE, STATUS)), // ACC316
            new Case(AFTER_R1, "IntoUnknown.java", List.of(R1_PROFILE)), // ACC317
            new Case(AFTER_R1, "SeveralFieldsNeedConverter.java", List.of(R1_PROFILE)), // ACC318
            new Case(AFTER_R1, "ConverterSqlShape.java", List.of(R1_PROFILE)), // ACC319
            new Case(AFTER_R1, "LinkTypesDiffer.java", List.of(R1_PROFILE)), // ACC320
            new Case(AFTER_R1, "JoinNotUnique.java", List.of(R1_POST, R1_PROFILE)), // ACC321
            new Case(AFTER_R1, "TableExpandWithoutSource.java", List.of(R1_POST, R1_PROFILE)), // ACC322
            new Case(AFTER_R1, "TableExpandAttribute.java", List.of(R1_POST)), // ACC323
            new Case(AFTER_R1, "TableRenameWithChanges.java", List.of(R1_POST)), // ACC324
            new Case(AFTER_R2, "TableRenameBusy.java", List.of(R1_PROFILE, STATUS)), // ACC325
            new Case(AFTER_R1, "TableRenameOldStillMapped.java", List.of(R1_POST, R1_PROFILE)), // ACC326
            new Case(AFTER_R1, "SourceTakenTwice.java", List.of(R1_POST)), // ACC328
            new Case(RENAMING, "TableRenameInFlight.java", List.of(RENAMED)), // ACC327
            new Case(RENAMING, "OldTableMappedAgain.java", List.of(RENAMED)), // ACC326
            // Contract
            new Case(AFTER_R1, "ContractWithoutExpand.java", List.of(R1_POST)), // ACC401
            new Case(AFTER_R2, "ContractOldStillMapped.java", List.of(R1_PROFILE, STATUS)), // ACC402
            new Case(AFTER_R2, "OldFieldRemovedWithoutContract.java", List.of(R1_PROFILE, STATUS)), // ACC403
            new Case(AFTER_R2, "ContractWithoutSource.java", List.of(R1_PROFILE, STATUS)), // ACC404
            new Case(AFTER_R1, "TableContractWithoutExpand.java", List.of(R1_POST, R1_PROFILE)), // ACC405
            new Case(RENAMING, "TableRenameUnfinished.java", List.of()), // ACC406
            // Destructive or unsafe changes
            new Case(AFTER_R1, "ColumnDropped.java", List.of(R1_POST)), // ACC501
            new Case(LIBRARY, "VarcharShortenedInPlace.java", List.of()), // ACC503
            new Case(LIBRARY, "TableNameChanged.java", List.of()), // ACC510
            new Case(LIBRARY, "TableNameChangedByEntityName.java", List.of()), // ACC510
            new Case(LIBRARY, "PrimaryKeyChanged.java", List.of()), // ACC511
            new Case(LIBRARY, "KeyGenerationChanged.java", List.of()), // ACC512
            new Case(LIBRARY, "EnumStorageChanged.java", List.of()), // ACC513
            new Case(AFTER_R1, "TypeChangedInPlace.java", List.of(R1_PROFILE)), // ACC503
            new Case(List.of("local-time"), "InstantChangedInPlace.java", List.of()), // ACC503
            new Case(AFTER_R1, "NotNullWithoutDefault.java", List.of(R1_PROFILE)), // ACC504
            new Case(AFTER_R1, "NullabilityChanged.java", List.of(R1_PROFILE)), // ACC505
            new Case(AFTER_R1, "UniqueChangedInPlace.java", List.of(R1_PROFILE)), // ACC506
            new Case(List.of("enum"), "EnumOrdinalReordered.java", List.of()), // ACC508
            // Naming
            new Case(NOTHING, "NameNeedsQuoting.java", List.of())) // ACC601
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void badInputIsReportedAtItsLineAndNothingIsWritten(Case bad) {
    String timestamp = R1;
    for (int i = 0; i < bad.before().size(); i++) {
      timestamp = i == 0 ? R1 : R2;
      assertThat(compile(timestamp).release(bad.before().get(i))).succeeded();
    }
    Map<String, byte[]> before = files(migrations);
    String resource = "bad/" + bad.file();
    JavaFileObject file = source(resource);
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(file);
    bad.others().forEach(o -> sources.add(source(o)));

    Compilation compilation = compile(NEXT).entities(sources);

    assertThat(compilation).failed();
    List<String> codes = markedCodes(resource);
    assertWithMessage("%s marks at least one diagnostic", resource).that(codes).isNotEmpty();
    for (String code : codes) {
      assertThat(compilation)
          .hadErrorContaining("[" + code + "]")
          .inFile(file)
          .onLine(markedLine(resource, code));
    }
    assertWithMessage("errors: %s", compilation.errors())
        .that(compilation.errors()).hasSize(codes.size());
    assertNothingWritten(compilation, before);
  }

  /** A columnDefinition Accordion does not apply yet is a warning at it; the build goes on. */
  /**
   * A column definition is the column's SQL on every database, as Hibernate declares it, but an
   * identity key's, whose type the identity needs: a warning at it.
   */
  @Test
  void aColumnDefinitionOfAnIdentityKeyIsAWarningAtItsAttribute() throws java.io.IOException {
    JavaFileObject setting = JavaFileObjects.forSourceString("dev.accordion.sample.Setting",
        "package dev.accordion.sample;\n"
            + "import jakarta.persistence.*;\n"
            + "@Entity class Setting {\n"
            + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n"
            + "  @Column(columnDefinition = \"serial\") Long id;\n"
            + "  @Column(columnDefinition = \"varchar(64)\") String name;\n"
            + "}\n");

    Compilation compilation = compile(R1).allDialects().entities(setting);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[ACC117] @Column(columnDefinition = \"serial\") on 'id', an"
            + " identity key, is not applied yet: Accordion creates the column as BIGINT")
        .inFile(setting)
        .onLine(5);
    assertThat(compilation).hadWarningCount(1);
    assertThat(java.nio.file.Files.readString(
        migrations.resolve("mysql/V20260101120000_1__baseline.sql")))
        .contains("  `id` bigint NOT NULL AUTO_INCREMENT,\n  `name` varchar(64),\n");
  }

  /**
   * A TABLE_PER_CLASS hierarchy maps a table per concrete class, each with the fields of the
   * classes above it. A collection in or to such a hierarchy is kept in its table without a
   * foreign key to a class whose rows are in several tables, as Hibernate creates it; a
   * {@code @OneToMany}'s join column there, which would be on each of those tables, is left out
   * with a warning at its field.
   */
  @Test
  void aTablePerClassHierarchyMapsATablePerConcreteClassAndItsCollections()
      throws java.io.IOException {
    JavaFileObject animals = JavaFileObjects.forSourceString("dev.accordion.zoo.Animal",
        "package dev.accordion.zoo;\n"
            + "import jakarta.persistence.*;\n"
            + "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)\n"
            + "abstract class Animal { @Id @GeneratedValue Long id; String name; }\n"
            + "@Entity class Dog extends Animal { @ElementCollection java.util.Set<String> tricks; }\n"
            + "@Entity class Keeper { @Id @GeneratedValue Long id; @ManyToMany java.util.Set<Animal> animals;\n"
            + "  @OneToMany @JoinColumn(name = \"fed_by\") java.util.Set<Animal> fed; }\n");

    Compilation compilation = compile(R1).allDialects().entities(animals);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[ACC114] Field 'fed' of Keeper is a @OneToMany join column to"
            + " Animal, whose rows are in several tables (TABLE_PER_CLASS),")
        .inFile(animals)
        .onLine(7);
    String baseline = java.nio.file.Files.readString(
        migrations.resolve("postgresql/V20260101120000_1__baseline.sql"));
    assertThat(baseline).contains("CREATE TABLE \"dog\" (\n  \"id\" bigint NOT NULL,\n"
        + "  \"name\" varchar(255),\n  PRIMARY KEY (\"id\")\n);");
    assertThat(baseline).contains("CREATE SEQUENCE \"animal_seq\" START WITH 1 INCREMENT BY 50;");
    assertThat(baseline).doesNotContain("CREATE TABLE \"animal\"");
    assertThat(baseline).contains("ALTER TABLE \"dog_tricks\" ADD CONSTRAINT"
        + " \"dog_tricks_dog_id_fkey\" FOREIGN KEY (\"dog_id\") REFERENCES \"dog\" (\"id\");");
    assertThat(baseline).contains("ALTER TABLE \"keeper_animal\" ADD CONSTRAINT"
        + " \"keeper_animal_keeper_id_fkey\"");
    assertThat(baseline).doesNotContain("REFERENCES \"animal\"");
  }

  /**
   * A table Hibernate is told to find in another schema is a warning at its entity, the table
   * left out; the build goes on, and a field pointing at it is left out too.
   */
  @Test
  void aTableInAnotherSchemaIsAWarningAndLeftOut() throws java.io.IOException {
    JavaFileObject entities = JavaFileObjects.forSourceString("dev.accordion.library.Book",
        "package dev.accordion.library;\n"
            + "import jakarta.persistence.*;\n"
            + "@Entity\n"
            + "@Table(schema = \"library\")\n"
            + "public class Book { @Id @GeneratedValue Long id; String title; }\n"
            + "@Entity class Loan { @Id @GeneratedValue Long id; @ManyToOne Book book; }\n");

    Compilation compilation = compile(R1).allDialects().entities(entities);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[ACC112] @Table(schema = \"library\") on Book: Accordion's"
            + " migrations create tables in the schema of their connection")
        .inFile(entities)
        .onLine(4);
    assertThat(compilation)
        .hadWarningContaining("[ACC114] Field 'book' of Loan is @ManyToOne to Book, whose table"
            + " is in schema \"library\", which Accordion leaves out,")
        .inFile(entities)
        .onLine(6);
    String baseline = java.nio.file.Files.readString(
        migrations.resolve("postgresql/V20260101120000_1__baseline.sql"));
    assertThat(baseline).contains("CREATE TABLE \"loan\" (\n  \"id\" bigint NOT NULL,\n"
        + "  PRIMARY KEY (\"id\")\n);");
    assertThat(baseline).doesNotContain("CREATE TABLE \"book\"");
  }

  /**
   * An entity mapped through its getters (property access) is a warning at the key's getter,
   * its table left out; the build goes on, and a field pointing at it is left out too.
   */
  @Test
  void anEntityMappedThroughItsGettersIsAWarningAndLeftOut() throws java.io.IOException {
    JavaFileObject entities = JavaFileObjects.forSourceString("dev.accordion.shop.Customer",
        "package dev.accordion.shop;\n"
            + "import jakarta.persistence.*;\n"
            + "@Entity public class Customer {\n"
            + "  private Long id;\n"
            + "  @Id @GeneratedValue public Long getId() { return id; }\n"
            + "  public void setId(Long id) { this.id = id; }\n"
            + "}\n"
            + "@Entity class Purchase { @Id @GeneratedValue Long id; @ManyToOne Customer buyer; }\n");

    Compilation compilation = compile(R1).allDialects().entities(entities);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[ACC120] Entity Customer maps its state through its getters"
            + " (@Id on getId()), which Accordion does not read yet")
        .inFile(entities)
        .onLine(5);
    assertThat(compilation)
        .hadWarningContaining("[ACC114] Field 'buyer' of Purchase is @ManyToOne to Customer,"
            + " whose key is not one column,")
        .inFile(entities)
        .onLine(8);
    String baseline = java.nio.file.Files.readString(
        migrations.resolve("postgresql/V20260101120000_1__baseline.sql"));
    assertThat(baseline).contains("CREATE TABLE \"purchase\"");
    assertThat(baseline).doesNotContain("customer");
  }

  /** Release r2 relaxes Post.published (boolean, NOT NULL): SQLite rebuilds the table. */
  @Test
  void aSqliteTableRebuildIsNotedAtTheEntity() {
    assertThat(compile(R1).release("r1")).succeeded();

    Compilation compilation = compile(R2).release("r2");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining("[ACC509] On SQLite, migration expand_Post_status rebuilds table Post")
        .inFile(source("releases/r2/Post.java"))
        .onLine(lineOf("releases/r2/Post.java", "public class Post"));
  }

  @Test
  void directTableRenameWarnsAtTheAnnotation() {
    assertThat(compile(R1).release("r1")).succeeded();
    String resource = "bad/DirectTableRename.java";
    JavaFileObject file = source(resource);

    Compilation compilation = compile(NEXT).entities(List.of(file, source(R1_POST)));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[ACC205]")
        .inFile(file)
        .onLine(markedLine(resource, "ACC205"));
    assertThat(compilation).hadWarningCount(1);
    assertThat(Resources.read(
            migrations.resolve("sqlite/V20260301120000_1__rename_Profile_to_Biography.sql")))
        .contains("ALTER TABLE \"Profile\" RENAME TO \"Biography\";\n");
  }

  @Test
  void removedEntityIsReportedAsADroppedTable() {
    assertThat(compile(R1).release("r1")).succeeded();
    Map<String, byte[]> before = files(migrations);

    // Profile.java was deleted: its table would be dropped with its data.
    Compilation compilation = compile(NEXT).entities(List.of(source(R1_POST)));

    assertThat(compilation).failed();
    // The class is gone, so the error points at the first entity of the compile and names the
    // snapshot that still has the table.
    assertThat(compilation)
        .hadErrorContaining("[ACC502]")
        .inFile(source(R1_POST))
        .onLine(lineOf(R1_POST, "public class Post"));
    assertThat(compilation).hadErrorContaining(migrations.resolve("schema.json").toString());
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation, before);
  }

  // ---- setup errors: reported on the first entity (by qualified name), nothing written

  @Test
  void missingMigrationsOption() {
    Compilation compilation =
        Compile.withoutMigrations().at(R1).through(recording()).release("r1");

    assertSetupError(compilation, "ACC001");
    assertNothingWritten(compilation, Map.of());
  }

  @Test
  void unknownDialect() {
    Compilation compilation = compile(R1).dialects("sqlite,oracle").release("r1");

    assertSetupError(compilation, "ACC002");
    assertNothingWritten(compilation, Map.of());
  }

  @Test
  void unknownNaming() {
    Compilation compilation = compile(R1).naming("snake").release("r1");

    assertSetupError(compilation, "ACC006");
    assertNothingWritten(compilation, Map.of());
  }

  @Test
  void unknownValidationMode() {
    Compilation compilation = compile(R1).beanValidation("yes").release("r1");

    assertSetupError(compilation, "ACC007");
    assertNothingWritten(compilation, Map.of());
  }

  @Test
  void badTimestamp() {
    Compilation compilation = compile("2026-01-01T12:00").release("r1");

    assertSetupError(compilation, "ACC003");
    assertNothingWritten(compilation, Map.of());
  }

  @Test
  void unreadableSnapshot() throws IOException {
    Files.writeString(migrations.resolve("schema.json"), "{ \"format\" : 1, \"tables\" : [", StandardCharsets.UTF_8);
    Map<String, byte[]> before = files(migrations);

    Compilation compilation = compile(R1).release("r1");

    assertSetupError(compilation, "ACC004");
    assertNothingWritten(compilation, before);
  }

  @Test
  void migrationsDirectoryThatCannotBeWritten() throws IOException {
    Path notADirectory = Files.writeString(migrations.resolve("plain-file"), "x");

    Compilation compilation =
        Compile.into(notADirectory).at(R1).through(recording()).release("r1");

    assertSetupError(compilation, "ACC005");
    assertThat(Resources.read(notADirectory)).isEqualTo("x");
  }

  private void assertSetupError(Compilation compilation, String code) {
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[" + code + "]")
        .inFile(release("r1").get(0))
        .onLine(lineOf("releases/r1/Post.java", "public class Post"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(last.created()).isEmpty();
  }

  private void assertNothingWritten(Compilation compilation, Map<String, byte[]> before) {
    assertUnchanged(migrations, before);
    assertWithMessage("files created through the Filer").that(last.created()).isEmpty();
  }

  private static List<String> markedCodes(String resource) {
    List<String> codes = new ArrayList<>();
    for (String line : text(resource).lines().toList()) {
      if (line.startsWith("//")) {
        continue; // the header says what is wrong; markers follow code
      }
      Matcher m = MARKER.matcher(line);
      while (m.find()) {
        codes.add(m.group(1));
      }
    }
    return codes;
  }

  /** The line whose code (not the header comment) ends with the marker of {@code code}. */
  private static int markedLine(String resource, String code) {
    List<String> lines = text(resource).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("//") && lines.get(i).contains("// " + code)) {
        return i + 1;
      }
    }
    throw new AssertionError(resource + " marks no line with " + code);
  }
}
