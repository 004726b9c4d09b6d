package io.odigos.operator.instrumentor.source;

import io.javaoperatorsdk.operator.Operator;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import io.odigos.operator.instrumentor.agent.AgentReconcilers;
import java.time.Clock;

/**
 * Wires Sources to InstrumentationConfigs and the agent decisions on them. Sources, workloads and
 * InstrumentationConfigs are watched in every namespace; CollectorsGroups, Destinations,
 * InstrumentationRules and {@code effective-config} in the Odigos namespace only.
 */
public final class SourceReconcilers {
  private SourceReconcilers() {}

  public static void register(Operator operator, InstrumentorConfig config) {
    register(operator, config, Clock.systemUTC());
  }

  public static void register(Operator operator, InstrumentorConfig config, Clock clock) {
    operator.register(new WorkloadSourcesReconciler(config.odigosNamespace(), clock));
    AgentReconcilers.register(operator, config.odigosNamespace(), clock);
  }
}
