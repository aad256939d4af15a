package conformance.table_per_class_concrete_root;

import jakarta.persistence.*;

@MappedSuperclass
abstract class Tracked {
  @Version private int version;
}
