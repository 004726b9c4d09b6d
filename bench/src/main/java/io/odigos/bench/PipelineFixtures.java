package io.odigos.bench;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import io.odigos.model.v1alpha1.AddClusterInfoConfig;
import io.odigos.model.v1alpha1.DeleteAttributeConfig;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.PiiMaskingConfig;
import io.odigos.model.v1alpha1.RenameAttributeConfig;
import io.odigos.model.v1alpha1.SamplersConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Generated Destinations and Actions of several kinds, for the rendering benchmark. */
final class PipelineFixtures {

  private static final List<ObservabilitySignal> ALL =
      List.of(ObservabilitySignal.TRACES, ObservabilitySignal.METRICS, ObservabilitySignal.LOGS);

  private PipelineFixtures() {}

  static List<RenderableDestination> destinations(int count) {
    List<RenderableDestination> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "dest-" + i;
      out.add(
          switch (i % 6) {
            case 0 ->
                destination(
                    name,
                    "otlp",
                    Map.of("OTLP_GRPC_ENDPOINT", "c" + i + ".obs:4317"),
                    ALL,
                    Set.of());
            case 1 ->
                destination(
                    name,
                    "tempo",
                    Map.of("TEMPO_URL", "tempo-" + i + ".monitoring:4317"),
                    List.of(ObservabilitySignal.TRACES),
                    Set.of());
            case 2 ->
                destination(
                    name,
                    "honeycomb",
                    Map.of("HONEYCOMB_ENDPOINT", "api.honeycomb.io"),
                    ALL,
                    Set.of("HONEYCOMB_API_KEY"));
            case 3 ->
                destination(
                    name,
                    "datadog",
                    Map.of("DATADOG_SITE", "datadoghq.eu"),
                    ALL,
                    Set.of("DATADOG_API_KEY"));
            case 4 ->
                destination(
                    name,
                    "prometheus",
                    Map.of("PROMETHEUS_REMOTEWRITE_URL", "http://prom-" + i + ":9090"),
                    List.of(ObservabilitySignal.METRICS),
                    Set.of());
            default ->
                destination(
                    name,
                    "loki",
                    Map.of("LOKI_URL", "http://loki-" + i + ":3100"),
                    List.of(ObservabilitySignal.LOGS),
                    Set.of());
          });
    }
    return out;
  }

  static List<Action> actions(int count) {
    List<Action> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ActionSpec spec = new ActionSpec();
      spec.setSignals(ALL);
      switch (i % 5) {
        case 0 ->
            spec.setAddClusterInfo(
                new AddClusterInfoConfig(
                    List.of(new AddClusterInfoConfig.ClusterAttribute("attr." + i, "v" + i)),
                    false));
        case 1 ->
            spec.setDeleteAttribute(new DeleteAttributeConfig(List.of("secret." + i, "pw." + i)));
        case 2 ->
            spec.setRenameAttribute(new RenameAttributeConfig(Map.of("old." + i, "new." + i)));
        case 3 ->
            spec.setPiiMasking(
                new PiiMaskingConfig(
                    List.of(PiiMaskingConfig.PiiCategory.EMAIL, PiiMaskingConfig.PiiCategory.JWT)));
        default -> {
          spec.setSignals(List.of(ObservabilitySignal.TRACES));
          spec.setSamplers(
              new SamplersConfig(
                  new SamplersConfig.ErrorSamplerConfig(10.0 + i % 50),
                  null,
                  null,
                  null,
                  null,
                  null));
        }
      }
      Action action = new Action();
      action.setMetadata(new ObjectMetaBuilder().withName("action-" + i).build());
      action.setSpec(spec);
      out.add(action);
    }
    return out;
  }

  private static RenderableDestination destination(
      String name,
      String type,
      Map<String, String> data,
      List<ObservabilitySignal> signals,
      Set<String> secretKeys) {
    DestinationSpec spec = new DestinationSpec();
    spec.setType(type);
    spec.setDestinationName(name);
    spec.setData(data);
    spec.setSignals(signals);
    if (!secretKeys.isEmpty()) {
      spec.setSecretRef(new DestinationSpec.SecretReference(name + "-secret"));
    }
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName(name).build());
    d.setSpec(spec);
    return new RenderableDestination(d, secretKeys);
  }
}
