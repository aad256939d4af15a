package conformance.bean_validation_keys;

public class GaugeKey implements java.io.Serializable {
  private String site;
  private Integer slot;
}
