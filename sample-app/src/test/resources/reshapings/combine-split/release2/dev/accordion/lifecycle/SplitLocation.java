package dev.accordion.lifecycle;

import dev.accordion.Converter;

/** "Paris/FR" to Paris and FR, and back; like the SQL, a missing part gives NULL. */
public class SplitLocation implements Converter<String, Place> {
  @Override
  public Place up(String location) {
    int slash = location.indexOf('/');
    return slash < 0
        ? new Place(location, "")
        : new Place(location.substring(0, slash), location.substring(slash + 1));
  }

  @Override
  public String down(Place place) {
    return place.city() == null || place.countryCode() == null
        ? null
        : place.city() + "/" + place.countryCode();
  }
}
