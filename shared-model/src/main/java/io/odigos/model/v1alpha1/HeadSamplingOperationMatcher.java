package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * Matches the root span of a trace at head-sampling time, so only on what is known when the span
 * starts. Empty string fields match anything.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeadSamplingOperationMatcher(
    @JsonPropertyDescription("Traces starting at an incoming HTTP request.") HttpServer httpServer,
    @JsonPropertyDescription("Traces starting at an outgoing HTTP request.") HttpClient httpClient,
    @JsonPropertyDescription("Traces starting at an incoming gRPC call.") GrpcServer grpcServer,
    @JsonPropertyDescription("Traces starting at an outgoing gRPC call.") GrpcClient grpcClient) {

  /** Incoming HTTP request, by route (exact or prefix), method and query parameters. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HttpServer(
      String route,
      String routePrefix,
      String method,
      @JsonPropertyDescription(
              "All listed query parameters must match; parameters not listed are not looked at.")
          List<QueryParamMatcher> queryParams) {}

  /** One URL query parameter, by name and optionally exact value. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record QueryParamMatcher(@Required String name, String valueExact) {}

  /** Outgoing HTTP request, by server address, templated path (exact or prefix) and method. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HttpClient(
      String serverAddress, String templatedPath, String templatedPathPrefix, String method) {}

  /** Incoming gRPC call, by bare method name and fully-qualified service name. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GrpcServer(String method, String service) {}

  /** Outgoing gRPC call, by bare method name, fully-qualified service name and server address. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GrpcClient(String method, String service, String serverAddress) {}
}
