package io.odigos.model.render.sampling;

import io.odigos.model.render.GatewayRender.Rejection;
import io.odigos.model.v1alpha1.CostReductionRule;
import io.odigos.model.v1alpha1.HighlyRelevantOperation;
import io.odigos.model.v1alpha1.NoisyOperation;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.model.v1alpha1.SamplingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a {@link Sampling} CR as tail-sampling policies: highly relevant operations are kept
 * (at least their percentage), noisy operations and cost-reduction rules are limited to at most
 * theirs. Source scopes are not applied at the gateway yet: a scoped rule is rejected rather than
 * silently widened to every source.
 */
final class SamplingRules {

  private SamplingRules() {}

  static void addTo(SamplingPlan plan, Sampling sampling, Map<String, Rejection> rejections) {
    SamplingSpec spec = sampling.getSpec();
    String name = sampling.getMetadata().getName();
    if (spec == null || Boolean.TRUE.equals(spec.getDisabled())) {
      return;
    }
    List<String> problems = new ArrayList<>();
    int i = 0;
    for (HighlyRelevantOperation op : orEmpty(spec.getHighlyRelevantOperations())) {
      String rule = ruleName(name, "relevant", op.name(), i++);
      if (Boolean.TRUE.equals(op.disabled())) {
        continue;
      }
      if (op.sourceScopes() != null) {
        problems.add(rule + ": sourceScopes are not supported at the gateway yet");
        continue;
      }
      List<Map<String, Object>> all = new ArrayList<>();
      if (Boolean.TRUE.equals(op.error())) {
        all.add(Policies.statusError(rule + "-error"));
      }
      if (op.durationAtLeastMs() != null) {
        all.add(Policies.latency(rule + "-latency", op.durationAtLeastMs()));
      }
      OperationConditions.of(op.operation())
          .ifPresent(c -> all.add(Policies.ottlSpan(rule + "-operation", List.of(c))));
      double percentage = op.percentageAtLeast() == null ? 100.0 : op.percentageAtLeast();
      if (percentage < 100.0) {
        all.add(Policies.probabilistic(rule + "-ratio", percentage));
      }
      if (all.isEmpty()) {
        all.add(Policies.alwaysSample(rule + "-all"));
      }
      plan.keep(Policies.and(rule, all));
    }
    i = 0;
    for (NoisyOperation op : orEmpty(spec.getNoisyOperations())) {
      String rule = ruleName(name, "noisy", op.name(), i++);
      if (Boolean.TRUE.equals(op.disabled())) {
        continue;
      }
      Optional<String> condition = OperationConditions.of(op.operation());
      if (op.sourceScopes() != null || condition.isEmpty()) {
        problems.add(
            rule
                + (condition.isEmpty()
                    ? ": a noisy operation needs an operation, or it would limit every trace"
                    : ": sourceScopes are not supported at the gateway yet"));
        continue;
      }
      limit(
          plan, rule, condition.get(), op.percentageAtMost() == null ? 0.0 : op.percentageAtMost());
    }
    i = 0;
    for (CostReductionRule op : orEmpty(spec.getCostReductionRules())) {
      String rule = ruleName(name, "cost", op.name(), i++);
      if (Boolean.TRUE.equals(op.disabled())) {
        continue;
      }
      Optional<String> condition = OperationConditions.of(op.operation());
      if (op.sourceScopes() != null || condition.isEmpty()) {
        problems.add(
            rule
                + (condition.isEmpty()
                    ? ": a cost reduction rule needs an operation, or it would limit every trace"
                    : ": sourceScopes are not supported at the gateway yet"));
        continue;
      }
      limit(plan, rule, condition.get(), op.percentageAtMost());
    }
    if (!problems.isEmpty()) {
      rejections.put(
          "Sampling/" + name,
          new Rejection(
              "UnsupportedRule", "sampling " + name + ": " + String.join("; ", problems)));
    }
  }

  private static void limit(SamplingPlan plan, String rule, String condition, double percentage) {
    plan.limit(condition);
    if (percentage > 0) {
      plan.keep(
          Policies.and(
              rule,
              List.of(
                  Policies.ottlSpan(rule + "-operation", List.of(condition)),
                  Policies.probabilistic(rule + "-ratio", percentage))));
    }
  }

  private static String ruleName(String sampling, String kind, String name, int index) {
    return sampling + "/" + kind + "/" + (name == null || name.isBlank() ? index : name);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
