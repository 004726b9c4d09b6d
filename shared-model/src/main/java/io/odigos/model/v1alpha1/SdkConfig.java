package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * Settings for the SDK of one language in a workload, merged from the instrumentation rules. The
 * nested settings Odigos does not read itself (payloads, custom probes, runtime metrics, eBPF log
 * capture) are free-form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SdkConfig {
  @Required
  @JsonPropertyDescription("Language of the SDK.")
  private ProgrammingLanguage language;

  @JsonPropertyDescription("Per-library settings.")
  private List<InstrumentationLibraryConfig> instrumentationLibraryConfigs;

  @PreserveUnknownFields
  @JsonPropertyDescription("Default payload collection (free-form).")
  private ObjectNode payloadCollection;

  @JsonPropertyDescription("Default code attributes, for libraries without their own setting.")
  private CodeAttributes codeAttributes;

  @JsonPropertyDescription("Default header collection, for libraries without their own setting.")
  private HeadersCollection headersCollection;

  @JsonPropertyDescription("Default tracing switch for the libraries.")
  private TraceConfig traceConfig;

  @PreserveUnknownFields
  @JsonPropertyDescription("Custom probes for the SDK (free-form).")
  private ObjectNode customInstrumentations;

  @PreserveUnknownFields
  @JsonPropertyDescription("Runtime metrics (JVM and the like) the SDK should report (free-form).")
  private ObjectNode runtimeMetrics;

  @PreserveUnknownFields
  @JsonPropertyDescription("eBPF-based log capture switch (free-form).")
  private ObjectNode ebpfLogCapture;

  public ProgrammingLanguage getLanguage() {
    return language;
  }

  public void setLanguage(ProgrammingLanguage language) {
    this.language = language;
  }

  public List<InstrumentationLibraryConfig> getInstrumentationLibraryConfigs() {
    return instrumentationLibraryConfigs;
  }

  public void setInstrumentationLibraryConfigs(
      List<InstrumentationLibraryConfig> instrumentationLibraryConfigs) {
    this.instrumentationLibraryConfigs = instrumentationLibraryConfigs;
  }

  public ObjectNode getPayloadCollection() {
    return payloadCollection;
  }

  public void setPayloadCollection(ObjectNode payloadCollection) {
    this.payloadCollection = payloadCollection;
  }

  public CodeAttributes getCodeAttributes() {
    return codeAttributes;
  }

  public void setCodeAttributes(CodeAttributes codeAttributes) {
    this.codeAttributes = codeAttributes;
  }

  public HeadersCollection getHeadersCollection() {
    return headersCollection;
  }

  public void setHeadersCollection(HeadersCollection headersCollection) {
    this.headersCollection = headersCollection;
  }

  public TraceConfig getTraceConfig() {
    return traceConfig;
  }

  public void setTraceConfig(TraceConfig traceConfig) {
    this.traceConfig = traceConfig;
  }

  public ObjectNode getCustomInstrumentations() {
    return customInstrumentations;
  }

  public void setCustomInstrumentations(ObjectNode customInstrumentations) {
    this.customInstrumentations = customInstrumentations;
  }

  public ObjectNode getRuntimeMetrics() {
    return runtimeMetrics;
  }

  public void setRuntimeMetrics(ObjectNode runtimeMetrics) {
    this.runtimeMetrics = runtimeMetrics;
  }

  public ObjectNode getEbpfLogCapture() {
    return ebpfLogCapture;
  }

  public void setEbpfLogCapture(ObjectNode ebpfLogCapture) {
    this.ebpfLogCapture = ebpfLogCapture;
  }

  /** Settings for one instrumentation library; unset parts fall back to the SDK-wide defaults. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InstrumentationLibraryConfig(
      @Required LibraryId libraryId,
      LibraryTraceConfig traceConfig,
      @PreserveUnknownFields
          @JsonPropertyDescription("Payload collection for this library (free-form).")
          ObjectNode payloadCollection,
      CodeAttributes codeAttributes,
      HeadersCollection headersCollection) {}

  /** An instrumentation library within one SDK. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LibraryId(
      @Required @JsonPropertyDescription("Library name; for Node.js the npm package name.")
          String libraryName,
      @JsonPropertyDescription("Go only; ignored for other languages.") SpanKind spanKind) {}

  /** Tracing switch of one library; the language default applies when unset. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LibraryTraceConfig(Boolean enabled) {}
}
