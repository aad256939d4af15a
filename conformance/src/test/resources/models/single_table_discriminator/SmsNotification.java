package conformance.single_table_discriminator;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("2")
public class SmsNotification extends Notification {
  @Column(length = 160) private String text;
}
