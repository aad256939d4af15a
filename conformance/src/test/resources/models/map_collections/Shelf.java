package conformance.map_collections;

public enum Shelf { TOP, BOTTOM }
