package dev.accordion.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.junit.jupiter.api.Test;

/** Each naming option spells every name as the Hibernate strategy it stands for does. */
class PhysicalNamingTest {

  private static final List<String> NAMES = List.of(
      "id", "viewCount", "ViewCount", "URL", "URLPath", "urlPath", "pathURL", "a", "aB", "aBc",
      "address2Line", "line2", "version2B", "x2Y", "iPhone", "HTMLParser", "already_snake",
      "Mixed_Case_Name", "with.dot", "tripleABCword", "größeImGeschäft", "ÄrgerÜber", "名前Name",
      "eTag", "ABcDeF", "_leading", "trailing_", "a1b2C3d4");

  /**
   * Names Hibernate would quote by itself (one not a legal identifier, such as {@code with.dot})
   * are left out: Hibernate keeps those as written, and Accordion refuses a name that needs
   * quoting.
   */
  @Test
  void snakeCaseAndSpringAreHibernatesSnakeCase() {
    for (String name : names()) {
      if (Identifier.toIdentifier(name).isQuoted()) {
        continue;
      }
      assertEquals(hibernate(new PhysicalNamingStrategySnakeCaseImpl(), name),
          PhysicalNaming.SNAKE_CASE.column(name), name);
      assertEquals(hibernate(new CamelCaseToUnderscoresNamingStrategy(), name),
          PhysicalNaming.SPRING.column(name), name);
    }
  }

  @Test
  void jpaKeepsNamesAsDeclared() {
    for (String name : names()) {
      assertEquals(hibernate(new PhysicalNamingStrategyStandardImpl(), name),
          PhysicalNaming.AS_DECLARED.column(name), name);
    }
  }

  @Test
  void quotedNamesAreKept() {
    assertEquals("`viewCount`", PhysicalNaming.SNAKE_CASE.column("`viewCount`"));
    assertEquals("\"viewCount\"", PhysicalNaming.SPRING.table("\"viewCount\""));
    assertEquals("viewCount", hibernate(new PhysicalNamingStrategySnakeCaseImpl(), "`viewCount`"));
  }

  @Test
  void optionWordsNameEachStrategy() {
    for (PhysicalNaming naming : PhysicalNaming.builtIn()) {
      assertEquals(naming, PhysicalNaming.fromOption(naming.option()).orElseThrow());
    }
    assertEquals(List.of(), PhysicalNaming.fromOption("snake").stream().toList());
  }

  /**
   * An application's own strategy on the processor path spells each kind of name with its own
   * method: here tables get a prefix, columns and sequences Spring's snake case.
   */
  @Test
  void anApplicationsStrategyIsAskedForEachKindOfName() {
    PhysicalNaming.Loaded loaded = PhysicalNaming.load(TablePrefixNamingStrategy.class.getName(),
        getClass().getClassLoader());

    PhysicalNaming naming = loaded.naming().orElseThrow(() -> new AssertionError(loaded.problem()));
    for (String name : names()) {
      if (Identifier.toIdentifier(name).isQuoted()) {
        continue;
      }
      PhysicalNamingStrategy strategy = new TablePrefixNamingStrategy();
      assertEquals(strategy.toPhysicalTableName(Identifier.toIdentifier(name), null).getText(),
          naming.table(name), name);
      assertEquals(hibernate(strategy, name), naming.column(name), name);
      assertEquals(strategy.toPhysicalSequenceName(Identifier.toIdentifier(name), null).getText(),
          naming.sequence(name), name);
    }
    assertEquals("app_view_count", naming.table("viewCount"));
    assertEquals("Author_Tag", naming.implicitJoinTable("Author", "Tag", "tags"));
    assertEquals("Author_tags", PhysicalNaming.load("spring:" + TablePrefixNamingStrategy.class
        .getName(), getClass().getClassLoader()).naming().orElseThrow()
        .implicitJoinTable("Author", "Tag", "tags"));
    assertEquals("Author_Tag", PhysicalNaming.AS_DECLARED.implicitJoinTable("Author", "Tag",
        "tags"));
  }

  @Test
  void aStrategyThatCannotBeLoadedSaysWhy() {
    ClassLoader loader = getClass().getClassLoader();

    assertEquals("com.example.Missing is not on the processor path",
        PhysicalNaming.load("com.example.Missing", loader).problem());
    assertEquals("java.lang.String does not implement"
            + " org.hibernate.boot.model.naming.PhysicalNamingStrategy",
        PhysicalNaming.load("java.lang.String", loader).problem());
  }

  /** The fixed names and a thousand random ones over letters of both cases, digits and dots. */
  private static List<String> names() {
    List<String> names = new ArrayList<>(NAMES);
    Random random = new Random(15);
    String alphabet = "aBcDxYz019._É";
    for (int i = 0; i < 1000; i++) {
      StringBuilder name = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      names.add(name.toString());
    }
    return names;
  }

  private static String hibernate(PhysicalNamingStrategy strategy, String name) {
    return strategy.toPhysicalColumnName(Identifier.toIdentifier(name), null).getText();
  }
}
