package io.odigos.testbed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.render.ConfigPreview;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.GatewayRender;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.testbed.Otelcol;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The config preview shows what a change would do to the running gateway, and the real collector
 * says whether it would load, before anything is applied.
 */
class ConfigPreviewIT {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private final GatewayConfigRenderer renderer = new GatewayConfigRenderer();
  private final GatewaySettings settings = GatewaySettings.defaults("v1.0.0");
  private final Otelcol otelcol = Otelcol.fromTestbed();

  private final RenderableDestination tempo =
      destination("tempo", "tempo", "{TEMPO_URL: \"tempo.monitoring:4317\"}", "[TRACES]");
  private final RenderableDestination jaeger =
      destination("jaeger", "jaeger", "{JAEGER_URL: \"jaeger.tracing:4317\"}", "[TRACES]");

  @Test
  void addingADestinationShowsItsPipelineAndTheCollectorAcceptsIt() {
    String running = render(List.of(tempo), List.of()).yaml();
    ConfigPreview preview =
        ConfigPreview.of(running, render(List.of(tempo, jaeger), List.of())).validatedBy(otelcol);
    assertThat(preview.changes()).isTrue();
    assertThat(preview.diff())
        .contains("+")
        .contains("traces/jaeger")
        .doesNotContain("traces/tempo");
    assertThat(preview.validation()).hasValueSatisfying(v -> assertThat(v.accepted()).isTrue());
  }

  @Test
  void noChangeMeansAnEmptyDiff() {
    String running = render(List.of(tempo), List.of()).yaml();
    assertThat(ConfigPreview.of(running, render(List.of(tempo), List.of())).changes()).isFalse();
  }

  @Test
  void aProcessorTheCollectorWouldRejectIsCaughtBeforeItIsApplied() {
    Processor bogus =
        YAML.unmarshal(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Processor
            metadata: {name: typo}
            spec:
              type: batch
              signals: [TRACES]
              processorConfig: {send_batch_sizee: 10}
            """,
            Processor.class);
    String running = render(List.of(tempo), List.of()).yaml();
    ConfigPreview preview =
        ConfigPreview.of(running, render(List.of(tempo), List.of(bogus))).validatedBy(otelcol);
    assertThat(preview.diff()).contains("batch/typo");
    assertThat(preview.validation())
        .hasValueSatisfying(
            v -> {
              assertThat(v.accepted()).isFalse();
              assertThat(v.output()).contains("send_batch_sizee");
            });
  }

  private GatewayRender render(
      List<RenderableDestination> destinations, List<Processor> processors) {
    return renderer.render(destinations, List.of(), processors, List.of(), settings);
  }

  private static RenderableDestination destination(
      String name, String type, String data, String signals) {
    return new RenderableDestination(
        YAML.unmarshal(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Destination
            metadata: {name: %s}
            spec: {type: %s, destinationName: %s, data: %s, signals: %s}
            """
                .formatted(name, type, name, data, signals),
            Destination.class),
        Set.of());
  }
}
