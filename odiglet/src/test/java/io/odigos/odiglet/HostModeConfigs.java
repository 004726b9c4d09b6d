package io.odigos.odiglet;

import java.util.Map;

/** Odiglet configurations the integration tests start it with. */
public final class HostModeConfigs {
  private HostModeConfigs() {}

  /**
   * Host mode on node "sandbox" (processes labelled by ODIGOS_HOST_WORKLOAD), scanning every
   * second.
   */
  public static OdigletConfig scanningEverySecond() {
    return OdigletConfig.fromEnvironment(
        Map.of(
            "ODIGOS_HOST_MODE",
            "true",
            "NODE_NAME",
            "sandbox",
            "ODIGOS_SCAN_INTERVAL_SECONDS",
            "1"));
  }
}
