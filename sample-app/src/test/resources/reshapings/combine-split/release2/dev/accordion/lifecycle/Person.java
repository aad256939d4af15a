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
 * The code uses only the new fields; their getters and setters call the generated accessors.
 */
@Entity
public class Person {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  private String firstName;

  private String lastName;

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
  private String fullName;

  private String location;

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
  private String city;

  private String countryCode;

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getFullName() {
    return PersonAccessors.fullName(fullName, firstName, lastName);
  }

  public void setFullName(String fullName) {
    this.firstName = PersonAccessors.firstNameFromFullName(fullName);
    this.lastName = PersonAccessors.lastNameFromFullName(fullName);
    this.fullName = fullName;
  }

  public String getCity() {
    return PersonAccessors.city(city, location);
  }

  /** Keeps the country: filled from location when neither is set yet (a row not backfilled). */
  public void setCity(String city) {
    Place place = PersonAccessors.filledPlace(this.city, countryCode, location);
    this.city = city;
    this.countryCode = place.countryCode();
    this.location = PersonAccessors.locationFromCityAndCountryCode(this.city, this.countryCode);
  }

  public String getCountryCode() {
    return PersonAccessors.countryCode(countryCode, location);
  }

  public void setCountryCode(String countryCode) {
    Place place = PersonAccessors.filledPlace(city, this.countryCode, location);
    this.city = place.city();
    this.countryCode = countryCode;
    this.location = PersonAccessors.locationFromCityAndCountryCode(this.city, this.countryCode);
  }
}
