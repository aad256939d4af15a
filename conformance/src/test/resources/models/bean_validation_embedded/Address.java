package conformance.bean_validation_embedded;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

@Embeddable
public class Address {
  @NotNull @Size(max = 60) private String street;
  @NotBlank private String city;
  @Valid @NotNull private Position position;
}
