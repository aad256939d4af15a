package conformance.bean_validation_fields;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;

@Entity
public class Customer {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @NotBlank @Size(max = 40) private String name;
  @NotEmpty private String code;
  @NotNull private Integer visits;
  @Size(min = 1, max = 12) @Column(length = 100) private String phone;
  @Length(max = 20) private String nickname;
  @Size(min = 2) private String notLimited;
  @Digits(integer = 5, fraction = 2) private BigDecimal balance;
  @Digits(integer = 3, fraction = 0) @Column(precision = 10, scale = 4) private BigDecimal points;
  @Digits(integer = 4, fraction = 2) private Integer wholeDigits;
  @NotNull(groups = Audit.class) private String audited;
  @Size(max = 9, groups = {Default.class, Audit.class}) private String district;
  @Min(0) @Max(100) private Integer score;
  @Range(min = 1, max = 10) @Positive private Integer stars;
  @Size(max = 50) @Lob private String notes;
  private String motto;
  @ShortName private String alias;
  @NotNullEither private String either;
  @NullOrShort private String shortOrNone;
  @NotNull @ManyToOne private Country country;
  @ManyToOne private Country visited;

  @NotNull
  @Size(max = 24)
  public String getMotto() {
    return motto;
  }
}
