package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Which payloads (bodies, queries, messages) the instrumentation records on spans. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayloadCollection(
    @JsonPropertyDescription("HTTP request bodies, client or server side depending on the library.")
        HttpPayload httpRequest,
    @JsonPropertyDescription(
            "HTTP response bodies, client or server side depending on the library.")
        HttpPayload httpResponse,
    @JsonPropertyDescription("Database query text.") Payload dbQuery,
    @JsonPropertyDescription("Messaging payloads.") Payload messaging) {

  /** Size limit of a recorded payload. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Payload(
      @JsonPropertyDescription("Longest payload recorded; longer ones are cut or dropped.")
          Long maxPayloadLength,
      @JsonPropertyDescription("Drop a payload that is too long instead of keeping its beginning.")
          Boolean dropPartialPayloads) {}

  /** Size limit and content types of recorded HTTP bodies. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HttpPayload(
      @JsonPropertyDescription("Content types to record; all when unset, none when empty.")
          List<String> mimeTypes,
      @JsonPropertyDescription("Longest payload recorded; longer ones are cut or dropped.")
          Long maxPayloadLength,
      @JsonPropertyDescription("Drop a payload that is too long instead of keeping its beginning.")
          Boolean dropPartialPayloads) {}
}
