package io.odigos.model.render;

import io.odigos.model.render.CollectorConfig.Pipeline;
import io.odigos.model.render.action.InvalidActionException;
import io.odigos.model.render.action.ProcessorDefinition;
import io.odigos.model.render.action.ProcessorResources;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.K8sAttributesConfig;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.Processor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the node collector's config: otlp from the agents (plus container logs, kubelet and host
 * metrics when a destination takes them) → memory_limiter → k8sattributes → k8s.node.name → batch →
 * OTLP to the gateway Service. Only the signals the gateway receives are collected. Pure.
 */
public final class NodeCollectorConfigRenderer {

  private NodeCollectorConfigRenderer() {}

  public static String render(
      Set<ObservabilitySignal> signals,
      List<InstrumentedWorkload> workloads,
      List<Action> actions,
      List<Processor> processors,
      NodeCollectorSettings settings) {
    CollectorConfig config = new CollectorConfig();
    config.receiver("otlp", Components.otlpReceiver());
    config.processor(
        "memory_limiter",
        Components.memoryLimiter(
            settings.memoryLimiterLimitMiB(), settings.memoryLimiterSpikeLimitMiB()));
    config.processor("k8s_attributes", K8sAttributes.config(k8sAttributeActions(actions)));
    config.processor(
        "resource/node",
        Map.of(
            "attributes",
            List.of(
                Map.of("key", "k8s.node.name", "value", "${env:NODE_NAME}", "action", "upsert"))));
    config.processor("batch", Map.of());
    List<ProcessorDefinition> nodeProcessors = nodeProcessors(processors);
    nodeProcessors.forEach(p -> config.processor(p.id(), p.config()));
    config.exporter("otlp_grpc/gateway", gatewayExporter(settings));
    config.extension("health_check", Map.of("endpoint", "0.0.0.0:13133"));

    boolean metrics = signals.contains(ObservabilitySignal.METRICS);
    boolean traces = signals.contains(ObservabilitySignal.TRACES);
    boolean logs = signals.contains(ObservabilitySignal.LOGS);
    if (metrics) {
      config.receiver("kubelet_stats", NodeReceivers.kubeletStats());
      config.receiver("host_metrics", NodeReceivers.hostMetrics());
      // request rate, errors and duration of every instrumented service, from its spans
      config.connector("span_metrics", NodeReceivers.spanMetrics());
    }
    List<String> pods = logs ? NodeReceivers.podLogGlobs(workloads, settings) : List.of();
    if (!pods.isEmpty()) {
      config.receiver("file_log", NodeReceivers.containerLogs(pods));
    }
    if (traces || metrics) {
      List<String> out = new ArrayList<>();
      if (traces) {
        out.add("otlp_grpc/gateway");
      }
      if (metrics) {
        out.add("span_metrics");
      }
      config.pipeline(
          "traces", pipeline(List.of("otlp"), ObservabilitySignal.TRACES, nodeProcessors, out));
    }
    if (metrics) {
      config.pipeline(
          "metrics",
          pipeline(
              List.of("otlp", "kubelet_stats", "host_metrics", "span_metrics"),
              ObservabilitySignal.METRICS,
              nodeProcessors,
              List.of("otlp_grpc/gateway")));
    }
    if (logs) {
      List<String> in = new ArrayList<>(List.of("otlp"));
      if (!pods.isEmpty()) {
        in.add("file_log");
      }
      config.pipeline(
          "logs",
          pipeline(in, ObservabilitySignal.LOGS, nodeProcessors, List.of("otlp_grpc/gateway")));
    }
    if (!traces && !metrics && !logs) {
      // nothing to send yet: a valid config that accepts and drops traces until signals arrive
      config.exporter("debug/no-signal", Map.of("verbosity", "basic"));
      config.pipeline(
          "traces",
          new Pipeline(List.of("otlp"), List.of("memory_limiter"), List.of("debug/no-signal")));
    }
    return config.toYaml();
  }

  private static Pipeline pipeline(
      List<String> receivers,
      ObservabilitySignal signal,
      List<ProcessorDefinition> nodeProcessors,
      List<String> exporters) {
    List<String> steps =
        new ArrayList<>(List.of("memory_limiter", "k8s_attributes", "resource/node"));
    nodeProcessors.stream().filter(p -> p.appliesTo(signal)).forEach(p -> steps.add(p.id()));
    steps.add("batch");
    return new Pipeline(receivers, steps, exporters);
  }

  private static Map<String, Object> gatewayExporter(NodeCollectorSettings settings) {
    return Map.of(
        "endpoint", settings.gatewayEndpoint(),
        "tls", Map.of("insecure", true),
        "compression", settings.compression() ? "gzip" : "none");
  }

  private static List<K8sAttributesConfig> k8sAttributeActions(List<Action> actions) {
    return actions.stream()
        .sorted(Comparator.comparing(a -> a.getMetadata().getName()))
        .filter(a -> a.getSpec() != null && !Boolean.TRUE.equals(a.getSpec().getDisabled()))
        .map(a -> a.getSpec().getK8sAttributes())
        .filter(k -> k != null)
        .toList();
  }

  private static List<ProcessorDefinition> nodeProcessors(List<Processor> processors) {
    List<ProcessorDefinition> result = new ArrayList<>();
    for (Processor p : processors) {
      try {
        ProcessorResources.translate(p).stream()
            .filter(d -> d.role() == CollectorsGroupRole.NODE_COLLECTOR)
            .forEach(result::add);
      } catch (InvalidActionException e) {
        // reported on the Processor by the gateway rendering; left out here as well
      }
    }
    result.sort(ProcessorDefinition.CHAIN_ORDER);
    return result;
  }
}
