package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @ManyToOne} to an entity whose key is several columns: a join column per key column
 * and one foreign key over them, in the order of the target's key, on each database; only with
 * the table that holds it (ACC333 otherwise), and no transition on it. That the schema is
 * Hibernate's on the databases is the conformance model composite_join's.
 */
class CompositeJoinTest {

  @TempDir Path migrations;

  private static final JavaFileObject SHIPMENT = JavaFileObjects.forSourceLines("lib.Shipment",
      "package lib;",
      "import jakarta.persistence.*;",
      "@Entity public class Shipment {",
      "  @EmbeddedId private ShipmentId id;",
      "  private String carrier;",
      "}");

  private static final JavaFileObject SHIPMENT_ID = JavaFileObjects.forSourceLines(
      "lib.ShipmentId",
      "package lib;",
      "import jakarta.persistence.*;",
      "@Embeddable public class ShipmentId implements java.io.Serializable {",
      "  @Column(length = 8) private String region;",
      "  private Long shipmentNumber;",
      "}");

  private static JavaFileObject parcel(String... fields) {
    return JavaFileObjects.forSourceLines("lib.Parcel", Stream.concat(Stream.of(
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "@Entity public class Parcel {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;"),
        Stream.concat(Stream.of(fields), Stream.of("}"))).toList());
  }

  private static final String SHIPMENT_JOIN = "  @ManyToOne private Shipment shipment;";

  private Compilation compile(String timestamp, JavaFileObject parcel) {
    return Compile.into(migrations).at(timestamp).allDialects()
        .entities(List.of(SHIPMENT, SHIPMENT_ID, parcel));
  }

  private String sql(String file) throws IOException {
    return Files.readString(migrations.resolve(file));
  }

  @Test
  void oneForeignKeyOverTheJoinColumnsInTheOrderOfTheTargetKey() throws IOException {
    Compilation compilation = compile("20260101120000", parcel(SHIPMENT_JOIN));

    assertThat(compilation).succeededWithoutWarnings();
    // Shipment's key as Hibernate orders it: region (varchar(8)) and shipmentNumber (bigint)
    // take 8 bytes each, so by name.
    assertThat(sql("postgresql/V20260101120000_1__baseline.sql")).contains(
        "ALTER TABLE \"parcel\" ADD CONSTRAINT \"parcel_shipment_region_fkey\" FOREIGN KEY"
            + " (\"shipment_region\", \"shipment_shipmentnumber\") REFERENCES \"shipment\""
            + " (\"region\", \"shipmentnumber\");");
    assertThat(sql("mysql/V20260101120000_1__baseline.sql")).contains(
        "FOREIGN KEY IF NOT EXISTS (`shipment_region`, `shipment_shipmentNumber`) REFERENCES"
            + " `Shipment` (`region`, `shipmentNumber`);");
    String sqlite = sql("sqlite/V20260101120000_1__baseline.sql");
    assertThat(sqlite).contains("  \"shipment_region\" varchar(8),\n");
    assertThat(sqlite).contains("  FOREIGN KEY (\"shipment_region\", \"shipment_shipmentNumber\")"
        + " REFERENCES \"Shipment\" (\"region\", \"shipmentNumber\")\n");
    assertThat(sql("schema.json")).contains("\"partOf\" : \"shipment_region\"");

    assertThat(compile("20260102120000", parcel(SHIPMENT_JOIN))).succeededWithoutWarnings();
    try (Stream<Path> files = Files.list(migrations.resolve("postgresql"))) {
      assertThat(files.toList()).hasSize(1);
    }
  }

  /** A collection of an entity with a composite key, and one to such an entity. */
  @Test
  void collectionTablesTakeEveryKeyColumnWithOneForeignKey() throws IOException {
    JavaFileObject shipment = JavaFileObjects.forSourceLines("lib.Shipment",
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class Shipment {",
        "  @EmbeddedId private ShipmentId id;",
        "  @ElementCollection private java.util.Set<String> tags;",
        "}");
    Compilation compilation = Compile.into(migrations).at("20260101120000").allDialects()
        .entities(List.of(shipment, SHIPMENT_ID, parcel(
            "  @ManyToMany private java.util.Set<Shipment> shipments;")));

    assertThat(compilation).succeededWithoutWarnings();
    String sqlite = sql("sqlite/V20260101120000_1__baseline.sql");
    assertThat(sqlite).contains("CREATE TABLE \"Shipment_tags\" (\n"
        + "  \"Shipment_region\" varchar(8) NOT NULL,\n"
        + "  \"Shipment_shipmentNumber\" bigint NOT NULL,\n"
        + "  \"tags\" varchar(255),\n"
        + "  FOREIGN KEY (\"Shipment_region\", \"Shipment_shipmentNumber\") REFERENCES"
        + " \"Shipment\" (\"region\", \"shipmentNumber\")\n);");
    assertThat(sqlite).contains("  \"Parcel_id\" bigint NOT NULL REFERENCES \"Parcel\" (\"id\"),\n"
        + "  \"shipments_region\" varchar(8) NOT NULL,\n");
    assertThat(sqlite).contains("  FOREIGN KEY (\"shipments_region\", \"shipments_shipmentNumber\")"
        + " REFERENCES \"Shipment\" (\"region\", \"shipmentNumber\")\n);");
  }

  @Test
  void joinColumnsNameTheirKeyColumnsInAnyOrder() throws IOException {
    Compilation compilation = compile("20260101120000", parcel(
        "  @ManyToOne(optional = false) @JoinColumns({",
        "    @JoinColumn(name = \"ship_no\", referencedColumnName = \"shipmentNumber\"),",
        "    @JoinColumn(name = \"ship_region\", referencedColumnName = \"region\")})",
        "  private Shipment shipment;"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(sql("postgresql/V20260101120000_1__baseline.sql")).contains(
        "FOREIGN KEY (\"ship_region\", \"ship_no\") REFERENCES \"shipment\""
            + " (\"region\", \"shipmentnumber\");");
    assertThat(sql("postgresql/V20260101120000_1__baseline.sql"))
        .contains("\"ship_region\" varchar(8) NOT NULL");
  }

  @Test
  void joinColumnsThatLeaveAKeyColumnOutAreAWarningAndLeftOut() throws IOException {
    Compilation compilation = compile("20260101120000", parcel(
        "  @ManyToOne @JoinColumns({",
        "    @JoinColumn(name = \"ship_region\", referencedColumnName = \"region\")})",
        "  private Shipment shipment;"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[ACC114] Field 'shipment' of Parcel is join"
        + " columns to Shipment that do not name each column of its key [region, shipmentNumber]"
        + " once with referencedColumnName");
    assertThat(sql("postgresql/V20260101120000_1__baseline.sql")).doesNotContain("ship_region");
  }

  @Test
  void addingTheJoinToATableThatExistsIsRefused() throws IOException {
    assertThat(compile("20260101120000", parcel())).succeeded();
    String snapshot = sql("schema.json");

    Compilation added = compile("20260102120000", parcel(SHIPMENT_JOIN));

    assertThat(added).hadErrorContaining("[ACC333] Field 'shipment' would add columns"
        + " [shipment_region, shipment_shipmentNumber] to table Parcel, which exists, with one"
        + " foreign key over them to Shipment.");
    assertThat(added).hadErrorCount(1);
    assertThat(sql("schema.json")).isEqualTo(snapshot);
    assertThat(Files.exists(migrations.resolve(
        "sqlite/V20260102120000_1__add_Parcel_shipment_region.sql"))).isFalse();
  }

  @Test
  void aTransitionOnTheJoinIsRefused() {
    Compilation expand = compile("20260101120000", parcel(
        "  @Expand @RenamedFrom(\"owner\") @ManyToOne private Shipment shipment;"));

    assertThat(expand).hadErrorContaining("[ACC101] Field 'shipment' is a join on several"
        + " columns (to Shipment): Accordion does not generate @Expand for such a field yet.");
    assertThat(expand).hadErrorCount(1);
  }

  @Test
  void aLinkFillingAJoinTableToTheCompositeKeyIsRefused() {
    assertThat(compile("20260101120000", parcel(SHIPMENT_JOIN))).succeeded();

    Compilation link = compile("20260102120000", parcel(SHIPMENT_JOIN,
        "  @Expand(from = \"shipment\") @ManyToMany private java.util.Set<Shipment> shipments;"));

    assertThat(link).hadErrorContaining("[ACC101] Field 'shipments' is a join table of"
        + " Shipment, whose key is several columns");
    assertThat(link).hadErrorCount(1);
  }

  @Test
  void aOneToOnesJoinColumnsAreUniqueTogether() throws IOException {
    Compilation compilation = compile("20260101120000",
        parcel("  @OneToOne private Shipment manifest;"));

    assertThat(compilation).succeededWithoutWarnings();
    String postgres = sql("postgresql/V20260101120000_1__baseline.sql");
    assertThat(postgres).contains("CREATE UNIQUE INDEX"
        + " \"parcel_manifest_region_manifest_shipmentnumber_key\" ON \"parcel\""
        + " (\"manifest_region\", \"manifest_shipmentnumber\");");
    assertThat(postgres).contains("FOREIGN KEY (\"manifest_region\", \"manifest_shipmentnumber\")"
        + " REFERENCES \"shipment\" (\"region\", \"shipmentnumber\");");
  }
}
