package io.odigos.model.render.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.ProcessorSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A user's raw {@link Processor} CR as a processor definition per collector role it targets. */
public final class ProcessorResources {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COMPONENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*");

  private ProcessorResources() {}

  @SuppressWarnings("unchecked")
  public static List<ProcessorDefinition> translate(Processor processor)
      throws InvalidActionException {
    ProcessorSpec spec = processor.getSpec();
    String name = processor.getMetadata().getName();
    if (spec == null
        || spec.getType() == null
        || !COMPONENT_TYPE.matcher(spec.getType()).matches()) {
      throw new InvalidActionException(
          "InvalidType", "processor " + name + " needs a collector processor type such as batch");
    }
    if (Boolean.TRUE.equals(spec.getDisabled())) {
      return List.of();
    }
    EnumSet<ObservabilitySignal> signals = EnumSet.noneOf(ObservabilitySignal.class);
    if (spec.getSignals() != null) {
      spec.getSignals().stream().filter(Objects::nonNull).forEach(signals::add);
    }
    if (signals.isEmpty()) {
      throw new InvalidActionException("NoSignals", "processor " + name + " lists no signals");
    }
    List<CollectorsGroupRole> roles =
        spec.getCollectorRoles() == null || spec.getCollectorRoles().isEmpty()
            ? List.of(CollectorsGroupRole.CLUSTER_GATEWAY)
            : spec.getCollectorRoles();
    Map<String, Object> config =
        spec.getProcessorConfig() == null
            ? Map.of()
            : JSON.convertValue(spec.getProcessorConfig(), Map.class);
    int order = spec.getOrderHint() == null ? 0 : spec.getOrderHint();
    return roles.stream()
        .map(r -> new ProcessorDefinition(spec.getType() + "/" + name, config, signals, r, order))
        .toList();
  }
}
