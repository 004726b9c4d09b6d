package io.odigos.console.overview;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measured span rates by key ({@code node.sent}, {@code gateway.accepted}, {@code
 * gateway.sent/<destination>}) with their recent history, and the groups whose metrics could not be
 * read, with the reason.
 */
public record Throughput(
    Map<String, Double> rates, Map<String, List<Double>> history, Map<String, String> unreachable) {
  public static final String NODE_SENT = "node.sent";
  public static final String NODE_ACCEPTED = "node.accepted";
  public static final String GATEWAY_ACCEPTED = "gateway.accepted";

  public Throughput {
    rates = Map.copyOf(rates);
    history = Map.copyOf(history);
    unreachable = Map.copyOf(unreachable);
  }

  public static Throughput none() {
    return new Throughput(Map.of(), Map.of(), Map.of());
  }

  public static String sentTo(String destination) {
    return "gateway.sent/" + destination;
  }

  public Optional<Double> rate(String key) {
    return Optional.ofNullable(rates.get(key));
  }

  public List<Double> historyOf(String key) {
    return history.getOrDefault(key, List.of());
  }

  public Optional<String> unreachable(String group) {
    return Optional.ofNullable(unreachable.get(group));
  }
}
