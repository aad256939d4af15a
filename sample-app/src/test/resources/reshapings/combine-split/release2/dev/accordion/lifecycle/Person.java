package dev.accordion.lifecycle;

import dev.accordion.DialectSql;
import dev.accordion.Expand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Release 2 combines firstName and lastName into fullName, and splits location into city and
 * countryCode. Each converter has a record for its side of several fields, and SQL per field
 * (MariaDB concatenates with CONCAT and cuts with SUBSTRING_INDEX; PostgreSQL has split_part).
 * The code uses only the new fields, through the generated accessors.
 */
@Entity
public class Person {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String label;

  String firstName;

  String lastName;

  @Expand(
      from = {"firstName", "lastName"},
      converter = JoinName.class,
      sqlUp = ":firstName || ' ' || :lastName",
      sqlDown = {"substr(:value, 1, instr(:value, ' ') - 1)", "substr(:value, instr(:value, ' ') + 1)"},
      dialectSql = {
        @DialectSql(
            dialect = "postgresql",
            up = ":firstName || ' ' || :lastName",
            down = {"split_part(:value, ' ', 1)", "split_part(:value, ' ', 2)"}),
        @DialectSql(
            dialect = "mysql",
            up = "CONCAT(:firstName, ' ', :lastName)",
            down = {"SUBSTRING_INDEX(:value, ' ', 1)", "SUBSTRING_INDEX(:value, ' ', -1)"})
      })
  String fullName;

  String location;

  @Expand(
      from = "location",
      into = {"city", "countryCode"},
      converter = SplitLocation.class,
      sqlUp = {"substr(:value, 1, instr(:value, '/') - 1)", "substr(:value, instr(:value, '/') + 1)"},
      sqlDown = ":city || '/' || :countryCode",
      dialectSql = {
        @DialectSql(
            dialect = "postgresql",
            up = {"split_part(:value, '/', 1)", "split_part(:value, '/', 2)"},
            down = ":city || '/' || :countryCode"),
        @DialectSql(
            dialect = "mysql",
            up = {"SUBSTRING_INDEX(:value, '/', 1)", "SUBSTRING_INDEX(:value, '/', -1)"},
            down = "CONCAT(:city, '/', :countryCode)")
      })
  String city;

  String countryCode;

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getFullName() {
    return PersonAccessors.getFullName(this);
  }

  public void setFullName(String fullName) {
    PersonAccessors.setFullName(this, fullName);
  }

  public String getCity() {
    return PersonAccessors.getCity(this);
  }

  public void setCity(String city) {
    PersonAccessors.setCity(this, city);
  }

  public String getCountryCode() {
    return PersonAccessors.getCountryCode(this);
  }

  public void setCountryCode(String countryCode) {
    PersonAccessors.setCountryCode(this, countryCode);
  }
}
