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
          PhysicalNaming.SNAKE_CASE.apply(name), name);
      assertEquals(hibernate(new CamelCaseToUnderscoresNamingStrategy(), name),
          PhysicalNaming.SPRING.apply(name), name);
    }
  }

  @Test
  void jpaKeepsNamesAsDeclared() {
    for (String name : names()) {
      assertEquals(hibernate(new PhysicalNamingStrategyStandardImpl(), name),
          PhysicalNaming.AS_DECLARED.apply(name), name);
    }
  }

  @Test
  void quotedNamesAreKept() {
    assertEquals("`viewCount`", PhysicalNaming.SNAKE_CASE.apply("`viewCount`"));
    assertEquals("\"viewCount\"", PhysicalNaming.SPRING.apply("\"viewCount\""));
    assertEquals("viewCount", hibernate(new PhysicalNamingStrategySnakeCaseImpl(), "`viewCount`"));
  }

  @Test
  void optionWordsNameEachStrategy() {
    for (PhysicalNaming naming : PhysicalNaming.values()) {
      assertEquals(naming, PhysicalNaming.fromOption(naming.option()).orElseThrow());
    }
    assertEquals(List.of(), PhysicalNaming.fromOption("snake").stream().toList());
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
