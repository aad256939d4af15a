package conformance.bean_validation_fields;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.*;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;

/** Either of two constraints that each reject null: NOT NULL. */
@ConstraintComposition(CompositionType.OR)
@NotNull
@NotBlank
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotNullEither {
  String message() default "null";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
