package io.odigos.model.render.destination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every destination configurer, one per catalog type, listed by hand (no scanning). */
public final class DestinationConfigurers {

  private static final List<DestinationConfigurer> ALL =
      List.of(
          new ClickHouseDestination(),
          new CoralogixDestination(),
          new DatadogDestination(),
          new DebugDestination(),
          new DynatraceDestination(),
          new ElasticsearchDestination(),
          new GrafanaCloudLokiDestination(),
          new GrafanaCloudPrometheusDestination(),
          new GrafanaCloudTempoDestination(),
          new HoneycombDestination(),
          new JaegerDestination(),
          new KafkaDestination(),
          new LokiDestination(),
          new NewRelicDestination(),
          new OtlpGrpcDestination(),
          new OtlpHttpDestination(),
          new PrometheusDestination(),
          new SignozDestination(),
          new SplunkOtlpDestination(),
          new TempoDestination(),
          new UptraceDestination());

  private static final Map<String, DestinationConfigurer> BY_TYPE = index();

  private DestinationConfigurers() {}

  public static List<DestinationConfigurer> all() {
    return ALL;
  }

  public static Optional<DestinationConfigurer> forType(String type) {
    return Optional.ofNullable(type).map(BY_TYPE::get);
  }

  /** Finds the type's configurer and runs it on already checked values. */
  public static DestinationExport configure(DestinationValues values)
      throws InvalidDestinationException {
    DestinationConfigurer c =
        forType(values.type().type())
            .orElseThrow(
                () ->
                    new InvalidDestinationException(
                        "no configurer for destination type " + values.type().type()));
    return c.configure(values);
  }

  private static Map<String, DestinationConfigurer> index() {
    Map<String, DestinationConfigurer> map = new LinkedHashMap<>();
    for (DestinationConfigurer c : ALL) {
      if (map.putIfAbsent(c.type(), c) != null) {
        throw new IllegalStateException("two configurers for destination type " + c.type());
      }
    }
    return Map.copyOf(map);
  }
}
