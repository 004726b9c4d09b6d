package io.odigos.bench.console;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.odigos.console.connect.ClusterConnector;
import io.odigos.console.core.Activity;
import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Tasks;
import io.odigos.console.sources.SourcesFeature;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.TestbedLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The console's Sources view with 10,000 workloads on a real API server, in headless JavaFX: first
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
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.nanoTime();
    CompletableFuture<Double> toolkit = new CompletableFuture<>();
    Platform.startup(() -> toolkit.complete(ms(t0)));
    double toolkitMs = toolkit.get(60, TimeUnit.SECONDS);
    double trivialFrame = firstFrame(() -> new StackPane(new Label("hello")));
    double sinceJvm = System.currentTimeMillis() - jvmStart;

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
          ms(s0) / 1000);

      long l0 = System.nanoTime();
      int listed = client.apps().deployments().inAnyNamespace().list().getItems().size();
      double plainList = ms(l0);
      if (listed != WORKLOADS) {
        throw new IllegalStateException("listed " + listed + " Deployments");
      }

      Path kubeconfig = Files.createTempDirectory("bench-console").resolve("kubeconfig");
      Files.writeString(kubeconfig, api.kubeconfigYaml());
      String context =
          KubeConfigUtils.parseConfigFromString(api.kubeconfigYaml()).getCurrentContext();
      ClusterSession session =
          new ClusterConnector(Duration.ofSeconds(5), Duration.ofSeconds(60), "odigos-system")
              .connect(kubeconfig, context);
      ExecutorService background = Executors.newFixedThreadPool(4);
      Tasks tasks = new Tasks(background, Platform::runLater, new Activity());

      // the Sources view's own first frame (empty: not connected yet)
      FeatureView[] view = new FeatureView[1];
      Scene[] scene = new Scene[1];
      double viewFrame =
          firstFrame(
              () -> {
                view[0] = new SourcesFeature().create(new FeatureContext(tasks, null));
                return (Parent) view[0].node();
              },
              scene);

      Label count = (Label) fx(() -> scene[0].lookup("#sourcesCount"));
      CountDownLatch loaded = new CountDownLatch(1);
      long v0 = System.nanoTime();
      fx(
          () -> {
            count
                .textProperty()
                .addListener(
                    (o, a, text) -> {
                      if (text.equals(WORKLOADS + " workloads")) {
                        loaded.countDown();
                      }
                    });
            view[0].sessionChanged(session);
            return null;
          });
      if (!loaded.await(300, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the view did not get all workloads: " + count.getText());
      }
      double load = ms(v0);

      TextField filter = (TextField) fx(() -> scene[0].lookup("#sourcesFilter"));
      TableView<?> table = (TableView<?>) fx(() -> scene[0].lookup("#sourcesTable"));
      List<String> typed = typing();
      List<Double> model = new ArrayList<>();
      List<Double> frame = new ArrayList<>();
      for (int round = 0; round < 2; round++) { // round 0 warms up
        for (String text : typed) {
          double[] m = new double[1];
          CompletableFuture<Double> pulse = new CompletableFuture<>();
          long f0 = System.nanoTime();
          Platform.runLater(
              () -> {
                long a = System.nanoTime();
                filter.setText(text);
                m[0] = ms(a);
                Runnable[] once = new Runnable[1];
                once[0] =
                    () -> {
                      scene[0].removePostLayoutPulseListener(once[0]);
                      pulse.complete(ms(f0));
                    };
                scene[0].addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
              });
          double toPulse = pulse.get(30, TimeUnit.SECONDS);
          if (round == 1) {
            model.add(m[0]);
            frame.add(toPulse);
          }
        }
      }
      int shownAtEnd = fx(() -> table.getItems().size());
      long rss = rssKb();

      System.out.println();
      System.out.println(
          "Console Sources view, "
              + WORKLOADS
              + " workloads (machine shared with other work: timings are noisy)");
      row("JavaFX toolkit start", toolkitMs, "");
      row("trivial stage first frame (baseline)", trivialFrame, "");
      row(
          "Sources view first frame",
          viewFrame,
          String.format(Locale.ROOT, "%.2fx trivial", viewFrame / trivialFrame));
      row("first frame: toolkit + view (target <= 2000)", toolkitMs + viewFrame, "");
      row("JVM start -> trivial frame (for reference)", sinceJvm, "");
      row("plain fabric8 list of 10,000 Deployments (baseline)", plainList, "");
      row(
          "Sources view load (all rows in the view model)",
          load,
          String.format(Locale.ROOT, "%.2fx plain list", load / plainList));
      row("filter, view model updated p50", pct(model, 50), "");
      row("filter, view model updated p95", pct(model, 95), "");
      row("filter, to the next frame p50", pct(frame, 50), "");
      row("filter, to the next frame p95 (target <= 100)", pct(frame, 95), "");
      System.out.printf(Locale.ROOT, "%-55s %10d MB%n", "RSS (target <= 400)", rss / 1024);
      System.out.printf(
          Locale.ROOT,
          "(%d filters; last one '%s' shows %d rows)%n",
          model.size(),
          typed.getLast(),
          shownAtEnd);

      fx(
          () -> {
            view[0].sessionChanged(null);
            return null;
          });
      session.close();
      background.shutdownNow();
    } finally {
      Platform.exit();
    }
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

  private static double firstFrame(java.util.function.Supplier<Parent> root) throws Exception {
    return firstFrame(root, new Scene[1]);
  }

  /** From building the root to the end of the first pulse that laid out the shown stage. */
  private static double firstFrame(java.util.function.Supplier<Parent> root, Scene[] out)
      throws Exception {
    CompletableFuture<Double> shown = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          long a = System.nanoTime();
          Stage stage = new Stage();
          Scene scene = new Scene(root.get(), 1400, 860);
          out[0] = scene;
          Runnable[] once = new Runnable[1];
          once[0] =
              () -> {
                scene.removePostLayoutPulseListener(once[0]);
                shown.complete(ms(a));
              };
          scene.addPostLayoutPulseListener(once[0]);
          stage.setScene(scene);
          stage.show();
        });
    return shown.get(60, TimeUnit.SECONDS);
  }

  private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(c.call());
          } catch (Exception e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(60, TimeUnit.SECONDS);
  }

  static long rssKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  private static double pct(List<Double> values, int p) {
    List<Double> s = values.stream().sorted().toList();
    return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  private static void row(String what, double ms, String ratio) {
    System.out.printf(Locale.ROOT, "%-55s %10.1f ms  %s%n", what, ms, ratio);
  }
}
