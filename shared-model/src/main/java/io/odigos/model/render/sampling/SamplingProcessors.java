package io.odigos.model.render.sampling;

import io.odigos.model.render.GatewayRender.Rejection;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Sampling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The gateway's sampling processors from the sampler Actions and the Sampling CRs.
 *
 * <p>tail_sampling keeps a trace when any policy keeps it. So every "keep" rule (errors, slow
 * operations, highly relevant operations, sampled services and attributes) is a policy of its own;
 * rules that limit matching traces ("at most p%") are a policy that keeps p% of them; and a last
 * "fallback" policy keeps the traces no limiting rule matched, at the lowest fallback percentage
 * the sampler actions state (100% when none states one).
 *
 * @param processors processor id to config, in chain order (empty when nothing samples)
 * @param rejections per {@code Kind/name}, the rules that were left out and why
 */
public record SamplingProcessors(
    Map<String, Map<String, Object>> processors, Map<String, Rejection> rejections) {

  public static SamplingProcessors render(
      List<Action> actions, List<Sampling> samplings, GatewaySettings settings) {
    Map<String, Rejection> rejections = new TreeMap<>();
    SamplingPlan plan = new SamplingPlan();
    for (Action action : sortedActions(actions)) {
      ActionSamplers.addTo(plan, action, rejections);
    }
    for (Sampling sampling : sortedSamplings(samplings)) {
      SamplingRules.addTo(plan, sampling, rejections);
    }
    Map<String, Map<String, Object>> processors = new LinkedHashMap<>();
    if (settings.tailSamplingDisabled()) {
      return new SamplingProcessors(processors, rejections);
    }
    plan.headPercentage()
        .ifPresent(p -> processors.put("probabilistic_sampler", Map.of("sampling_percentage", p)));
    tailSampling(plan, settings).ifPresent(t -> processors.put("tail_sampling", t));
    return new SamplingProcessors(processors, rejections);
  }

  private static Optional<Map<String, Object>> tailSampling(
      SamplingPlan plan, GatewaySettings settings) {
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    List<Map<String, Object>> policies = new ArrayList<>(plan.keepPolicies());
    List<Map<String, Object>> rest = new ArrayList<>();
    if (!plan.limitedOperations().isEmpty()) {
      rest.add(
          Policies.ottlSpan(
              "not-limited",
              List.of("not (" + String.join(" or ", plan.limitedOperations()) + ")")));
    }
    double fallback = plan.fallbackPercentage().orElse(100.0);
    rest.add(
        fallback >= 100.0
            ? Policies.alwaysSample("keep")
            : Policies.probabilistic("fallback-ratio", fallback));
    policies.add(Policies.and("fallback", rest));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("decision_wait", settings.tailSamplingDecisionWait());
    config.put("policies", policies);
    return Optional.of(config);
  }

  private static List<Action> sortedActions(List<Action> actions) {
    return actions.stream().sorted(Comparator.comparing(a -> a.getMetadata().getName())).toList();
  }

  private static List<Sampling> sortedSamplings(List<Sampling> samplings) {
    return samplings.stream().sorted(Comparator.comparing(s -> s.getMetadata().getName())).toList();
  }
}
