package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * What runtime inspection found in one container: language, version, environment, libc and other
 * agents.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RuntimeDetailsByContainer {
  @Required private String containerName;
  @Required private ProgrammingLanguage language;
  private String runtimeVersion;
  private List<EnvVar> envVars;

  @JsonPropertyDescription(
      "Environment variables read from the container runtime (the image's own values).")
  private List<EnvVar> envFromContainerRuntime;

  private OtherAgent otherAgent;
  private LibCType libCType;

  @JsonPropertyDescription(
      "Whether the process runs in secure-execution mode (setuid, capabilities); unset when unknown.")
  private Boolean secureExecutionMode;

  @JsonPropertyDescription(
      "Error returned by the container runtime while reading the container; blocks instrumentation when set.")
  private String criErrorMessage;

  private String runtimeUpdateState;

  public String getContainerName() {
    return containerName;
  }

  public void setContainerName(String containerName) {
    this.containerName = containerName;
  }

  public ProgrammingLanguage getLanguage() {
    return language;
  }

  public void setLanguage(ProgrammingLanguage language) {
    this.language = language;
  }

  public String getRuntimeVersion() {
    return runtimeVersion;
  }

  public void setRuntimeVersion(String runtimeVersion) {
    this.runtimeVersion = runtimeVersion;
  }

  public List<EnvVar> getEnvVars() {
    return envVars;
  }

  public void setEnvVars(List<EnvVar> envVars) {
    this.envVars = envVars;
  }

  public List<EnvVar> getEnvFromContainerRuntime() {
    return envFromContainerRuntime;
  }

  public void setEnvFromContainerRuntime(List<EnvVar> envFromContainerRuntime) {
    this.envFromContainerRuntime = envFromContainerRuntime;
  }

  public OtherAgent getOtherAgent() {
    return otherAgent;
  }

  public void setOtherAgent(OtherAgent otherAgent) {
    this.otherAgent = otherAgent;
  }

  public LibCType getLibCType() {
    return libCType;
  }

  public void setLibCType(LibCType libCType) {
    this.libCType = libCType;
  }

  public Boolean getSecureExecutionMode() {
    return secureExecutionMode;
  }

  public void setSecureExecutionMode(Boolean secureExecutionMode) {
    this.secureExecutionMode = secureExecutionMode;
  }

  public String getCriErrorMessage() {
    return criErrorMessage;
  }

  public void setCriErrorMessage(String criErrorMessage) {
    this.criErrorMessage = criErrorMessage;
  }

  public String getRuntimeUpdateState() {
    return runtimeUpdateState;
  }

  public void setRuntimeUpdateState(String runtimeUpdateState) {
    this.runtimeUpdateState = runtimeUpdateState;
  }

  /** A plain name/value environment variable as seen in a process or image. */
  public record EnvVar(@Required String name, @Required String value) {}

  /**
   * Another observability agent found in the process (Datadog, New Relic, an OpenTelemetry
   * javaagent...).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OtherAgent(String name) {}

  /** The C library the process is linked against. */
  public enum LibCType {
    glibc,
    musl
  }
}
