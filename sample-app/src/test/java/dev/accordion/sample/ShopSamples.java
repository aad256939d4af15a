package dev.accordion.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * The values the shop's seed and writers draw: text in several scripts, with quotes, blanks and
 * emoji, empty and NULL where a column allows them.
 */
final class ShopSamples {

  private static final List<String> NAMES = List.of(
      "Ada Lovelace", "Zoë Ångström", "Łukasz Żółć", "Дмитрий Шостакович", "山田 太郎",
      "O'Brien \"Bud\"", "Søren Kierkegaard", "أحمد", "Nguyễn Văn A");
  private static final List<String> COMMENTS = List.of(
      "leave at the door", "Bitte nicht klingeln", "配達は午前中に", "🎁 gift, no invoice",
      "call before 8 o'clock", "  spaces around  ", "100% cotton; \\ no iron", "");
  private static final List<String> CITIES = List.of(
      "Paris", "København", "東京", "São Paulo", "Zürich", "Reykjavík");
  private static final List<String> TAGS = List.of(
      "sale", "new", "éco", "🌱", "bio-organic", "größe-xl", "限定");

  private ShopSamples() {}

  static String name(Random random) {
    return NAMES.get(random.nextInt(NAMES.size())) + " " + random.nextInt(1000);
  }

  /** An order's comment: NULL one time in five. */
  static String comment(Random random) {
    return random.nextInt(5) == 0 ? null : COMMENTS.get(random.nextInt(COMMENTS.size()));
  }

  /** NULL one time in four, as a street, a city or a postal code may be. */
  static String city(Random random) {
    return random.nextInt(4) == 0 ? null : CITIES.get(random.nextInt(CITIES.size()));
  }

  static String street(Random random) {
    return random.nextInt(4) == 0 ? null : random.nextInt(200) + " Rue de l'Été";
  }

  static String postalCode(Random random) {
    return random.nextInt(4) == 0 ? null : String.format("%05d", random.nextInt(100_000));
  }

  static String tag(Random random) {
    return TAGS.get(random.nextInt(TAGS.size()));
  }

  /** A price with two decimals; NULL one time in six. */
  static BigDecimal price(Random random) {
    return random.nextInt(6) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000), 2);
  }

  /** One of {@code values}, or null one time in {@code nullOneIn}. */
  static <T> T pick(List<T> values, Random random, int nullOneIn) {
    return random.nextInt(nullOneIn) == 0 ? null : values.get(random.nextInt(values.size()));
  }

  static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
