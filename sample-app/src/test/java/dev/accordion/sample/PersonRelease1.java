package dev.accordion.sample;

import java.lang.reflect.Method;

/** Release 1's Person (combine-split): firstName and lastName; location as "City/CC". */
final class PersonRelease1 extends ReshapingRelease {

  private final Method setFirstName = method("Person", "setFirstName", String.class);
  private final Method getFirstName = method("Person", "getFirstName");
  private final Method setLastName = method("Person", "setLastName", String.class);
  private final Method getLastName = method("Person", "getLastName");
  private final Method setLocation = method("Person", "setLocation", String.class);
  private final Method getLocation = method("Person", "getLocation");

  PersonRelease1(Release release) {
    super(release);
  }

  void setFirstName(Object person, String firstName) {
    call(setFirstName, person, firstName);
  }

  String firstName(Object person) {
    return (String) call(getFirstName, person);
  }

  void setLastName(Object person, String lastName) {
    call(setLastName, person, lastName);
  }

  String lastName(Object person) {
    return (String) call(getLastName, person);
  }

  void setLocation(Object person, String location) {
    call(setLocation, person, location);
  }

  String location(Object person) {
    return (String) call(getLocation, person);
  }
}
