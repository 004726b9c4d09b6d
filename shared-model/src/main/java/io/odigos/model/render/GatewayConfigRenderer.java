package io.odigos.model.render;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.render.CollectorConfig.Pipeline;
import io.odigos.model.render.GatewayRender.Rejection;
import io.odigos.model.render.action.ActionProcessors;
import io.odigos.model.render.action.InvalidActionException;
import io.odigos.model.render.action.ProcessorDefinition;
import io.odigos.model.render.action.ProcessorResources;
import io.odigos.model.render.destination.DestinationConfigurer;
import io.odigos.model.render.destination.DestinationConfigurers;
import io.odigos.model.render.destination.DestinationExport;
import io.odigos.model.render.destination.DestinationValues;
import io.odigos.model.render.destination.InvalidDestinationException;
import io.odigos.model.render.sampling.SamplingProcessors;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders the cluster gateway's collector config: otlp in, memory_limiter, the odigos version, the
 * action processors by order hint, sampling, then a forward connector per signal fanning out to one
 * pipeline per destination (batch + the destination's exporter). Pure: same input, same YAML.
 */
public final class GatewayConfigRenderer {

  static final List<ObservabilitySignal> PIPELINE_SIGNALS =
      List.of(ObservabilitySignal.TRACES, ObservabilitySignal.METRICS, ObservabilitySignal.LOGS);

  private final DestinationCatalog catalog;

  public GatewayConfigRenderer(DestinationCatalog catalog) {
    this.catalog = catalog;
  }

  public GatewayConfigRenderer() {
    this(DestinationCatalog.defaultCatalog());
  }

  public GatewayRender render(
      List<RenderableDestination> destinations,
      List<Action> actions,
      List<Processor> processors,
      List<Sampling> samplings,
      GatewaySettings settings) {
    CollectorConfig config = new CollectorConfig();
    Map<String, Rejection> rejected = new TreeMap<>();
    config.receiver("otlp", Components.otlpReceiver());
    config.processor("memory_limiter", Components.memoryLimiter(settings));
    config.processor(
        "resource/odigos-version",
        Map.of(
            "attributes",
            List.of(
                Map.of(
                    "key",
                    "odigos.version",
                    "value",
                    settings.odigosVersion(),
                    "action",
                    "upsert"))));
    config.processor("batch", Map.of());
    config.extension("health_check", Map.of("endpoint", "0.0.0.0:13133"));

    List<ProcessorDefinition> chain = actionChain(actions, processors, rejected);
    chain.forEach(p -> config.processor(p.id(), p.config()));
    SamplingProcessors sampling = SamplingProcessors.render(actions, samplings, settings);
    rejected.putAll(sampling.rejections());
    sampling.processors().forEach(config::processor);

    Map<ObservabilitySignal, List<String>> destinationPipelines = new LinkedHashMap<>();
    Map<String, String> destinationErrors = new TreeMap<>();
    Set<String> configured = new LinkedHashSet<>();
    Map<String, Pipeline> outgoing = new LinkedHashMap<>();
    for (RenderableDestination d : sorted(destinations)) {
      if (Boolean.TRUE.equals(d.destination().getSpec().getDisabled())) {
        continue;
      }
      try {
        DestinationExport export = export(d);
        export.exporters().forEach(config::exporter);
        export.extensions().forEach(config::extension);
        export
            .exporterBySignal()
            .forEach(
                (signal, exporter) -> {
                  String pipeline = pipelineName(signal) + "/" + d.name();
                  outgoing.put(
                      pipeline,
                      new Pipeline(List.of(forward(signal)), List.of("batch"), List.of(exporter)));
                  destinationPipelines
                      .computeIfAbsent(signal, s -> new ArrayList<>())
                      .add(pipeline);
                });
        configured.add(d.name());
      } catch (InvalidDestinationException e) {
        destinationErrors.put(d.name(), e.getMessage());
      }
    }

    Set<ObservabilitySignal> receiving = EnumSet.noneOf(ObservabilitySignal.class);
    for (ObservabilitySignal signal : PIPELINE_SIGNALS) {
      if (!destinationPipelines.containsKey(signal)) {
        continue;
      }
      receiving.add(signal);
      config.connector(forward(signal), Map.of());
      List<String> steps = new ArrayList<>(List.of("memory_limiter", "resource/odigos-version"));
      chain.stream().filter(p -> p.appliesTo(signal)).forEach(p -> steps.add(p.id()));
      if (signal == ObservabilitySignal.TRACES) {
        steps.addAll(sampling.processors().keySet());
      }
      config.pipeline(
          pipelineName(signal) + "/in",
          new Pipeline(List.of("otlp"), steps, List.of(forward(signal))));
    }
    outgoing.forEach(config::pipeline);
    if (receiving.isEmpty()) {
      // no destination made it: keep the gateway valid and healthy, and drop what arrives
      config.exporter("debug/no-destination", Map.of("verbosity", "basic"));
      config.pipeline(
          "traces/in",
          new Pipeline(
              List.of("otlp"), List.of("memory_limiter"), List.of("debug/no-destination")));
    }
    return new GatewayRender(config.toYaml(), configured, destinationErrors, rejected, receiving);
  }

  private DestinationExport export(RenderableDestination d) throws InvalidDestinationException {
    Destination dest = d.destination();
    String typeId = dest.getSpec().getType();
    DestinationType type =
        catalog
            .find(typeId)
            .orElseThrow(
                () ->
                    new InvalidDestinationException(
                        "unknown destination type \""
                            + typeId
                            + "\"; see the destination catalog"));
    DestinationConfigurer configurer =
        DestinationConfigurers.forType(typeId)
            .orElseThrow(
                () -> new InvalidDestinationException("no exporter for type \"" + typeId + "\""));
    Set<ObservabilitySignal> signals = EnumSet.noneOf(ObservabilitySignal.class);
    if (dest.getSpec().getSignals() != null) {
      signals.addAll(dest.getSpec().getSignals());
    }
    DestinationValues values =
        DestinationValues.of(
            type,
            d.name(),
            dest.getSpec().getData() == null ? Map.of() : dest.getSpec().getData(),
            d.secretKeys(),
            signals);
    return configurer.configure(values);
  }

  /** Gateway processors from Actions and Processor CRs, in chain order; rejects are collected. */
  static List<ProcessorDefinition> actionChain(
      List<Action> actions, List<Processor> processors, Map<String, Rejection> rejected) {
    List<ProcessorDefinition> chain = new ArrayList<>();
    for (Action action : actions) {
      try {
        chain.addAll(ActionProcessors.translate(action));
      } catch (InvalidActionException e) {
        rejected.put("Action/" + action.getMetadata().getName(), rejection(e));
      }
    }
    for (Processor processor : processors) {
      try {
        ProcessorResources.translate(processor).stream()
            .filter(p -> p.role() == CollectorsGroupRole.CLUSTER_GATEWAY)
            .forEach(chain::add);
      } catch (InvalidActionException e) {
        rejected.put("Processor/" + processor.getMetadata().getName(), rejection(e));
      }
    }
    chain.sort(ProcessorDefinition.CHAIN_ORDER);
    return chain;
  }

  private static Rejection rejection(InvalidActionException e) {
    return new Rejection(e.reason(), e.getMessage());
  }

  private static List<RenderableDestination> sorted(List<RenderableDestination> destinations) {
    return destinations.stream().sorted(Comparator.comparing(RenderableDestination::name)).toList();
  }

  static String pipelineName(ObservabilitySignal signal) {
    return signal.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String forward(ObservabilitySignal signal) {
    return "forward/" + pipelineName(signal);
  }
}
