package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Matches any span of a complete trace at tail-sampling time. Empty string fields match anything.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TailSamplingOperationMatcher(
    @JsonPropertyDescription("HTTP server spans.") HttpServer httpServer,
    @JsonPropertyDescription("Kafka consume spans.") Kafka kafkaConsumer,
    @JsonPropertyDescription("Kafka produce spans.") Kafka kafkaProducer) {

  /** HTTP server span, by route (exact or prefix) and method. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HttpServer(String route, String routePrefix, String method) {}

  /** Kafka span, by topic; any topic when empty. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Kafka(String kafkaTopic) {}
}
