package io.odigos.operator.instrumentor.agent;

import io.fabric8.kubernetes.api.model.Condition;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleStatus;
import io.odigos.operator.support.Conditions;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells on each InstrumentationRule whether it is applied: condition {@value #VALID} is True
 * ({@code RuleAccepted}) or False ({@code InvalidRule}, listing every problem). An invalid rule is
 * left out of all workloads by {@link AgentEnabledReconciler}; nothing else changes.
 */
@ControllerConfiguration(name = "instrumentor-rules")
public final class InstrumentationRuleReconciler implements Reconciler<InstrumentationRule> {
  public static final String VALID = "Valid";
  private static final Logger log = LoggerFactory.getLogger(InstrumentationRuleReconciler.class);
  private final Clock clock;

  public InstrumentationRuleReconciler(Clock clock) {
    this.clock = clock;
  }

  /** The condition for the rule as it is written. Pure. */
  static Desired condition(InstrumentationRule rule) {
    List<String> problems = RuleValidator.problems(rule);
    if (!problems.isEmpty()) {
      return Desired.isFalse(VALID, "InvalidRule", "not applied: " + String.join("; ", problems));
    }
    boolean disabled = rule.getSpec() != null && Boolean.TRUE.equals(rule.getSpec().getDisabled());
    return Desired.isTrue(
        VALID,
        "RuleAccepted",
        disabled
            ? "valid, and disabled: not applied until disabled is unset"
            : "applied to every instrumented workload in its scope");
  }

  @Override
  public UpdateControl<InstrumentationRule> reconcile(
      InstrumentationRule rule, Context<InstrumentationRule> context) {
    long generation = Objects.requireNonNullElse(rule.getMetadata().getGeneration(), 0L);
    Desired desired = condition(rule);
    InstrumentationRuleStatus current = rule.getStatus();
    List<Condition> before = current == null ? List.of() : current.getConditions();
    List<Condition> after = Conditions.set(before, desired, generation, clock.instant());
    if (Conditions.same(before, after)
        && current != null
        && Objects.equals(current.getObservedGeneration(), generation)) {
      return UpdateControl.noUpdate();
    }
    var previous = current == null ? null : current.condition(VALID).orElse(null);
    if (previous == null
        || !desired.reason().equals(previous.getReason())
        || !desired.message().equals(previous.getMessage())) {
      log.info("{} {} ({}): {}", VALID, desired.status(), desired.reason(), desired.message());
    }
    InstrumentationRuleStatus status = new InstrumentationRuleStatus();
    status.setConditions(after);
    status.setObservedGeneration(generation);
    InstrumentationRule patch = new InstrumentationRule();
    patch.setMetadata(rule.getMetadata());
    patch.setStatus(status);
    return UpdateControl.patchStatus(patch);
  }
}
