package conformance.bean_validation_fields;

/** A validation group of its own, which Hibernate does not apply to the schema. */
public interface Audit {}
