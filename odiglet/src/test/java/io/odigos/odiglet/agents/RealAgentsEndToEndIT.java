package io.odigos.odiglet.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.GatewayRender;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.NodeCollectorConfigRenderer;
import io.odigos.model.render.NodeCollectorSettings;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.odiglet.agents.apps.JavaHelloServer;
import io.odigos.operator.instrumentor.inject.DistroVariables;
import io.odigos.operator.instrumentor.inject.InjectionResult;
import io.odigos.operator.instrumentor.inject.PodInjector;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.Otelcol;
import io.odigos.testbed.OtlpSink;
import io.odigos.testbed.OtlpSink.Item;
import io.odigos.testbed.RunningCollector;
import io.odigos.testbed.TestbedLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The real agents, end to end on this machine: a Java, a Node.js and a Python HTTP service each run
 * as a process with the environment the instrumentor's webhook gives its container (the injector's
 * own output, resolved as the kubelet resolves it), send their spans to a real node collector
 * running the rendered node config, which forwards to a real gateway running the rendered gateway
 * config, which exports to a local OTLP sink. One request per service must arrive as an HTTP server
 * span with the service's name and its Kubernetes resource attributes.
 *
 * <p>Host mode differs from a node in two places only, each in one function: {@link #onThisHost}
 * (the agents directory is not at /var/odigos and the node collector's OTLP/HTTP port is a free
 * one) and {@link #nodeConfigOnThisHost} (loopback ports, and the k8sattributes processor reads a
 * real API server through a kubeconfig instead of a service account).
 */
@TestInstance(Lifecycle.PER_CLASS)
class RealAgentsEndToEndIT {
  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final String NS = "shop";
  private static final String NODE_NAME = "host-mode-node";
  private static final String ODIGOS_VERSION = "v0.0.0-e2e";
  private static final Duration START_PATIENCE = Duration.ofSeconds(120);
  private static final Duration SPAN_PATIENCE = Duration.ofSeconds(90);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<AutoCloseable> running = new ArrayList<>();
  private AgentsDirectory agents;
  private Otelcol otelcol;
  private OtlpSink sink;
  private RunningCollector gateway;
  private RunningCollector nodeCollector;
  private int nodeOtlpHttpPort;

  /** One instrumented workload: a Deployment with one container. */
  private record Workload(
      String deployment, String container, String distro, ProgrammingLanguage language) {
    String podName() {
      return deployment + "-5d9f8c7b6-x7k2p";
    }
  }

  @BeforeAll
  void startPipeline() {
    agents = AgentsDirectory.locate();
    otelcol = Otelcol.fromTestbed();
    sink = OtlpSink.start(otelcol);
    running.add(sink);
    int gatewayGrpc = startGateway();
    ApiServer api = ApiServer.startWithoutCrds(TestbedLayout.discover());
    running.add(api);
    startNodeCollector(gatewayGrpc, api);
  }

  @AfterAll
  void stopPipeline() {
    for (AutoCloseable c : running.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("[RealAgentsEndToEndIT] closing " + c + ": " + e);
      }
    }
  }

  @Test
  void javaAgentReportsTheJdkHttpServersRequest() {
    Workload w =
        new Workload("inventory", "inventory-app", "java-community", ProgrammingLanguage.JAVA);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classes = codeLocation(JavaHelloServer.class);
    runAndAssert(w, List.of(java.toString(), "-cp", classes, JavaHelloServer.class.getName()));
  }

  @Test
  void nodeAgentReportsTheHttpModulesRequest() {
    Workload w =
        new Workload(
            "frontend", "frontend-app", "nodejs-community", ProgrammingLanguage.JAVASCRIPT);
    Path script = copyResource("apps/hello-server.js");
    runAndAssert(w, List.of(executableOnPath("node").toString(), script.toString()));
  }

  @Test
  void pythonAgentReportsTheFlaskRequest() {
    Workload w =
        new Workload("recommend", "recommend-app", "python-community", ProgrammingLanguage.PYTHON);
    Path python = agents.root().resolveSibling("test-apps").resolve("python/bin/python");
    assertThat(python)
        .as("the test app's Python venv: run " + AgentsDirectory.INSTALL_SCRIPT)
        .exists();
    Path script = copyResource("apps/hello_server.py");
    runAndAssert(w, List.of(python.toString(), script.toString()));
  }

  private void runAndAssert(Workload w, List<String> command) {
    int port = RunningCollector.freePort();
    Map<String, String> env = injectedEnvironment(w, port);
    String path = "/hello/" + w.language().name().toLowerCase(java.util.Locale.ROOT);
    ServiceProcess service = ServiceProcess.start(w.deployment(), command, env);
    try {
      service.awaitListening(port, START_PATIENCE);
      HttpResponse<String> response = get(port, path);
      assertThat(response.statusCode()).as("the service's answer").isEqualTo(200);
      Item span = awaitServerSpan(w.deployment(), path);
      System.out.printf(
          "[RealAgentsEndToEndIT] %s: server span '%s' %s, resource %s%n",
          w.deployment(), span.name(), span.attributes(), span.resource());
      assertThat(span.resource())
          .containsEntry("service.name", w.deployment())
          .containsEntry("k8s.namespace.name", NS)
          .containsEntry("k8s.pod.name", w.podName())
          .containsEntry("k8s.container.name", w.container())
          .containsEntry("k8s.deployment.name", w.deployment())
          // added by the node collector's resource/node processor, then by the gateway
          .containsEntry("k8s.node.name", NODE_NAME)
          .containsEntry("odigos.version", ODIGOS_VERSION);
    } catch (AssertionError | RuntimeException e) {
      System.err.println(diagnostics(service));
      throw e;
    } finally {
      service.close();
    }
  }

  /**
   * The webhook's injection into a fresh pod of the workload, then the pod as the API server,
   * scheduler and kubelet complete it (name, node, host IP), then its container's environment as
   * the kubelet resolves it, adjusted to this host.
   */
  private Map<String, String> injectedEnvironment(Workload w, int port) {
    Pod admitted =
        new PodBuilder()
            .withNewMetadata()
            .withGenerateName(w.deployment() + "-5d9f8c7b6-")
            .withNamespace(NS)
            .addNewOwnerReference()
            .withApiVersion("apps/v1")
            .withKind("ReplicaSet")
            .withName(w.deployment() + "-5d9f8c7b6")
            .withUid("rs-uid")
            .withController(true)
            .endOwnerReference()
            .endMetadata()
            .withNewSpec()
            .withContainers(
                new ContainerBuilder()
                    .withName(w.container())
                    .withImage("example/" + w.deployment())
                    .withEnv(new EnvVar("PORT", Integer.toString(port), null))
                    .build())
            .endSpec()
            .build();
    InjectionResult injection =
        PodInjector.withDefaultIgnoredContainers()
            .inject(admitted, instrumentationConfig(w), List.of(runtimeDetails(w)));
    assertThat(injection.conflicts()).as("injection conflicts").isEmpty();
    assertThat(injection.injectedContainers()).containsExactly(w.container());
    Pod running =
        new PodBuilder(injection.pod())
            .editMetadata()
            .withName(w.podName())
            .withUid("pod-uid-" + w.deployment())
            .endMetadata()
            .editSpec()
            .withNodeName(NODE_NAME)
            .endSpec()
            .withNewStatus()
            .withHostIP("127.0.0.1")
            .withPodIP("127.0.0.1")
            .endStatus()
            .build();
    Map<String, String> containerEnv =
        KubeletEnvironment.of(running, running.getSpec().getContainers().getFirst());
    Map<String, String> env = new LinkedHashMap<>(imageEnvironment(w));
    env.putAll(onThisHost(containerEnv));
    System.out.printf("[RealAgentsEndToEndIT] %s runs with %s%n", w.deployment(), env);
    return env;
  }

  /**
   * The host-mode substitution, in one place: the webhook's environment names the agents at {@value
   * DistroVariables#AGENTS_DIR} (the device plugin's mount) and the node collector at the node's IP
   * on port 4318; here the agents are in the cache and the collector listens on a free port.
   */
  private Map<String, String> onThisHost(Map<String, String> kubeletEnv) {
    assertThat(kubeletEnv.get("OTEL_EXPORTER_OTLP_ENDPOINT"))
        .as("the webhook's collector endpoint, resolved by the kubelet")
        .isEqualTo("http://127.0.0.1:4318");
    Map<String, String> env = new LinkedHashMap<>();
    kubeletEnv.forEach(
        (k, v) -> env.put(k, v.replace(DistroVariables.AGENTS_DIR, agents.root().toString())));
    env.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + nodeOtlpHttpPort);
    return env;
  }

  /** What the container image itself would set: a search path and a home. */
  private static Map<String, String> imageEnvironment(Workload w) {
    try {
      Path home = Files.createTempDirectory("odiglet-e2e-home-" + w.deployment() + "-");
      return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", home.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InstrumentationConfig instrumentationConfig(Workload w) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder().withName("deployment-" + w.deployment()).withNamespace(NS).build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    spec.setAgentsMetaHash("e2e");
    ContainerAgentConfig c = new ContainerAgentConfig();
    c.setContainerName(w.container());
    c.setAgentEnabled(true);
    c.setOtelDistroName(w.distro());
    spec.setContainers(List.of(c));
    ic.setSpec(spec);
    ic.setStatus(new InstrumentationConfigStatus());
    return ic;
  }

  private static RuntimeDetailsByContainer runtimeDetails(Workload w) {
    RuntimeDetailsByContainer d = new RuntimeDetailsByContainer();
    d.setContainerName(w.container());
    d.setLanguage(w.language());
    d.setEnvFromContainerRuntime(List.of());
    return d;
  }

  private int startGateway() {
    Destination toSink =
        YAML.unmarshal(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Destination
            metadata: {name: sink}
            spec:
              type: otlp
              destinationName: Local sink
              data: {OTLP_GRPC_ENDPOINT: "%s"}
              signals: [TRACES]
            """
                .formatted(sink.endpoint()),
            Destination.class);
    GatewayRender render =
        new GatewayConfigRenderer()
            .render(
                List.of(new RenderableDestination(toSink, Set.of())),
                List.of(),
                List.of(),
                List.of(),
                GatewaySettings.defaults(ODIGOS_VERSION));
    assertThat(render.destinationErrors()).isEmpty();
    int grpc = RunningCollector.freePort();
    int httpPort = RunningCollector.freePort();
    String yaml = onLoopback(render.yaml(), grpc, httpPort, RunningCollector.freePort());
    gateway = RunningCollector.start(otelcol, yaml, grpc, Map.of());
    running.add(gateway);
    return grpc;
  }

  private void startNodeCollector(int gatewayGrpc, ApiServer api) {
    String rendered =
        NodeCollectorConfigRenderer.render(
            Set.of(ObservabilitySignal.TRACES),
            List.of(),
            List.of(),
            List.of(),
            new NodeCollectorSettings("127.0.0.1:" + gatewayGrpc, 200, 40, false, "/var/log/pods"));
    nodeOtlpHttpPort = RunningCollector.freePort();
    String yaml =
        nodeConfigOnThisHost(
            rendered, RunningCollector.freePort(), nodeOtlpHttpPort, RunningCollector.freePort());
    try {
      Path kubeconfig = Files.createTempFile("odiglet-e2e-kubeconfig-", ".yaml");
      Files.writeString(kubeconfig, api.kubeconfigYaml());
      nodeCollector =
          RunningCollector.start(
              otelcol,
              yaml,
              nodeOtlpHttpPort,
              Map.of("NODE_NAME", NODE_NAME, "KUBECONFIG", kubeconfig.toString()));
      running.add(nodeCollector);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The host-mode adjustment of the rendered node config, in one place: loopback ports instead of
   * the pod's, and k8sattributes authenticated by a kubeconfig (a real API server of the testbed)
   * instead of the pod's service account. Everything else runs as rendered.
   */
  static String nodeConfigOnThisHost(String rendered, int grpc, int httpPort, int health) {
    String serviceAccount = "auth_type: serviceAccount";
    assertThat(rendered)
        .as("the rendered node config's k8sattributes auth")
        .contains(serviceAccount);
    return onLoopback(
        rendered.replace(serviceAccount, "auth_type: kubeConfig"), grpc, httpPort, health);
  }

  /**
   * A rendered config on free loopback ports, without the collector's own metrics endpoint (fixed
   * at localhost:8888 when unset, so two collectors on one host would collide on it).
   */
  @SuppressWarnings("unchecked")
  private static String onLoopback(String rendered, int grpc, int httpPort, int health) {
    for (String listen : List.of("0.0.0.0:4317", "0.0.0.0:4318", "0.0.0.0:13133")) {
      assertThat(rendered).as("the rendered config listens on " + listen).contains(listen);
    }
    String moved =
        rendered
            .replace("0.0.0.0:4317", "127.0.0.1:" + grpc)
            .replace("0.0.0.0:4318", "127.0.0.1:" + httpPort)
            .replace("0.0.0.0:13133", "127.0.0.1:" + health);
    Map<String, Object> config = YAML.unmarshal(moved, Map.class);
    Map<String, Object> service = (Map<String, Object>) config.get("service");
    assertThat(service).as("the rendered config's service section").isNotNull();
    assertThat(service)
        .as("telemetry left to the collector's defaults")
        .doesNotContainKey("telemetry");
    service.put("telemetry", Map.of("metrics", Map.of("level", "none")));
    return YAML.asYaml(config);
  }

  private HttpResponse<String> get(int port, String path) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(new URI("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(60))
              .GET()
              .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("GET " + path + " on " + port + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The service's HTTP server span for the path: the Java and Node.js agents name the path {@code
   * url.path} (stable HTTP conventions), the Python instrumentations still {@code http.target}
   * (their default remains the older conventions).
   */
  private Item awaitServerSpan(String service, String path) {
    Function<Item, Optional<String>> requestPath =
        s ->
            Optional.ofNullable(s.attributes().get("url.path"))
                .or(() -> Optional.ofNullable(s.attributes().get("http.target")))
                .map(p -> p.contains("?") ? p.substring(0, p.indexOf('?')) : p);
    Instant deadline = Instant.now().plus(SPAN_PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<Item> found =
          sink.spans().stream()
              .filter(s -> service.equals(s.resource().get("service.name")))
              .filter(s -> s.kind() == Item.SERVER)
              .filter(s -> requestPath.apply(s).filter(path::equals).isPresent())
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "no SERVER span for GET "
            + path
            + " of service "
            + service
            + " reached the sink within "
            + SPAN_PATIENCE
            + "; it got: "
            + sink.spans().stream()
                .map(s -> s.resource().get("service.name") + "/" + s.name() + "/kind " + s.kind())
                .toList());
  }

  private String diagnostics(ServiceProcess service) {
    return String.join(
        "\n",
        "===== " + service.name() + " output =====",
        service.output(),
        "===== node collector =====",
        nodeCollector == null ? "(not started)" : nodeCollector.output(),
        "===== gateway =====",
        gateway == null ? "(not started)" : gateway.output(),
        "===== sink =====",
        sink.collectorOutput());
  }

  private static String codeLocation(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path copyResource(String name) {
    try (InputStream in = RealAgentsEndToEndIT.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + name + " is missing");
      }
      Path dir = Files.createTempDirectory("odiglet-e2e-app-");
      Path file = dir.resolve(Path.of(name).getFileName().toString());
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path executableOnPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        name + " is not on PATH: install Node.js >= 20.6 (the agents need it as well)");
  }
}
