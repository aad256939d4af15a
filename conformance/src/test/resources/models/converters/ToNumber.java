package conformance.converters;

import jakarta.persistence.*;

public abstract class ToNumber<X> implements AttributeConverter<X, Long> {}
