package conformance.unique_constraints;

import jakarta.persistence.*;

@Entity
@Table(uniqueConstraints = {
    @UniqueConstraint(columnNames = {"clubId", "memberId"}),
    @UniqueConstraint(name = "membership_card", columnNames = "cardNumber"),
})
public class Membership {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private Long clubId;
  private Long memberId;
  private String cardNumber;
}
