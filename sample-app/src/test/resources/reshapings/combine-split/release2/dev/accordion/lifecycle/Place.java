package dev.accordion.lifecycle;

/** The new side of the split: its components are the new fields, in order. */
public record Place(String city, String countryCode) {}
