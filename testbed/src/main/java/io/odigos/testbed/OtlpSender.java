package io.odigos.testbed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Sends OTLP/HTTP JSON to a collector, as an instrumented application would. */
public final class OtlpSender {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  /** A server span to send: its own trace, a duration and an error flag. */
  public record Span(
      String service,
      String name,
      long durationMs,
      boolean error,
      Map<String, String> attributes) {}

  public OtlpSender(int httpPort) {
    this.baseUrl = "http://127.0.0.1:" + httpPort;
  }

  /** Sends each span as the only span of a new trace. */
  public void sendSpans(List<Span> spans) {
    ObjectNode request = JSON.createObjectNode();
    ArrayNode resourceSpans = request.putArray("resourceSpans");
    long now = System.currentTimeMillis() * 1_000_000L;
    for (Span span : spans) {
      ObjectNode rs = resourceSpans.addObject();
      attributes(
          rs.putObject("resource").putArray("attributes"), Map.of("service.name", span.service()));
      ObjectNode s = rs.putArray("scopeSpans").addObject().putArray("spans").addObject();
      s.put("traceId", randomHex(16));
      s.put("spanId", randomHex(8));
      s.put("name", span.name());
      s.put("kind", 2);
      s.put("startTimeUnixNano", Long.toString(now - span.durationMs() * 1_000_000L));
      s.put("endTimeUnixNano", Long.toString(now));
      attributes(s.putArray("attributes"), span.attributes());
      s.putObject("status").put("code", span.error() ? 2 : 1);
    }
    post("/v1/traces", request);
  }

  /** Sends log records of one service. */
  public void sendLogs(String service, List<Map<String, String>> recordAttributes, String body) {
    ObjectNode request = JSON.createObjectNode();
    ObjectNode rl = request.putArray("resourceLogs").addObject();
    attributes(rl.putObject("resource").putArray("attributes"), Map.of("service.name", service));
    ArrayNode records = rl.putArray("scopeLogs").addObject().putArray("logRecords");
    for (Map<String, String> attrs : recordAttributes) {
      ObjectNode r = records.addObject();
      r.put("timeUnixNano", Long.toString(System.currentTimeMillis() * 1_000_000L));
      r.putObject("body").put("stringValue", body);
      attributes(r.putArray("attributes"), attrs);
    }
    post("/v1/logs", request);
  }

  private void post(String path, ObjectNode body) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(baseUrl + path))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "POST " + path + " answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void attributes(ArrayNode target, Map<String, String> attributes) {
    attributes.forEach(
        (k, v) -> {
          ObjectNode kv = target.addObject();
          kv.put("key", k);
          kv.putObject("value").put("stringValue", v);
        });
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
