package io.odigos.testbed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local OTLP destination: a second real collector whose otlp receiver writes everything it gets
 * to JSON-lines files, which this class reads back as spans and log records.
 */
public final class OtlpSink implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RunningCollector collector;
  private final Path file;
  private final int grpcPort;
  private final int httpPort;

  /**
   * A span or log record as the sink received it, with its resource's attributes.
   *
   * @param kind the OTLP span kind (2 = SERVER, 3 = CLIENT); 0 for log records
   * @param traceId hex, empty when absent (the same for spanId and parentSpanId)
   */
  public record Item(
      String name,
      Map<String, String> attributes,
      Map<String, String> resource,
      int statusCode,
      int kind,
      String traceId,
      String spanId,
      String parentSpanId) {
    /** OTLP {@code SPAN_KIND_SERVER}. */
    public static final int SERVER = 2;

    /** OTLP {@code SPAN_KIND_CLIENT}. */
    public static final int CLIENT = 3;
  }

  private OtlpSink(RunningCollector collector, Path file, int grpcPort, int httpPort) {
    this.collector = collector;
    this.file = file;
    this.grpcPort = grpcPort;
    this.httpPort = httpPort;
  }

  public static OtlpSink start(Otelcol otelcol) {
    try {
      Path dir = Files.createTempDirectory("otlp-sink-");
      Path file = dir.resolve("received.jsonl");
      int grpc = RunningCollector.freePort();
      int http = RunningCollector.freePort();
      String yaml =
          """
          receivers:
            otlp:
              protocols:
                grpc:
                  endpoint: 127.0.0.1:%d
                http:
                  endpoint: 127.0.0.1:%d
          exporters:
            file:
              path: %s
              format: json
              flush_interval: 100ms
          service:
            pipelines:
              traces: {receivers: [otlp], exporters: [file]}
              metrics: {receivers: [otlp], exporters: [file]}
              logs: {receivers: [otlp], exporters: [file]}
            telemetry:
              metrics:
                level: none
          """
              .formatted(grpc, http, file);
      return new OtlpSink(RunningCollector.start(otelcol, yaml, grpc, Map.of()), file, grpc, http);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a gateway sends to reach this sink (OTLP gRPC, plaintext). */
  public String endpoint() {
    return "http://127.0.0.1:" + grpcPort;
  }

  /** The same sink's OTLP/HTTP receiver ({@code /v1/traces} etc. under it). */
  public String httpEndpoint() {
    return "http://127.0.0.1:" + httpPort;
  }

  public List<Item> spans() {
    return read("resourceSpans", "scopeSpans", "spans");
  }

  public List<Item> logs() {
    return read("resourceLogs", "scopeLogs", "logRecords");
  }

  public List<Item> read(String resourceKey, String scopeKey, String itemKey) {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        for (JsonNode rs : JSON.readTree(line).path(resourceKey)) {
          Map<String, String> resource = attributes(rs.path("resource").path("attributes"));
          for (JsonNode ss : rs.path(scopeKey)) {
            for (JsonNode item : ss.path(itemKey)) {
              String name = item.has("name") ? item.path("name").asText() : body(item);
              items.add(
                  new Item(
                      name,
                      attributes(item.path("attributes")),
                      resource,
                      item.path("status").path("code").asInt(0),
                      item.path("kind").asInt(0),
                      item.path("traceId").asText(""),
                      item.path("spanId").asText(""),
                      item.path("parentSpanId").asText("")));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  private static String body(JsonNode logRecord) {
    return logRecord.path("body").path("stringValue").asText("");
  }

  private static Map<String, String> attributes(JsonNode list) {
    Map<String, String> map = new LinkedHashMap<>();
    for (JsonNode kv : list) {
      JsonNode v = kv.path("value");
      String value =
          v.has("stringValue")
              ? v.path("stringValue").asText()
              : v.has("intValue") ? v.path("intValue").asText() : v.toString();
      map.put(kv.path("key").asText(), value);
    }
    return map;
  }

  public String collectorOutput() {
    return collector.output();
  }

  @Override
  public void close() {
    collector.close();
  }
}
