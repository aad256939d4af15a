package conformance.single_table_discriminator;

import jakarta.persistence.*;

@Entity
@Table(name = "notifications")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "channel", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("0")
public abstract class Notification extends Base {
  private String recipient;
}
