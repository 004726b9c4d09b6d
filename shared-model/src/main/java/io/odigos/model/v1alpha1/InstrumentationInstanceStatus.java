package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an agent reports about itself and its components (instrumentations, samplers, exporters).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class InstrumentationInstanceStatus extends OdigosStatus {
  @JsonPropertyDescription("Resource attributes the SDK puts on its telemetry, which identify it.")
  private List<Attribute> identifyingAttributes;

  @JsonPropertyDescription("Other facts about the SDK, not reported as resource attributes.")
  private List<Attribute> nonIdentifyingAttributes;

  @JsonPropertyDescription(
      "True: the SDK started without errors. False: it stopped. Unset: nothing reported yet.")
  private Boolean healthy;

  @JsonPropertyDescription("True while the SDK is running and producing telemetry.")
  private Boolean running;

  @Size(max = 32768)
  @JsonPropertyDescription(
      "Human-readable detail about the SDK's health; may be empty when healthy.")
  private String message;

  @JsonPropertyDescription("Machine-readable reason for the current health.")
  private String reason;

  @Required
  @JsonPropertyDescription("When the agent last reported.")
  private OffsetDateTime lastStatusTime;

  @JsonPropertyDescription("Status of the SDK's active components; inactive ones are left out.")
  private List<ComponentStatus> components;

  public List<Attribute> getIdentifyingAttributes() {
    return identifyingAttributes;
  }

  public void setIdentifyingAttributes(List<Attribute> identifyingAttributes) {
    this.identifyingAttributes = identifyingAttributes;
  }

  public List<Attribute> getNonIdentifyingAttributes() {
    return nonIdentifyingAttributes;
  }

  public void setNonIdentifyingAttributes(List<Attribute> nonIdentifyingAttributes) {
    this.nonIdentifyingAttributes = nonIdentifyingAttributes;
  }

  public Boolean getHealthy() {
    return healthy;
  }

  public void setHealthy(Boolean healthy) {
    this.healthy = healthy;
  }

  public Boolean getRunning() {
    return running;
  }

  public void setRunning(Boolean running) {
    this.running = running;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public OffsetDateTime getLastStatusTime() {
    return lastStatusTime;
  }

  public void setLastStatusTime(OffsetDateTime lastStatusTime) {
    this.lastStatusTime = lastStatusTime;
  }

  public List<ComponentStatus> getComponents() {
    return components;
  }

  public void setComponents(List<ComponentStatus> components) {
    this.components = components;
  }

  /** A key/value pair describing the SDK or one of its components. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Attribute(@Required @Size(min = 1) String key, @Required String value) {}

  /** Health of one component of the SDK; (name, type, identifyingAttributes) is unique. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ComponentStatus(
      @Required @Size(min = 1) @JsonPropertyDescription("Component name, e.g. net/http.")
          String name,
      @Required ComponentType type,
      List<Attribute> identifyingAttributes,
      List<Attribute> nonIdentifyingAttributes,
      Boolean healthy,
      @Size(max = 32768) String message,
      String reason,
      @Required OffsetDateTime lastStatusTime) {}

  /** Kind of SDK component. */
  public enum ComponentType {
    INSTRUMENTATION("instrumentation"),
    SAMPLER("sampler"),
    EXPORTER("exporter");

    private final String wireName;

    ComponentType(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }
}
