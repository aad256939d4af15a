package conformance.bean_validation_embedded;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import java.util.List;

@Entity
public class Shop {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;

  /** Cascaded and NOT NULL: the members' constraints apply, NOT NULL included. */
  @Valid @NotNull @Embedded private Address address;

  /** Cascaded only: the members' sizes apply, their NOT NULL does not. */
  @Valid
  @AttributeOverride(name = "street", column = @Column(name = "billing_street"))
  @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
  @AttributeOverride(name = "position.latitude", column = @Column(name = "billing_latitude"))
  @AttributeOverride(name = "position.longitude", column = @Column(name = "billing_longitude"))
  private Address billing;

  /** Not cascaded: none of the members' constraints apply. */
  @NotNull
  @AttributeOverride(name = "street", column = @Column(name = "shipping_street"))
  @AttributeOverride(name = "city", column = @Column(name = "shipping_city"))
  @AttributeOverride(name = "position.latitude", column = @Column(name = "shipping_latitude"))
  @AttributeOverride(name = "position.longitude", column = @Column(name = "shipping_longitude"))
  private Address shipping;

  /** A collection's values keep none of their constraints. */
  @Valid @NotNull @ElementCollection private List<Address> branches;

  @NotNull @Size(max = 3) @ElementCollection private List<String> tags;
}
