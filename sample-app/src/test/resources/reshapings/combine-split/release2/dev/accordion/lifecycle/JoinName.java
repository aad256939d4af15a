package dev.accordion.lifecycle;

import dev.accordion.Converter;

/** "Ada" and "Lovelace" to "Ada Lovelace", and back; like the SQL, a missing part gives NULL. */
public class JoinName implements Converter<Name, String> {
  @Override
  public String up(Name name) {
    return name.firstName() == null || name.lastName() == null
        ? null
        : name.firstName() + " " + name.lastName();
  }

  @Override
  public Name down(String fullName) {
    int space = fullName.indexOf(' ');
    return space < 0
        ? new Name(fullName, "")
        : new Name(fullName.substring(0, space), fullName.substring(space + 1));
  }
}
