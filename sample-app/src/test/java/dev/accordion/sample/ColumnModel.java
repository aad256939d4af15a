package dev.accordion.sample;

import dev.accordion.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * A column transition of the committed reshapings as the property test sees it: its columns, the
 * values each release writes (release 1's hostile ones included), and a model in Java of what
 * each database's SQL makes of them, up and down, written from the SQL the reshaping declares.
 * Values are text: numbers in decimal, booleans as {@code true}/{@code false}, a UUID column's
 * value in its canonical form on the servers and as {@code hex:<bytes>} on SQLite, where it is a
 * blob; NULL is {@code null}.
 */
interface ColumnModel {

  /** A column's type, for binding and reading values as text. */
  enum Type { TEXT, BOOLEAN, INT, LONG, UUID }

  /** The transition id, as its migrations' headers name it. */
  String transition();

  String table();

  List<String> oldColumns();

  List<Type> oldTypes();

  List<String> newColumns();

  List<Type> newTypes();

  /** What release 1 writes to the old side: ordinary values, and values no transform takes whole. */
  List<String> oldValue(Random random);

  /** What release 2 writes to the new side, in the database's representation. */
  List<String> newValue(TestDatabase database, Random random);

  /** What release 2's generated accessor writes to the old side beside {@code news}. */
  List<String> accessorOld(List<String> news);

  /** The database's conversion of old values to new ones; NULL where it cannot convert. */
  List<String> up(TestDatabase database, List<String> olds);

  /** The database's conversion of new values back to old ones. */
  List<String> down(TestDatabase database, List<String> news);

  /**
   * Whether the old values would survive the contract: the new side gives them back, or both
   * sides are empty.
   */
  default boolean survives(TestDatabase database, List<String> olds, List<String> news) {
    if (news.stream().allMatch(Objects::isNull)) {
      return olds.stream().allMatch(Objects::isNull);
    }
    return down(database, news).equals(olds);
  }

  // ---- values as text

  static void bind(PreparedStatement statement, int index, Type type, String value,
      TestDatabase database) throws SQLException {
    if (value == null) {
      statement.setNull(index, switch (type) {
        case TEXT -> Types.VARCHAR;
        case BOOLEAN -> Types.BOOLEAN;
        case INT -> Types.INTEGER;
        case LONG -> Types.BIGINT;
        case UUID -> database == TestDatabase.SQLITE ? Types.BLOB
            : database == TestDatabase.POSTGRESQL ? Types.OTHER : Types.VARCHAR;
      });
      return;
    }
    switch (type) {
      case TEXT -> statement.setString(index, value);
      case BOOLEAN -> statement.setBoolean(index, Boolean.parseBoolean(value));
      case INT -> statement.setInt(index, Integer.parseInt(value));
      case LONG -> statement.setLong(index, Long.parseLong(value));
      case UUID -> {
        switch (database) {
          case SQLITE -> statement.setBytes(index, HexFormat.of().parseHex(value.substring(4)));
          case POSTGRESQL -> statement.setObject(index, java.util.UUID.fromString(value));
          case MARIADB -> statement.setString(index, value);
        }
      }
    }
  }

  static String read(ResultSet row, int index, Type type, TestDatabase database)
      throws SQLException {
    Object value = row.getObject(index);
    if (value == null) {
      return null;
    }
    return switch (type) {
      case TEXT -> row.getString(index);
      case BOOLEAN -> value instanceof Boolean b ? b.toString()
          : Boolean.toString(((Number) value).longValue() != 0);
      case INT, LONG -> Long.toString(row.getLong(index));
      case UUID -> database == TestDatabase.SQLITE
          ? "hex:" + HexFormat.of().formatHex(row.getBytes(index))
          : value.toString().toLowerCase(Locale.ROOT);
    };
  }

  // ---- the models

  /** Texts release 1 writes: ordinary ones, empty, blank, quoted, unicode, the longest. */
  List<String> TEXTS = Arrays.asList(null, "", " ", "x", "Ada", "Zoë", "東京", "O'Brien",
      "tab\there", "line\nbreak", "trailing ", "Ünal-Şahin", "a".repeat(255));

  static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Profile.bio copied into Profile.biography: every text comes back. */
  record Copy(String transition, String table, String oldColumn, String newColumn)
      implements ColumnModel {
    @Override public List<String> oldColumns() { return List.of(oldColumn); }
    @Override public List<Type> oldTypes() { return List.of(Type.TEXT); }
    @Override public List<String> newColumns() { return List.of(newColumn); }
    @Override public List<Type> newTypes() { return List.of(Type.TEXT); }
    @Override public List<String> oldValue(Random random) { return one(pick(random, TEXTS)); }
    @Override public List<String> newValue(TestDatabase database, Random random) {
      return one(pick(random, TEXTS));
    }
    @Override public List<String> accessorOld(List<String> news) { return news; }
    @Override public List<String> up(TestDatabase database, List<String> olds) { return olds; }
    @Override public List<String> down(TestDatabase database, List<String> news) { return news; }
  }

  /** Reading.views (int) copied into Reading.viewCount (long): a widening copy. */
  record Widen(String transition, String table, String oldColumn, String newColumn)
      implements ColumnModel {
    private static final List<String> INTS = Arrays.asList(null, "0", "-1", "1",
        String.valueOf(Integer.MIN_VALUE), String.valueOf(Integer.MAX_VALUE), "1000000");

    @Override public List<String> oldColumns() { return List.of(oldColumn); }
    @Override public List<Type> oldTypes() { return List.of(Type.INT); }
    @Override public List<String> newColumns() { return List.of(newColumn); }
    @Override public List<Type> newTypes() { return List.of(Type.LONG); }
    @Override public List<String> oldValue(Random random) {
      return one(random.nextInt(3) == 0 ? String.valueOf(random.nextInt()) : pick(random, INTS));
    }
    /** The accessor refuses a count the old int column cannot hold. */
    @Override public List<String> newValue(TestDatabase database, Random random) {
      return one(String.valueOf((long) random.nextInt()));
    }
    @Override public List<String> accessorOld(List<String> news) { return news; }
    @Override public List<String> up(TestDatabase database, List<String> olds) { return olds; }
    @Override public List<String> down(TestDatabase database, List<String> news) { return news; }
  }

  /**
   * Post.published mapped to Post.status: true to Published, false to Unknown, and every
   * status back. Release 1's boolean field never writes NULL.
   */
  record ValueMap(String transition, String table, String oldColumn, String newColumn)
      implements ColumnModel {
    private static final List<String> STATUSES =
        List.of("Unknown", "Draft", "InProgress", "InReview", "Published");

    @Override public List<String> oldColumns() { return List.of(oldColumn); }
    @Override public List<Type> oldTypes() { return List.of(Type.BOOLEAN); }
    @Override public List<String> newColumns() { return List.of(newColumn); }
    @Override public List<Type> newTypes() { return List.of(Type.TEXT); }
    @Override public List<String> oldValue(Random random) {
      return one(Boolean.toString(random.nextBoolean()));
    }
    @Override public List<String> newValue(TestDatabase database, Random random) {
      return one(pick(random, STATUSES));
    }
    @Override public List<String> accessorOld(List<String> news) { return down(null, news); }
    @Override public List<String> up(TestDatabase database, List<String> olds) {
      String old = olds.get(0);
      return one(old == null ? null : old.equals("true") ? "Published" : "Unknown");
    }
    @Override public List<String> down(TestDatabase database, List<String> news) {
      String status = news.get(0);
      return one(status == null || !STATUSES.contains(status) ? null
          : Boolean.toString(status.equals("Published")));
    }
  }

  /**
   * Reading.ref (a UUID as text) converted into Reading.reference (a UUID): the servers' casts
   * take upper case and no hyphens, PostgreSQL braces too, and MariaDB refuses a version of 8 or
   * more beside a variant below 8; SQLite unhexes whatever is hex once the hyphens are gone. Only
   * the canonical form comes back whole.
   */
  record TextToUuid(String transition, String table, String oldColumn, String newColumn)
      implements ColumnModel {
    private static final String SAMPLE = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Override public List<String> oldColumns() { return List.of(oldColumn); }
    @Override public List<Type> oldTypes() { return List.of(Type.TEXT); }
    @Override public List<String> newColumns() { return List.of(newColumn); }
    @Override public List<Type> newTypes() { return List.of(Type.UUID); }

    @Override public List<String> oldValue(Random random) {
      String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
      return one(switch (random.nextInt(9)) {
        case 0 -> null;
        case 1 -> "";
        case 2 -> uuid.toUpperCase(Locale.ROOT);
        case 3 -> "{" + uuid + "}";
        case 4 -> uuid.replace("-", "");
        case 5 -> "not-a-uuid";
        case 6 -> "東京";
        case 7 -> SAMPLE.substring(0, 35);
        default -> uuid;
      });
    }

    /** A random (version 4) UUID, which every database stores. */
    @Override public List<String> newValue(TestDatabase database, Random random) {
      UUID uuid = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
          (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
      return one(database == TestDatabase.SQLITE
          ? "hex:" + uuid.toString().replace("-", "") : uuid.toString());
    }

    @Override public List<String> accessorOld(List<String> news) {
      String value = news.get(0);
      if (value == null) {
        return one(null);
      }
      return one(value.startsWith("hex:") ? hyphenated(value.substring(4)) : value);
    }

    @Override public List<String> up(TestDatabase database, List<String> olds) {
      String ref = olds.get(0);
      if (ref == null) {
        return one(null);
      }
      return one(switch (database) {
        case SQLITE -> {
          String hex = ref.replace("-", "");
          yield hex.length() % 2 == 0 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)
              ? "hex:" + hex.toLowerCase(Locale.ROOT) : null;
        }
        case POSTGRESQL -> {
          String plain = ref.startsWith("{") && ref.endsWith("}")
              ? ref.substring(1, ref.length() - 1) : ref;
          yield canonical(plain);
        }
        case MARIADB -> {
          String uuid = canonical(ref);
          yield uuid != null && Character.digit(uuid.charAt(14), 16) >= 8
              && Character.digit(uuid.charAt(19), 16) < 8 ? null : uuid;
        }
      });
    }

    /** Hex digits with hyphens between groups of four, as both servers' casts read them. */
    private static String canonical(String text) {
      String hex = text.replace("-", "");
      if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)
          || text.startsWith("-") || text.endsWith("-") || text.contains("--")) {
        return null;
      }
      return hyphenated(hex.toLowerCase(Locale.ROOT));
    }

    /** SQLite's SQL down: the blob's hex, lower case, cut at 8, 12, 16 and 20. */
    private static String hyphenated(String hex) {
      String h = hex.toLowerCase(Locale.ROOT);
      return substr(h, 1, 8) + "-" + substr(h, 9, 4) + "-" + substr(h, 13, 4) + "-"
          + substr(h, 17, 4) + "-" + (h.length() >= 21 ? h.substring(20) : "");
    }

    private static String substr(String text, int from, int length) {
      int start = Math.min(text.length(), from - 1);
      return text.substring(start, Math.min(text.length(), start + length));
    }

    @Override public List<String> down(TestDatabase database, List<String> news) {
      return accessorOld(news);
    }
  }

  /**
   * Person.firstName and lastName combined into Person.fullName with one space; back, each
   * database cuts as its SQL says: PostgreSQL the first two words, SQLite at the first space,
   * MariaDB the first and the last word. A missing part gives no full name, and the servers
   * cannot store one longer than 255 characters.
   */
  record Combine(String transition, String table) implements ColumnModel {
    private static final List<String> NAMES = Arrays.asList(null, "", "Ada", "Mary Ann",
        "Zoë", "Ünal", "東京", "O'Brien", " lead", "tail ", "a".repeat(200), "Jean-Luc");

    @Override public List<String> oldColumns() { return List.of("firstName", "lastName"); }
    @Override public List<Type> oldTypes() { return List.of(Type.TEXT, Type.TEXT); }
    @Override public List<String> newColumns() { return List.of("fullName"); }
    @Override public List<Type> newTypes() { return List.of(Type.TEXT); }
    @Override public List<String> oldValue(Random random) {
      return Arrays.asList(pick(random, NAMES), pick(random, NAMES));
    }
    @Override public List<String> newValue(TestDatabase database, Random random) {
      return one(pick(random, List.of("Ada", "Alan", "Grace", "Zoë")) + " "
          + pick(random, List.of("Lovelace", "Turing", "Hopper", "Ünal")));
    }
    /** JoinName: the first space cuts it. */
    @Override public List<String> accessorOld(List<String> news) {
      String full = news.get(0);
      if (full == null) {
        return Arrays.asList(null, null);
      }
      int space = full.indexOf(' ');
      return space < 0 ? Arrays.asList(full, "")
          : Arrays.asList(full.substring(0, space), full.substring(space + 1));
    }
    @Override public List<String> up(TestDatabase database, List<String> olds) {
      if (olds.get(0) == null || olds.get(1) == null) {
        return one(null);
      }
      String full = olds.get(0) + " " + olds.get(1);
      return one(database != TestDatabase.SQLITE && full.length() > 255 ? null : full);
    }
    @Override public List<String> down(TestDatabase database, List<String> news) {
      String full = news.get(0);
      if (full == null) {
        return Arrays.asList(null, null);
      }
      return switch (database) {
        case SQLITE -> Sql.sqliteCut(full, " ");
        case POSTGRESQL -> Arrays.asList(Sql.splitPart(full, " ", 1), Sql.splitPart(full, " ", 2));
        case MARIADB -> Arrays.asList(Sql.substringIndex(full, " ", 1),
            Sql.substringIndex(full, " ", -1));
      };
    }
  }

  /**
   * Person.location split into Person.city and countryCode at a slash: PostgreSQL keeps the
   * first two parts, SQLite cuts at the first slash, MariaDB keeps the first and the last part.
   * Back, both joined with one slash.
   */
  record Split(String transition, String table) implements ColumnModel {
    private static final List<String> PLACES = Arrays.asList(null, "", "/", "Paris/FR",
        "Rio/de/Janeiro", "NoSlash", "a/", "/b", "Köln/DE", "東京/JP", "x".repeat(250) + "/YZ");

    @Override public List<String> oldColumns() { return List.of("location"); }
    @Override public List<Type> oldTypes() { return List.of(Type.TEXT); }
    @Override public List<String> newColumns() { return List.of("city", "countryCode"); }
    @Override public List<Type> newTypes() { return List.of(Type.TEXT, Type.TEXT); }
    @Override public List<String> oldValue(Random random) { return one(pick(random, PLACES)); }
    @Override public List<String> newValue(TestDatabase database, Random random) {
      return Arrays.asList(pick(random, List.of("Paris", "Lima", "Köln", "Osaka")),
          pick(random, List.of("FR", "PE", "DE", "JP")));
    }
    @Override public List<String> accessorOld(List<String> news) { return down(null, news); }
    @Override public List<String> up(TestDatabase database, List<String> olds) {
      String place = olds.get(0);
      if (place == null) {
        return Arrays.asList(null, null);
      }
      return switch (database) {
        case SQLITE -> Sql.sqliteCut(place, "/");
        case POSTGRESQL -> Arrays.asList(Sql.splitPart(place, "/", 1), Sql.splitPart(place, "/", 2));
        case MARIADB -> Arrays.asList(Sql.substringIndex(place, "/", 1),
            Sql.substringIndex(place, "/", -1));
      };
    }
    @Override public List<String> down(TestDatabase database, List<String> news) {
      return one(news.get(0) == null || news.get(1) == null ? null
          : news.get(0) + "/" + news.get(1));
    }
  }

  /** The string functions the reshapings' SQL uses, as each database defines them. */
  final class Sql {
    private Sql() {}

    /** PostgreSQL's {@code split_part}: the n-th field, or empty past the last. */
    static String splitPart(String text, String delimiter, int n) {
      String[] fields = text.split(java.util.regex.Pattern.quote(delimiter), -1);
      return n <= fields.length ? fields[n - 1] : "";
    }

    /** MariaDB's {@code SUBSTRING_INDEX} for a count of 1 or -1. */
    static String substringIndex(String text, String delimiter, int count) {
      if (count > 0) {
        int at = text.indexOf(delimiter);
        return at < 0 ? text : text.substring(0, at);
      }
      int at = text.lastIndexOf(delimiter);
      return at < 0 ? text : text.substring(at + delimiter.length());
    }

    /**
     * SQLite's {@code substr(v, 1, instr(v, d) - 1)} and {@code substr(v, instr(v, d) + 1)}:
     * without the delimiter, the first is empty and the second all of it.
     */
    static List<String> sqliteCut(String text, String delimiter) {
      int at = text.indexOf(delimiter);
      return at < 0 ? Arrays.asList("", text)
          : Arrays.asList(text.substring(0, at), text.substring(at + delimiter.length()));
    }
  }

  private static List<String> one(String value) {
    List<String> values = new ArrayList<>(1);
    values.add(value);
    return values;
  }
}
