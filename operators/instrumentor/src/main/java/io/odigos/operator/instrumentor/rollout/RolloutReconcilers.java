package io.odigos.operator.instrumentor.rollout;

import io.javaoperatorsdk.operator.Operator;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import java.time.Clock;

/**
 * The rollout part of the instrumentor: rolls workloads when their agents change, reverts them when
 * their InstrumentationConfig goes, and records a rollback when instrumented pods crash-loop.
 */
public final class RolloutReconcilers {
  private RolloutReconcilers() {}

  /**
   * Registers the rollout reconciler on {@code operator} (InstrumentationConfigs in every
   * namespace; settings from {@code effective-config} in {@link
   * InstrumentorConfig#odigosNamespace()}) and first reverts workloads whose InstrumentationConfig
   * was deleted while nothing watched.
   */
  public static void register(Operator operator, InstrumentorConfig config, Clock clock) {
    OrphanSweep.run(operator.getKubernetesClient());
    operator.register(new RolloutReconciler(config.odigosNamespace(), clock));
  }
}
