package io.odigos.bench.console;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.TestbedLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * frame (toolkit start, then the view's stage to its first pulse), load until all 10,000 rows are
 * in the view model, filter-as-you-type latency (p50/p95), and the process's RSS. Baselines of the
 * same run: a plain fabric8 list of the 10,000 Deployments and a trivial stage's first frame. Run
 * with {@code bench/run.sh console}.
 */
public final class SourcesViewBench {
  static final int NAMESPACES = 100;
  static final int PER_NAMESPACE = 100;
  static final int WORKLOADS = NAMESPACES * PER_NAMESPACE;

  /** One workload in this many gets an InstrumentationConfig. */
  static final int IC_EVERY = 4;

  private SourcesViewBench() {}

  public static void main(String[] args) throws Exception {
    // baseline of the same run: a trivial JavaFX stage's first frame, in a JVM of its own
    Map<String, Double> trivial = ConsoleJvm.run(TrivialFxProbe.class);
    try (ApiServer api = ApiServer.start(TestbedLayout.discover())) {
      KubernetesClient client = api.client();
      long s0 = System.nanoTime();
      seed(client);
      System.out.printf(
          Locale.ROOT,
          "seeded %d Deployments in %d namespaces (+%d ICs) in %.1f s%n",
          WORKLOADS,
          NAMESPACES,
          WORKLOADS / IC_EVERY,
          (System.nanoTime() - s0) / 1e9);
      long l0 = System.nanoTime();
      int listed = client.apps().deployments().inAnyNamespace().list().getItems().size();
      double plainList = (System.nanoTime() - l0) / 1e6;
      if (listed != WORKLOADS) {
        throw new IllegalStateException("listed " + listed + " Deployments");
      }
      Path kubeconfig = Files.createTempDirectory("bench-console").resolve("kubeconfig");
      Files.writeString(kubeconfig, api.kubeconfigYaml());
      Map<String, Double> r =
          ConsoleJvm.run(SourcesViewProbe.class, kubeconfig, kubeconfig.toString());

      System.out.println();
      System.out.println(
          "Console, Sources view with "
              + WORKLOADS
              + " workloads on a real kube-apiserver "
              + api.gitVersion()
              + "; the console in its own JVM with console-app/jvm.options, headless");
      double consoleFrame = r.get("console_first_frame_ms");
      double trivialFrame = trivial.get("first_frame_ms");
      row("trivial JavaFX stage, JVM start -> first frame (baseline)", trivialFrame, "");
      row(
          "console window, JVM start -> first frame (target <= 2000)",
          consoleFrame,
          ratio(consoleFrame, trivialFrame, "trivial") + verdict(consoleFrame <= 2000));
      row("plain fabric8 list of 10,000 Deployments (baseline)", plainList, "");
      row(
          "Sources view load (all rows in the view model)",
          r.get("load_ms"),
          ratio(r.get("load_ms"), plainList, "plain list"));
      row("filter, view model updated p50", r.get("filter_model_p50_ms"), "");
      row("filter, view model updated p95", r.get("filter_model_p95_ms"), "");
      row(
          "filter, to the next frame p50 (target <= 100)",
          r.get("filter_frame_p50_ms"),
          verdict(r.get("filter_frame_p50_ms") <= 100));
      row("filter, to the next frame p95", r.get("filter_frame_p95_ms"), "");
      System.out.printf(
          Locale.ROOT,
          "%-60s %10.0f MB  (idle trivial JavaFX JVM: %.0f MB)%s%n",
          "console RSS with the view loaded (target <= 400)",
          r.get("rss_mb"),
          trivial.get("rss_mb"),
          verdict(r.get("rss_mb") <= 400));
      System.out.printf(
          Locale.ROOT,
          "(%.0f filters as typed; the last shows %.0f rows)%n",
          r.get("filters"),
          r.get("rows_after_last_filter"));
    }
    System.exit(0);
  }

  private static String ratio(double value, double baseline, String what) {
    return String.format(Locale.ROOT, "%.2fx %s", value / baseline, what);
  }

  private static String verdict(boolean met) {
    return met ? "  met" : "  MISSED";
  }

  private static void row(String what, double ms, String ratio) {
    System.out.printf(Locale.ROOT, "%-60s %10.1f ms  %s%n", what, ms, ratio);
  }

  /** What a user types: words growing a letter at a time, then erased. */
  static List<String> typing() {
    List<String> t = new ArrayList<>();
    for (String word : List.of("ns-042", "app-17", "java")) {
      for (int i = 1; i <= word.length(); i++) {
        t.add(word.substring(0, i));
      }
    }
    t.add("instrumented");
    t.add("");
    return t;
  }

  private static void seed(KubernetesClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int n = 0; n < NAMESPACES; n++) {
        String ns = String.format(Locale.ROOT, "ns-%03d", n);
        client
            .namespaces()
            .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
            .create();
        for (int w = 0; w < PER_NAMESPACE; w++) {
          String name = String.format(Locale.ROOT, "app-%03d", w);
          boolean withIc = (n * PER_NAMESPACE + w) % IC_EVERY == 0;
          done.add(
              pool.submit(
                  () -> {
                    client.apps().deployments().inNamespace(ns).resource(deployment(name)).create();
                    if (withIc) {
                      ic(client, ns, name);
                    }
                  }));
        }
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Deployment deployment(String name) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .withNewSelector()
        .addToMatchLabels("app", name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("registry.example/" + name + ":1")
        .addNewEnv()
        .withName("MODE")
        .withValue("prod")
        .endEnv()
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static void ic(KubernetesClient client, String ns, String name) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder().withName("deployment-" + name).withNamespace(ns).build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    spec.setServiceName(name);
    ic.setSpec(spec);
    var ics = client.resources(InstrumentationConfig.class).inNamespace(ns);
    ics.resource(ic).create();
    ics.withName(ic.getMetadata().getName())
        .editStatus(
            c -> {
              InstrumentationConfigStatus st = new InstrumentationConfigStatus();
              RuntimeDetailsByContainer d = new RuntimeDetailsByContainer();
              d.setContainerName("app");
              d.setLanguage(ProgrammingLanguage.JAVA);
              d.setRuntimeVersion("21.0.4");
              st.setRuntimeDetailsByContainer(List.of(d));
              st.getConditions()
                  .add(
                      new ConditionBuilder()
                          .withType("AgentEnabled")
                          .withStatus("False")
                          .withReason("NoDestination")
                          .withMessage("no enabled Destination")
                          .withLastTransitionTime("2026-01-01T00:00:00Z")
                          .build());
              c.setStatus(st);
              return c;
            });
  }
}
