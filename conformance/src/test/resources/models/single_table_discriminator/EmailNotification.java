package conformance.single_table_discriminator;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("1")
public class EmailNotification extends Notification {
  private String subject;
}
