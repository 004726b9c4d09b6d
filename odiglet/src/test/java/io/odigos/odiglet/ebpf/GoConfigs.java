package io.odigos.odiglet.ebpf;

import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import java.util.List;

/** InstrumentationConfigs as the instrumentor writes them for a Go workload. */
public final class GoConfigs {
  private GoConfigs() {}

  /**
   * The config of Deployment {@code deployment} whose container "app" gets (or no longer gets) the
   * Go eBPF distro.
   */
  public static InstrumentationConfig forDeployment(String ns, String deployment, boolean enabled) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.getMetadata().setName("deployment-" + deployment);
    ic.getMetadata().setNamespace(ns);
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(enabled);
    ContainerAgentConfig app = new ContainerAgentConfig();
    app.setContainerName("app");
    app.setAgentEnabled(enabled);
    app.setOtelDistroName("golang-community");
    spec.setContainers(List.of(app));
    ic.setSpec(spec);
    return ic;
  }
}
