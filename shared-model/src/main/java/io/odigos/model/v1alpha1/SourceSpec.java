package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class SourceSpec {
  @Required
  @JsonPropertyDescription(
      "The workload, or namespace, to instrument. Required on creation; cannot be changed.")
  private PodWorkload workload;

  @JsonPropertyDescription(
      "Excludes this workload from instrumentation, also when its namespace is instrumented.")
  private Boolean disableInstrumentation;

  @JsonPropertyDescription(
      "The service.name reported by this workload's instrumentation; the workload name when unset. Not for namespace Sources.")
  private String otelServiceName;

  @JsonPropertyDescription(
      "Per-container overrides, by container name; containers not listed keep the default behaviour.")
  private List<ContainerOverride> containerOverrides;

  @JsonPropertyDescription(
      "When true, workload.name is a regular expression matching several workloads. Not for namespace Sources.")
  private Boolean useRegex;

  public PodWorkload getWorkload() {
    return workload;
  }

  public void setWorkload(PodWorkload workload) {
    this.workload = workload;
  }

  public Boolean getDisableInstrumentation() {
    return disableInstrumentation;
  }

  public void setDisableInstrumentation(Boolean disableInstrumentation) {
    this.disableInstrumentation = disableInstrumentation;
  }

  /** True when this Source opts its workload out. */
  public boolean disablesInstrumentation() {
    return Boolean.TRUE.equals(disableInstrumentation);
  }

  public String getOtelServiceName() {
    return otelServiceName;
  }

  public void setOtelServiceName(String otelServiceName) {
    this.otelServiceName = otelServiceName;
  }

  public List<ContainerOverride> getContainerOverrides() {
    return containerOverrides;
  }

  public void setContainerOverrides(List<ContainerOverride> containerOverrides) {
    this.containerOverrides = containerOverrides;
  }

  public Boolean getUseRegex() {
    return useRegex;
  }

  public void setUseRegex(Boolean useRegex) {
    this.useRegex = useRegex;
  }

  /** One container's override of the automatic runtime detection. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class ContainerOverride {
    @Required private String containerName;

    @JsonPropertyDescription(
        "Runtime details to use instead of automatic detection for this container.")
    private RuntimeDetailsByContainer runtimeInfo;

    public String getContainerName() {
      return containerName;
    }

    public void setContainerName(String containerName) {
      this.containerName = containerName;
    }

    public RuntimeDetailsByContainer getRuntimeInfo() {
      return runtimeInfo;
    }

    public void setRuntimeInfo(RuntimeDetailsByContainer runtimeInfo) {
      this.runtimeInfo = runtimeInfo;
    }
  }
}
