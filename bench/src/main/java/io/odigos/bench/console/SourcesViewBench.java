package io.odigos.bench.console;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.Source;
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
 * The console benchmark: JVM start to the first frame of the real console ({@code ConsoleApp},
 * {@link #STARTS} starts each without and with the console's AOT cache, against a trivial JavaFX
 * stage; median, min, max, CPU time and the machine's load, see {@link Series}), then the window
 * connected to a real kube-apiserver seeded with 10,000 Deployments in 100 namespaces and 2,500
 * InstrumentationConfigs: Sources load until every workload is counted (against a plain fabric8
 * list of the same Deployments), filter-as-you-type from keystroke to the end of the next rendered
 * frame, and the console JVM's RSS (against an idle trivial JavaFX JVM). Each measurement runs in a
 * JVM of its own started like {@code console-app/run.sh} ({@link ConsoleJvm}). Run with {@code
 * bench/run.sh console}, which passes the console's class path and AOT cache.
 */
public final class SourcesViewBench {
  static final int NAMESPACES = 100;
  static final int PER_NAMESPACE = 100;
  static final int WORKLOADS = NAMESPACES * PER_NAMESPACE;

  /** One workload in this many gets an InstrumentationConfig. */
  static final int IC_EVERY = 4;

  /** JVM starts per first-frame figure (median, min and max are shown); -Dbench.console.starts. */
  static final int STARTS = Integer.getInteger("bench.console.starts", 5);

  private SourcesViewBench() {}

  public static void main(String[] args) throws Exception {
    String aotProperty = System.getProperty("console.aot", "");
    Path aot = aotProperty.isBlank() ? null : Path.of(aotProperty);
    if (aot != null && !Files.isRegularFile(aot)) {
      throw new IllegalStateException("no AOT cache at " + aot);
    }
    // baselines and first frames, each in a JVM of its own
    Series trivial = Series.of("trivial", () -> ConsoleJvm.run(TrivialFxProbe.class, null, null));
    Series plain = Series.of("console, no AOT cache", () -> ConsoleJvm.startApp(null));
    Series cached =
        aot == null ? null : Series.of("console, AOT cache", () -> ConsoleJvm.startApp(aot));
    if (List.of(args).contains("--first-frame")) {
      System.out.println();
      firstFrames(aot, trivial, plain, cached);
      System.exit(0);
    }
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
      awaitOdigosStorage(client);
      long l0 = System.nanoTime();
      int listed = client.apps().deployments().inAnyNamespace().list().getItems().size();
      double plainList = (System.nanoTime() - l0) / 1e6;
      if (listed != WORKLOADS) {
        throw new IllegalStateException("listed " + listed + " Deployments");
      }
      Path kubeconfig = Files.createTempDirectory("bench-console").resolve("kubeconfig");
      Files.writeString(kubeconfig, api.kubeconfigYaml());
      String[] probeArgs = {kubeconfig.toString(), Integer.toString(WORKLOADS)};
      Map<String, Double> sources =
          ConsoleJvm.run(SourcesViewProbe.class, null, kubeconfig, probeArgs);
      Map<String, Double> sourcesAot =
          aot == null ? null : ConsoleJvm.run(SourcesViewProbe.class, aot, kubeconfig, probeArgs);

      System.out.println();
      System.out.println(
          "Console with "
              + WORKLOADS
              + " workloads on a real kube-apiserver "
              + api.gitVersion()
              + "; each figure from a JVM of its own with console-app/jvm.options, headless (software"
              + " rendering)");
      firstFrames(aot, trivial, plain, cached);
      row("plain fabric8 list of 10,000 Deployments (baseline)", plainList, "ms", "");
      report("no AOT cache", sources, plainList, trivial.median("rss_mb"));
      if (sourcesAot != null) {
        report("AOT cache", sourcesAot, plainList, trivial.median("rss_mb"));
      }
      System.out.printf(
          Locale.ROOT,
          "(%.0f filters as typed, round 2 of 2; the last shows %.0f rows; %.0f views built)%n",
          sources.get("filters"),
          sources.get("rows_after_last_filter"),
          sources.get("views_built"));
    }
    System.exit(0);
  }

  private static void firstFrames(Path aot, Series trivial, Series plain, Series cached) {
    System.out.println(aot == null ? "AOT cache: none" : "AOT cache: " + aot);
    double trivialFrame = trivial.median("first_frame_ms");
    trivial.report("trivial JavaFX stage, JVM start -> first frame (baseline)", Double.NaN);
    plain.report("console (ConsoleApp), JVM start -> first frame, no AOT cache", trivialFrame);
    if (cached != null) {
      cached.report("console (ConsoleApp), JVM start -> first frame, AOT cache", trivialFrame);
      System.out.println("  where the start-up goes, AOT cache (median ms since JVM start):");
      System.out.println("   " + cached.timeline());
    }
  }

  private static void report(
      String how, Map<String, Double> r, double plainList, double trivialRss) {
    row(
        "Sources load, connect -> all rows counted, " + how,
        r.get("load_ms"),
        "ms",
        ratio(r.get("load_ms"), plainList, "plain list"));
    row("filter, keystroke -> model updated p50, " + how, r.get("filter_model_p50_ms"), "ms", "");
    row(
        "filter, keystroke -> next frame p50, " + how,
        r.get("filter_frame_p50_ms"),
        "ms",
        verdict(r.get("filter_frame_p50_ms") <= 100, "<= 100"));
    row(
        "filter, keystroke -> next frame p95, " + how,
        r.get("filter_frame_p95_ms"),
        "ms",
        verdict(r.get("filter_frame_p95_ms") <= 100, "<= 100"));
    row("filter, keystroke -> next frame max, " + how, r.get("filter_frame_max_ms"), "ms", "");
    row(
        "console RSS, Sources loaded and filtered, " + how,
        r.get("rss_mb"),
        "MB",
        ratio(r.get("rss_mb"), trivialRss, "idle trivial JavaFX JVM")
            + verdict(r.get("rss_mb") <= 400, "<= 400"));
    System.out.printf(
        Locale.ROOT,
        "  (heap committed %.0f MB, used %.0f MB, live after a full GC %.0f MB; non-heap %.0f MB)%n",
        r.get("heap_committed_mb"),
        r.get("heap_used_mb"),
        r.get("heap_live_mb"),
        r.get("non_heap_committed_mb"));
  }

  /** A fresh API server may answer 429 "storage is (re)initializing" for a new CRD for a while. */
  private static void awaitOdigosStorage(KubernetesClient client) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      try {
        client.resources(Source.class).inAnyNamespace().list();
        client.resources(InstrumentationConfig.class).inAnyNamespace().list();
        return;
      } catch (KubernetesClientException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }

  static String ratio(double value, double baseline, String what) {
    return String.format(Locale.ROOT, "%.2fx %s", value / baseline, what);
  }

  static String verdict(boolean met, String target) {
    return (met ? "  met (target " : "  MISSED (target ") + target + ")";
  }

  static void row(String what, double value, String unit, String notes) {
    System.out.printf(Locale.ROOT, "%-72s %8.0f %s  %s%n", what, value, unit, notes);
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
