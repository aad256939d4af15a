package dev.accordion.sample;

import java.lang.reflect.Method;

/**
 * Release 2's Person (combine-split), which release 3 keeps: firstName and lastName combined
 * into fullName, location split into city and countryCode. In release 2 the old fields are
 * still mapped, and the fields as Hibernate loads and writes them can be reached past the
 * accessors.
 */
final class PersonRelease2 extends ReshapingRelease {

  private final Method setFullName = method("Person", "setFullName", String.class);
  private final Method getFullName = method("Person", "getFullName");
  private final Method setCity = method("Person", "setCity", String.class);
  private final Method getCity = method("Person", "getCity");
  private final Method setCountryCode = method("Person", "setCountryCode", String.class);
  private final Method getCountryCode = method("Person", "getCountryCode");

  PersonRelease2(Release release) {
    super(release);
  }

  void setFullName(Object person, String fullName) {
    call(setFullName, person, fullName);
  }

  String fullName(Object person) {
    return (String) call(getFullName, person);
  }

  void setCity(Object person, String city) {
    call(setCity, person, city);
  }

  String city(Object person) {
    return (String) call(getCity, person);
  }

  void setCountryCode(Object person, String countryCode) {
    call(setCountryCode, person, countryCode);
  }

  String countryCode(Object person) {
    return (String) call(getCountryCode, person);
  }

  /**
   * Sets the field location as Hibernate loads a row, past the accessors (release 2 only:
   * release 3 has no location).
   */
  void loadLocation(Object person, String location) {
    set(field("Person", "location"), person, location);
  }

  /** The field location, as Hibernate would write it (release 2 only). */
  String storedLocation(Object person) {
    return (String) get(field("Person", "location"), person);
  }

  /** The field countryCode, as Hibernate would write it. */
  String storedCountryCode(Object person) {
    return (String) get(field("Person", "countryCode"), person);
  }
}
