package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class DestinationSpec {
  @Required
  @JsonPropertyDescription(
      "Destination type id from the destinations catalog (for example otlp, jaeger, datadog).")
  private String type;

  @Required
  @JsonPropertyDescription("Display name chosen by the user.")
  private String destinationName;

  @Required
  @JsonPropertyDescription(
      "Non-secret settings of the destination, keyed by the catalog's field names.")
  private Map<String, String> data;

  @JsonPropertyDescription(
      "Secret in the same namespace holding the destination's sensitive settings.")
  private SecretReference secretRef;

  @Required
  @JsonPropertyDescription("Signals exported to this destination.")
  private List<ObservabilitySignal> signals;

  @JsonPropertyDescription("Stops exporting to this destination without deleting it.")
  private Boolean disabled;

  @JsonPropertyDescription(
      "Restricts which sources feed this destination; every source when unset.")
  private SourceSelector sourceSelector;

  @JsonPropertyDescription(
      "Per-destination switches for the metric sources; ignored unless METRICS is among the signals.")
  private MetricsSettings metricsSettings;

  @JsonPropertyDescription("Sending-queue (and batching) settings of this destination's exporters.")
  private SendingQueue sendingQueue;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getDestinationName() {
    return destinationName;
  }

  public void setDestinationName(String destinationName) {
    this.destinationName = destinationName;
  }

  public Map<String, String> getData() {
    return data;
  }

  public void setData(Map<String, String> data) {
    this.data = data;
  }

  public SecretReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretReference secretRef) {
    this.secretRef = secretRef;
  }

  public List<ObservabilitySignal> getSignals() {
    return signals;
  }

  public void setSignals(List<ObservabilitySignal> signals) {
    this.signals = signals;
  }

  public Boolean getDisabled() {
    return disabled;
  }

  public void setDisabled(Boolean disabled) {
    this.disabled = disabled;
  }

  public SourceSelector getSourceSelector() {
    return sourceSelector;
  }

  public void setSourceSelector(SourceSelector sourceSelector) {
    this.sourceSelector = sourceSelector;
  }

  public MetricsSettings getMetricsSettings() {
    return metricsSettings;
  }

  public void setMetricsSettings(MetricsSettings metricsSettings) {
    this.metricsSettings = metricsSettings;
  }

  public SendingQueue getSendingQueue() {
    return sendingQueue;
  }

  public void setSendingQueue(SendingQueue sendingQueue) {
    this.sendingQueue = sendingQueue;
  }

  /**
   * Name of a Secret in the Destination's own namespace. (Upstream's LocalObjectReference defaults
   * the name to the empty string; the generator cannot express an empty-string default, so it is
   * left out.)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SecretReference(String name) {}

  /** Limits the sources feeding a destination; when both lists are empty, all sources do. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SourceSelector(
      @JsonPropertyDescription("Namespaces whose sources feed this destination.")
          List<String> namespaces,
      @JsonPropertyDescription(
              "Data streams (groups of sources, set by label) that feed this destination.")
          List<String> dataStreams) {}

  /**
   * Which metric sources this destination wants. Unset values fall back to the destination type's
   * default or the cluster-wide setting.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MetricsSettings(
      Boolean spanMetricsEnabled,
      Boolean hostMetricsEnabled,
      Boolean kubeletStatsEnabled,
      Boolean serviceGraphEnabled,
      Boolean odigosOwnMetricsEnabled,
      Boolean agentsTelemetryEnabled) {}

  /** Exporter sending queue: how much is buffered before sending, and how it is batched. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SendingQueue(
      @Min(1) @JsonPropertyDescription("Maximum queue size, in the unit below.") Integer size,
      @JsonPropertyDescription("What the queue size counts.") QueueSizeUnit unit,
      @JsonPropertyDescription("Batching of queued data before it is sent.") Batch batch) {}

  /** Batching inside the sending queue. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Batch(
      @Min(1) @JsonPropertyDescription("Minimum batch size before a flush, in the unit below.")
          Integer size,
      @JsonPropertyDescription("What the batch size counts.") BatchSizeUnit unit) {}

  /** Unit of a sending-queue size. */
  public enum QueueSizeUnit {
    ITEMS("items"),
    BYTES("bytes"),
    REQUESTS("requests");

    private final String wireName;

    QueueSizeUnit(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }

  /** Unit of a batch size. */
  public enum BatchSizeUnit {
    ITEMS("items"),
    BYTES("bytes");

    private final String wireName;

    BatchSizeUnit(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }
}
