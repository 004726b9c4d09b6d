package io.odigos.bench.ebpf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What one run of the load generator ({@code ratedload}) achieved.
 *
 * @param done requests answered with 200 (some after the window, in the open loop)
 * @param doneInWindow requests answered within the window: the throughput's numerator
 * @param unsent open loop: due requests never sent because the server fell too far behind
 */
record LoadResult(
    String mode,
    double seconds,
    long sent,
    long done,
    long doneInWindow,
    long failed,
    long unsent,
    double p50Micros,
    double p99Micros) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Requests per second answered within the window. */
  double throughput() {
    return doneInWindow / seconds;
  }

  /** Parses the generator's one line of JSON. */
  static LoadResult parse(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      if (n == null || !n.has("done_in_window")) {
        throw new IllegalArgumentException("not a ratedload result: " + json);
      }
      return new LoadResult(
          n.path("mode").asText(),
          n.path("seconds").asDouble(),
          n.path("sent").asLong(),
          n.path("done").asLong(),
          n.path("done_in_window").asLong(),
          n.path("failed").asLong(),
          n.path("unsent").asLong(),
          n.path("p50_us").asDouble(),
          n.path("p99_us").asDouble());
    } catch (IOException e) {
      throw new IllegalArgumentException("not a ratedload result: " + json, e);
    }
  }
}
