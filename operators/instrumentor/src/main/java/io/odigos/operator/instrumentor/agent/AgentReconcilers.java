package io.odigos.operator.instrumentor.agent;

import io.javaoperatorsdk.operator.Operator;
import java.time.Clock;

/** Wires the agent part: agent decisions on every InstrumentationConfig, rule validation. */
public final class AgentReconcilers {
  private AgentReconcilers() {}

  public static void register(Operator operator, String odigosNamespace, Clock clock) {
    operator.register(new AgentEnabledReconciler(odigosNamespace, clock));
    operator.register(
        new InstrumentationRuleReconciler(clock), c -> c.settingNamespace(odigosNamespace));
  }
}
