package conformance.camel_case_associations;

import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(columnList = "billingAddress_id"))
public class CustomerOrder {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne private PostalAddress billingAddress;
  @ManyToOne @JoinColumn(name = "shippingAddressRef") private PostalAddress shippingAddress;
}
