package dev.accordion.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.processor.HibernateProcessor;

/**
 * The processor beside the one every Hibernate application may already run: 500 entities as a
 * Spring application writes them (a {@code @MappedSuperclass} with the generated key and
 * {@code @Version}, private fields behind getters and setters, a {@code @ManyToOne} to the
 * previous entity and its {@code @OneToMany(mappedBy)} back, a {@code @ManyToMany} join table, an
 * {@code @ElementCollection}, an embedded value, an enum, a date), compiled by javac
 * in this JVM without a processor, with Accordion (a first compile, Spring's naming, writing every
 * baseline for three dialects) and with Hibernate's own {@code hibernate-processor} (the JPA
 * static metamodel); the median of each, and what each processor adds to the plain compile.
 */
final class ApplicationShapeBenchmark {

  static final int ENTITIES = 500;
  private static final String TIMESTAMP = "20260101120000";

  private final Mode mode;
  private final Path scratch;

  ApplicationShapeBenchmark(Mode mode, Path scratch) {
    this.mode = mode;
    this.scratch = scratch;
  }

  Figure run() throws Exception {
    Map<String, String> sources = sources();
    List<Long> without = new ArrayList<>();
    List<Long> accordion = new ArrayList<>();
    List<Long> metamodel = new ArrayList<>();
    int warmup = 4;
    for (int i = 0; i < warmup + mode.processorRuns(); i++) {
      int run = i;
      long plain =
          Timed.nanos(() -> Javac.compile(sources, classes(run, "plain"), null, List.of()));
      long withAccordion = Timed.nanos(() -> Javac.compile(sources, classes(run, "accordion"),
          new dev.accordion.processor.AccordionProcessor(), List.of(
              "-Aaccordion.migrations=" + scratch.resolve("shape-migrations-" + run),
              "-Aaccordion.timestamp=" + TIMESTAMP,
              "-Aaccordion.dialects=sqlite,postgresql,mysql",
              "-Aaccordion.naming=spring")));
      long withMetamodel = Timed.nanos(() -> Javac.compile(sources, classes(run, "metamodel"),
          new HibernateProcessor(), List.of()));
      if (i >= warmup) {
        without.add(plain);
        accordion.add(withAccordion);
        metamodel.add(withMetamodel);
      }
    }
    double none = Stats.median(without);
    double accordionAdds = Stats.median(accordion) - none;
    double metamodelAdds = Stats.median(metamodel) - none;
    return new Figure(
        "Compile " + ENTITIES + " entities of an application's shape: what a processor adds",
        "Accordion adds " + Stats.ms(accordionAdds) + " (" + Stats.ms(Stats.median(accordion))
            + " in all), hibernate-processor adds " + Stats.ms(metamodelAdds) + " ("
            + Stats.ms(Stats.median(metamodel)) + "), to " + Stats.ms(none)
            + " without a processor: **" + Stats.ratio(accordionAdds / metamodelAdds) + "**",
        "at most hibernate-processor's (1.00x)", accordionAdds <= metamodelAdds);
  }

  private static Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("bench.shop.BaseEntity", """
        package bench.shop;

        import jakarta.persistence.*;

        @MappedSuperclass
        public abstract class BaseEntity {
          @Id @GeneratedValue private Long id;
          @Version private long version;

          public Long getId() { return id; }
          public long getVersion() { return version; }
        }
        """);
    sources.put("bench.shop.Status", """
        package bench.shop;

        public enum Status { DRAFT, ACTIVE, RETIRED }
        """);
    sources.put("bench.shop.Address", """
        package bench.shop;

        import jakarta.persistence.*;

        @Embeddable
        public class Address {
          private String street;
          @Column(length = 80) private String city;
          private String postalCode;
        }
        """);
    for (int i = 0; i < ENTITIES; i++) {
      String parent = i == 0 ? "" : """
            @ManyToOne(fetch = FetchType.LAZY) private Entity%1$d parent;
            @ManyToMany private java.util.Set<Entity%1$d> related;
            public Entity%1$d getParent() { return parent; }
            public void setParent(Entity%1$d parent) { this.parent = parent; }
          """.formatted(i - 1);
      String children = i == ENTITIES - 1 ? "" : """
            @OneToMany(mappedBy = "parent") private java.util.List<Entity%1$d> children;
            public java.util.List<Entity%1$d> getChildren() { return children; }
          """.formatted(i + 1);
      sources.put("bench.shop.Entity" + i, """
          package bench.shop;

          import jakarta.persistence.*;

          @Entity
          @Table(indexes = @Index(columnList = "displayName"))
          public class Entity%1$d extends BaseEntity {
            @Column(nullable = false, length = 120) private String displayName;
            private String description;
            private Integer quantity;
            @Enumerated(EnumType.STRING) private Status status;
            private java.time.LocalDate since;
            @Embedded private Address address;
            @ElementCollection private java.util.Set<String> tags;
          %2$s%3$s
            public String getDisplayName() { return displayName; }
            public void setDisplayName(String displayName) { this.displayName = displayName; }
            public String getDescription() { return description; }
            public void setDescription(String description) { this.description = description; }
            public Integer getQuantity() { return quantity; }
            public void setQuantity(Integer quantity) { this.quantity = quantity; }
            public Status getStatus() { return status; }
            public void setStatus(Status status) { this.status = status; }
            public java.time.LocalDate getSince() { return since; }
            public void setSince(java.time.LocalDate since) { this.since = since; }
          }
          """.formatted(i, parent, children));
    }
    return sources;
  }

  private Path classes(int run, String kind) {
    return scratch.resolve("shape-classes-" + run + "-" + kind);
  }
}
