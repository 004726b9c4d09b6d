package io.odigos.operator.autoscaler.status;

import io.odigos.model.render.GatewayRender.Rejection;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.action.ActionProcessors;
import io.odigos.model.render.action.InvalidActionException;
import io.odigos.model.render.action.ProcessorDefinition;
import io.odigos.model.render.action.ProcessorResources;
import io.odigos.model.render.sampling.SamplingProcessors;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.model.v1alpha1.SamplingSpec;
import io.odigos.operator.support.Conditions.Desired;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether an Action, a Processor or a Sampling makes it into the collectors' configs, as one
 * condition each, judged by the same pure translation the collector config renderer uses. Pure.
 */
final class PipelineDiagnosis {

  /** Action (and legacy action) condition, as upstream names it. */
  static final String ACTION_TYPE = "TransformedToProcessor";

  static final String PROCESSOR_CREATED = "ProcessorCreated";
  static final String ACTION_DISABLED = "ActionDisabled";

  /** Processor condition. */
  static final String PROCESSOR_TYPE = "ProcessorConfigured";

  static final String ADDED_TO_CONFIG = "AddedToCollectorConfig";
  static final String PROCESSOR_DISABLED = "ProcessorDisabled";

  /** Sampling condition. */
  static final String SAMPLING_TYPE = "RulesApplied";

  static final String ADDED_TO_SAMPLING = "AddedToTailSampling";
  static final String NO_RULES = "NoEnabledRules";
  static final String SAMPLING_DISABLED = "SamplingDisabled";
  static final String MISSING_SPEC = "MissingSpec";

  /** Set by the reconcilers when the check itself fails (a bug, not the user's mistake). */
  static final String CHECK_FAILED = "CheckFailed";

  private static final List<ObservabilitySignal> SIGNAL_ORDER =
      List.of(
          ObservabilitySignal.TRACES,
          ObservabilitySignal.METRICS,
          ObservabilitySignal.LOGS,
          ObservabilitySignal.PROFILES);

  private PipelineDiagnosis() {}

  static Desired action(Action action, GatewaySettings settings) {
    String name = action.getMetadata().getName();
    List<ProcessorDefinition> processors;
    String payload;
    try {
      processors = ActionProcessors.translate(action);
      payload = ActionProcessors.payloadName(name, action.getSpec());
    } catch (InvalidActionException e) {
      return Desired.isFalse(ACTION_TYPE, e.reason(), e.getMessage());
    }
    SamplingProcessors sampling = SamplingProcessors.render(List.of(action), List.of(), settings);
    Rejection rejected = sampling.rejections().get("Action/" + name);
    if (rejected != null) {
      return Desired.isFalse(ACTION_TYPE, rejected.reason(), rejected.message());
    }
    if (Boolean.TRUE.equals(action.getSpec().getDisabled())) {
      return Desired.isFalse(
          ACTION_TYPE, ACTION_DISABLED, "the action is disabled: no processor runs for it");
    }
    String message =
        switch (payload) {
          case "samplers" ->
              sampling.processors().isEmpty()
                  ? "its samplers are off: tail sampling is disabled in the gateway"
                  : "its samplers run in the cluster gateway's "
                      + String.join(" and ", sampling.processors().keySet())
                      + " processor, merged with every other sampling rule";
          case "k8sAttributes" -> "configures the node collector's k8sattributes processor";
          default -> describe(processors);
        };
    return Desired.isTrue(ACTION_TYPE, PROCESSOR_CREATED, message);
  }

  static Desired processor(Processor processor) {
    List<ProcessorDefinition> definitions;
    try {
      definitions = ProcessorResources.translate(processor);
    } catch (InvalidActionException e) {
      return Desired.isFalse(PROCESSOR_TYPE, e.reason(), e.getMessage());
    }
    if (definitions.isEmpty()) {
      return Desired.isFalse(
          PROCESSOR_TYPE,
          PROCESSOR_DISABLED,
          "the processor is disabled: it is left out of the collector configs");
    }
    return Desired.isTrue(PROCESSOR_TYPE, ADDED_TO_CONFIG, describe(definitions));
  }

  static Desired sampling(Sampling sampling, GatewaySettings settings) {
    SamplingSpec spec = sampling.getSpec();
    if (spec == null) {
      return Desired.isFalse(SAMPLING_TYPE, MISSING_SPEC, "the sampling has no spec");
    }
    SamplingProcessors rendered = SamplingProcessors.render(List.of(), List.of(sampling), settings);
    Rejection rejected = rendered.rejections().get("Sampling/" + sampling.getMetadata().getName());
    if (rejected != null) {
      return Desired.isFalse(SAMPLING_TYPE, rejected.reason(), rejected.message());
    }
    if (Boolean.TRUE.equals(spec.getDisabled())) {
      return Desired.isFalse(
          SAMPLING_TYPE, SAMPLING_DISABLED, "the sampling is disabled: none of its rules apply");
    }
    int relevant = enabled(spec.getHighlyRelevantOperations(), r -> isOn(r.disabled()));
    int noisy = enabled(spec.getNoisyOperations(), r -> isOn(r.disabled()));
    int cost = enabled(spec.getCostReductionRules(), r -> isOn(r.disabled()));
    if (relevant + noisy + cost == 0) {
      return Desired.isTrue(SAMPLING_TYPE, NO_RULES, "no enabled rule: nothing to apply");
    }
    if (rendered.processors().isEmpty()) {
      return Desired.isFalse(
          SAMPLING_TYPE, SAMPLING_DISABLED, "tail sampling is disabled in the cluster gateway");
    }
    List<String> parts = new ArrayList<>();
    count(parts, relevant, "highly relevant operation");
    count(parts, noisy, "noisy operation");
    count(parts, cost, "cost reduction rule");
    return Desired.isTrue(
        SAMPLING_TYPE,
        ADDED_TO_SAMPLING,
        String.join(", ", parts)
            + " added to the cluster gateway's "
            + String.join(" and ", rendered.processors().keySet())
            + " processor");
  }

  /**
   * One sentence per processor: {@code transform processor "transform/x" on the cluster gateway for
   * TRACES, LOGS}. Definitions that differ only by role are told once.
   */
  static String describe(List<ProcessorDefinition> definitions) {
    Set<String> sentences = new LinkedHashSet<>();
    for (ProcessorDefinition d : definitions) {
      String roles =
          String.join(
              " and ",
              definitions.stream()
                  .filter(o -> o.id().equals(d.id()))
                  .map(o -> role(o.role()))
                  .distinct()
                  .toList());
      String type = d.id().contains("/") ? d.id().substring(0, d.id().indexOf('/')) : d.id();
      sentences.add(
          type
              + " processor \""
              + d.id()
              + "\" on the "
              + roles
              + " for "
              + String.join(
                  ", ",
                  SIGNAL_ORDER.stream()
                      .filter(d.signals()::contains)
                      .map(ObservabilitySignal::name)
                      .toList()));
    }
    return String.join("; ", sentences);
  }

  private static String role(CollectorsGroupRole role) {
    return role == CollectorsGroupRole.NODE_COLLECTOR ? "node collector" : "cluster gateway";
  }

  private static boolean isOn(Boolean disabled) {
    return !Boolean.TRUE.equals(disabled);
  }

  private static <T> int enabled(List<T> rules, Predicate<T> on) {
    return rules == null ? 0 : (int) rules.stream().filter(on).count();
  }

  private static void count(List<String> parts, int n, String what) {
    if (n > 0) {
      parts.add(n + " " + what + (n == 1 ? "" : "s"));
    }
  }
}
