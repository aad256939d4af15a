package conformance.converters_auto_applied;

/** A value type the application stores through an auto-applied converter. */
public record Percent(int value) {}
