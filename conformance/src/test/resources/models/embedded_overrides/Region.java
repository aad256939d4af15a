package conformance.embedded_overrides;

public enum Region { NORTH, SOUTH }
