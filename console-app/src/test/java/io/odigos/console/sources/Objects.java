package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.Source;
import java.util.ArrayList;
import java.util.List;

/** Sources and InstrumentationConfigs as the API server would send them. */
final class Objects {
  private Objects() {}

  static Source namespaceSource(String ns, boolean disabled) {
    return SourcePlans.source(ns, "Namespace", ns, "namespace-" + ns, disabled);
  }

  static Source workloadSource(WorkloadKey k, boolean disabled) {
    return SourcePlans.source(
        k.namespace(), k.kind(), k.name(), k.instrumentationConfigName(), disabled);
  }

  static InstrumentationConfig ic(
      WorkloadKey k, String agentStatus, String reason, String message, String... langVersion) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(k.namespace())
            .withName(k.instrumentationConfigName())
            .build());
    InstrumentationConfigStatus st = new InstrumentationConfigStatus();
    List<RuntimeDetailsByContainer> details = new ArrayList<>();
    for (int i = 0; i < langVersion.length; i += 2) {
      RuntimeDetailsByContainer d = new RuntimeDetailsByContainer();
      d.setContainerName("c" + i);
      d.setLanguage(ProgrammingLanguage.valueOf(langVersion[i]));
      d.setRuntimeVersion(langVersion[i + 1]);
      details.add(d);
    }
    st.setRuntimeDetailsByContainer(details);
    if (agentStatus != null) {
      st.getConditions()
          .add(
              new ConditionBuilder()
                  .withType("AgentEnabled")
                  .withStatus(agentStatus)
                  .withReason(reason)
                  .withMessage(message)
                  .withLastTransitionTime("2026-01-01T00:00:00Z")
                  .build());
    }
    ic.setStatus(st);
    return ic;
  }
}
