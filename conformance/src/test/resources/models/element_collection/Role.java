package conformance.element_collection;

public enum Role { ADMIN, EDITOR }
