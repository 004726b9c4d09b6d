package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class InstrumentationRuleSpec {
  @JsonPropertyDescription("Display name for people; Odigos gives it no meaning.")
  private String ruleName;

  @JsonPropertyDescription("Free text for people (why the rule exists...); ignored by Odigos.")
  private String notes;

  @JsonPropertyDescription("Turns the rule off while keeping it.")
  private Boolean disabled;

  @JsonPropertyDescription("Workloads the rule applies to: all when unset, none when empty.")
  private List<PodWorkload> workloads;

  @JsonPropertyDescription(
      "Instrumentation libraries the rule applies to: all when unset, none when empty.")
  private List<InstrumentationLibraryGlobalId> instrumentationLibraries;

  @JsonPropertyDescription("Payload collection settings.")
  private PayloadCollection payloadCollection;

  @JsonPropertyDescription("Deprecated, use otelDistros: SDK choice per language.")
  private OtelSdks otelSdks;

  @JsonPropertyDescription("Distributions to use instead of the defaults.")
  private OtelDistros otelDistros;

  @JsonPropertyDescription("Which code.* attributes to record.")
  private CodeAttributes codeAttributes;

  @JsonPropertyDescription("Which HTTP headers to record.")
  private HeadersCollection headersCollection;

  @JsonPropertyDescription("Tracing switch for the selected libraries.")
  private TraceConfig traceConfig;

  @JsonPropertyDescription("Extra probes to add to the agents.")
  private CustomInstrumentations customInstrumentations;

  @JsonPropertyDescription(
      "Deprecated, set it in the Odigos configuration: share of traces kept when no head-sampling rule matches.")
  private HeadSamplingFallbackFraction headSamplingFallbackFraction;

  public String getRuleName() {
    return ruleName;
  }

  public void setRuleName(String ruleName) {
    this.ruleName = ruleName;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Boolean getDisabled() {
    return disabled;
  }

  public void setDisabled(Boolean disabled) {
    this.disabled = disabled;
  }

  public List<PodWorkload> getWorkloads() {
    return workloads;
  }

  public void setWorkloads(List<PodWorkload> workloads) {
    this.workloads = workloads;
  }

  public List<InstrumentationLibraryGlobalId> getInstrumentationLibraries() {
    return instrumentationLibraries;
  }

  public void setInstrumentationLibraries(
      List<InstrumentationLibraryGlobalId> instrumentationLibraries) {
    this.instrumentationLibraries = instrumentationLibraries;
  }

  public PayloadCollection getPayloadCollection() {
    return payloadCollection;
  }

  public void setPayloadCollection(PayloadCollection payloadCollection) {
    this.payloadCollection = payloadCollection;
  }

  public OtelSdks getOtelSdks() {
    return otelSdks;
  }

  public void setOtelSdks(OtelSdks otelSdks) {
    this.otelSdks = otelSdks;
  }

  public OtelDistros getOtelDistros() {
    return otelDistros;
  }

  public void setOtelDistros(OtelDistros otelDistros) {
    this.otelDistros = otelDistros;
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

  public CustomInstrumentations getCustomInstrumentations() {
    return customInstrumentations;
  }

  public void setCustomInstrumentations(CustomInstrumentations customInstrumentations) {
    this.customInstrumentations = customInstrumentations;
  }

  public HeadSamplingFallbackFraction getHeadSamplingFallbackFraction() {
    return headSamplingFallbackFraction;
  }

  public void setHeadSamplingFallbackFraction(
      HeadSamplingFallbackFraction headSamplingFallbackFraction) {
    this.headSamplingFallbackFraction = headSamplingFallbackFraction;
  }

  /**
   * Identifies an instrumentation library across languages: its name, its language, and for Go its
   * span kind.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InstrumentationLibraryGlobalId(
      @Required @JsonPropertyDescription("Name of the instrumentation library.") String name,
      @JsonPropertyDescription(
              "Go only (one Go library may emit several span kinds); ignored for other languages.")
          SpanKind spanKind,
      @Required @JsonPropertyDescription("Language of the library.")
          ProgrammingLanguage language) {}

  /** Distributions that take precedence over the defaults for their languages. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OtelDistros(
      @Required
          @JsonPropertyDescription(
              "Distribution names; two for one language give undefined behaviour.")
          List<String> otelDistroNames) {}

  /** Deprecated SDK selection, keyed by language. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OtelSdks(@Required Map<String, OtelSdk> otelSdkByLanguage) {}

  /** One SDK: its type (native or ebpf) and tier. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OtelSdk(@Required String sdkType, @Required String sdkTier) {}

  /** Share of traces kept when no head-sampling rule matches. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HeadSamplingFallbackFraction(
      @Default("1")
          @Min(0)
          @Max(1)
          @JsonPropertyDescription("Fraction in [0, 1]: 0 keeps none, 1 (the default) keeps all.")
          Double fractionToKeep) {}
}
