package conformance.bean_validation_fields;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.*;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;

/** Null or short: one of the two allows null, so the column stays nullable; still sized. */
@ConstraintComposition(CompositionType.OR)
@NotNull
@Size(max = 5)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NullOrShort {
  String message() default "long";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
