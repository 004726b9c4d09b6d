package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * Action config: tail-sampling rules that the cluster gateway applies to whole traces. Each member
 * is one kind of sampler; any number of them may be set. Upstream spells the fields inside the
 * samplers in snake_case, so the wire names here do too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SamplersConfig(
    @JsonPropertyDescription("Keep every trace that has an error, and a share of the others.")
        ErrorSamplerConfig errorSampler,
    @JsonPropertyDescription("Keep slow requests of given HTTP routes, and a share of the fast.")
        LatencySamplerConfig latencySampler,
    @JsonPropertyDescription("Keep a share of the traces in which given services take part.")
        ServiceNameSamplerConfig serviceNameSampler,
    @JsonPropertyDescription("Keep a share of the traces whose spans carry matching attributes.")
        SpanAttributeSamplerConfig spanAttributeSampler,
    @JsonPropertyDescription("Keep a fixed share of all traces.")
        ProbabilisticSamplerConfig probabilisticSampler,
    @JsonPropertyDescription(
            "Deprecated (now an Odigos configuration setting): drop health-check traces in the agents.")
        IgnoreHealthChecksConfig ignoreHealthChecks) {

  /** Keeps error traces; the others are kept with the fallback percentage. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ErrorSamplerConfig(
      @Required
          @Min(0)
          @Max(100)
          @JsonProperty("fallback_sampling_ratio")
          @JsonPropertyDescription("Percentage (0 to 100) of the traces without an error to keep.")
          Double fallbackSamplingRatio) {}

  /** Keeps traces that are slow on given endpoints. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LatencySamplerConfig(
      @Required
          @JsonProperty("endpoints_filters")
          @JsonPropertyDescription("One rule per service and HTTP route.")
          List<HttpRouteFilter> endpointsFilters) {}

  /** Latency rule for the spans of one service on one HTTP route. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HttpRouteFilter(
      @Required
          @JsonProperty("service_name")
          @JsonPropertyDescription("service.name of the spans the rule looks at.")
          String serviceName,
      @Required
          @JsonProperty("http_route")
          @JsonPropertyDescription("http.route of the spans the rule looks at, e.g. /api/orders.")
          String httpRoute,
      @Required
          @JsonProperty("minimum_latency_threshold")
          @JsonPropertyDescription(
              "Duration in milliseconds from which a matching span makes its trace kept.")
          Integer minimumLatencyThreshold,
      @Required
          @Min(0)
          @Max(100)
          @JsonProperty("fallback_sampling_ratio")
          @JsonPropertyDescription(
              "Percentage (0 to 100) of the matching but faster traces to keep.")
          Double fallbackSamplingRatio) {}

  /** Samples by the services that appear in a trace. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ServiceNameSamplerConfig(
      @Required
          @JsonProperty("services_name_filters")
          @JsonPropertyDescription("One rule per service.")
          List<ServiceNameFilter> servicesNameFilters) {}

  /** Sampling rule for the traces that one service takes part in. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ServiceNameFilter(
      @Required
          @JsonProperty("service_name")
          @JsonPropertyDescription("service.name to look for among the spans of a trace.")
          String serviceName,
      @Required
          @Default("100")
          @Min(0)
          @Max(100)
          @JsonProperty("sampling_ratio")
          @JsonPropertyDescription(
              "Percentage (0 to 100) of the traces with a span of the service to keep.")
          Double samplingRatio,
      @Required
          @Default("100")
          @Min(0)
          @Max(100)
          @JsonProperty("fallback_sampling_ratio")
          @JsonPropertyDescription(
              "Percentage (0 to 100) of the traces without a span of the service to keep.")
          Double fallbackSamplingRatio) {}

  /** Samples by span attribute values. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SpanAttributeSamplerConfig(
      @Required
          @JsonProperty("attribute_filters")
          @JsonPropertyDescription(
              "Attribute rules; each names a service, an attribute and a test.")
          List<SpanAttributeFilter> attributeFilters) {}

  /** Sampling rule that tests one attribute of the spans of one service. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SpanAttributeFilter(
      @Required
          @JsonProperty("service_name")
          @JsonPropertyDescription("service.name of the spans whose attribute is tested.")
          String serviceName,
      @Required
          @JsonProperty("attribute_key")
          @JsonPropertyDescription("Key of the span attribute to test.")
          String attributeKey,
      @Required @JsonPropertyDescription("The test; exactly one typed condition is set.")
          AttributeCondition condition,
      @Required
          @Default("100")
          @Min(0)
          @Max(100)
          @JsonProperty("sampling_ratio")
          @JsonPropertyDescription(
              "Percentage (0 to 100) of the traces that pass the test to keep.")
          Double samplingRatio,
      @Required
          @Default("100")
          @Min(0)
          @Max(100)
          @JsonProperty("fallback_sampling_ratio")
          @JsonPropertyDescription("Percentage (0 to 100) of the other traces to keep.")
          Double fallbackSamplingRatio) {}

  /** A test of one attribute; the member that is set says which type the value must have. */
  @ValidationRule(
      value =
          "(has(self.string_condition) ? 1 : 0) + (has(self.number_condition) ? 1 : 0)"
              + " + (has(self.boolean_condition) ? 1 : 0) + (has(self.json_condition) ? 1 : 0) == 1",
      message =
          "exactly one of string_condition, number_condition, boolean_condition and json_condition must be set")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AttributeCondition(
      @JsonProperty("string_condition") @JsonPropertyDescription("Test of a string attribute.")
          StringCondition stringCondition,
      @JsonProperty("number_condition")
          @JsonPropertyDescription("Test of a numeric (integer or floating point) attribute.")
          NumberCondition numberCondition,
      @JsonProperty("boolean_condition") @JsonPropertyDescription("Test of a boolean attribute.")
          BooleanCondition booleanCondition,
      @JsonProperty("json_condition")
          @JsonPropertyDescription("Test of a string attribute that holds JSON.")
          JsonCondition jsonCondition) {}

  /** Test of a string attribute. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StringCondition(
      @Required @JsonPropertyDescription("How the value is compared.") StringOperation operation,
      @JsonProperty("expected_value")
          @JsonPropertyDescription(
              "Text or RE2 regular expression to compare with; needed by every operation but exists.")
          String expectedValue) {}

  /** Test of a numeric attribute. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NumberCondition(
      @Required @JsonPropertyDescription("How the value is compared.") NumberOperation operation,
      @JsonProperty("expected_value")
          @JsonPropertyDescription("Number to compare with; needed by every operation but exists.")
          Double expectedValue) {}

  /** Test of a boolean attribute. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BooleanCondition(
      @Required @JsonPropertyDescription("How the value is compared.") BooleanOperation operation,
      @JsonProperty("expected_value")
          @JsonPropertyDescription("Value to compare with; used by equals only.")
          Boolean expectedValue) {}

  /** Test of a string attribute that holds a JSON document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record JsonCondition(
      @Required @JsonPropertyDescription("What is checked.") JsonOperation operation,
      @JsonProperty("json_path")
          @JsonPropertyDescription(
              "JSONPath expression such as $.user.role; needed by jsonpath_exists, key_equals and key_not_equals.")
          String jsonPath,
      @JsonProperty("expected_value")
          @JsonPropertyDescription(
              "Value to compare with (the whole document, or the value at json_path for the key_ operations).")
          String expectedValue) {}

  /** Keeps a fixed share of all traces. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProbabilisticSamplerConfig(
      @Required
          @JsonProperty("sampling_percentage")
          @JsonPropertyDescription("Percentage (0 to 100) of the traces to keep, as a string.")
          String samplingPercentage) {}

  /** Deprecated: head sampling of the health-check requests found from the workload probes. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IgnoreHealthChecksConfig(
      @Default("0")
          @Min(0)
          @Max(1)
          @JsonPropertyDescription(
              "Fraction in [0, 1] of the health-check traces to keep: 0 (the default) keeps none.")
          Double fractionToRecord) {}

  /** Comparison of a string attribute. */
  public enum StringOperation {
    EXISTS("exists"),
    EQUALS("equals"),
    NOT_EQUALS("not_equals"),
    CONTAINS("contains"),
    NOT_CONTAINS("not_contains"),
    REGEX("regex");

    private final String wireName;

    StringOperation(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }

  /** Comparison of a numeric attribute. */
  public enum NumberOperation {
    EXISTS("exists"),
    EQUALS("equals"),
    NOT_EQUALS("not_equals"),
    GREATER_THAN("greater_than"),
    LESS_THAN("less_than"),
    GREATER_THAN_OR_EQUAL("greater_than_or_equal"),
    LESS_THAN_OR_EQUAL("less_than_or_equal");

    private final String wireName;

    NumberOperation(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }

  /** Comparison of a boolean attribute. */
  public enum BooleanOperation {
    EXISTS("exists"),
    EQUALS("equals");

    private final String wireName;

    BooleanOperation(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }

  /** Check of a JSON attribute (the values upstream's CRD accepts). */
  public enum JsonOperation {
    IS_VALID_JSON("is_valid_json"),
    IS_INVALID_JSON("is_invalid_json"),
    EQUALS("equals"),
    NOT_EQUALS("not_equals"),
    JSONPATH_EXISTS("jsonpath_exists"),
    KEY_EQUALS("key_equals"),
    KEY_NOT_EQUALS("key_not_equals");

    private final String wireName;

    JsonOperation(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }
}
