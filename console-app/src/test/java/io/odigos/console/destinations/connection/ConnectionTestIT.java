package io.odigos.console.destinations.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.Otelcol;
import io.odigos.testbed.RunningCollector;
import io.odigos.testbed.WithRealApiServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connection tests against a real collector (the testbed's otelcol): open OTLP HTTP and gRPC
 * receivers, and receivers that demand a token (bearertokenauth on the server side), so that
 * success, a refused key, a closed port and a wrong path are all real answers. The in-cluster case
 * goes through the real API server's service proxy to a Service whose Endpoints name this machine's
 * own address.
 */
@WithRealApiServer
class ConnectionTestIT {
  private static final String DYNATRACE_TOKEN = "dt0c01.right-token";
  private static final String TEMPO_USER = "123456";
  private static final String TEMPO_PASSWORD = "glc_right";

  private static final DestinationCatalog CATALOG = DestinationCatalog.defaultCatalog();
  private static final OtlpConnectionTester DIRECT =
      new OtlpConnectionTester(Duration.ofSeconds(3), Duration.ofSeconds(5));

  private static RunningCollector collector;
  private static String hostIp;
  private static int http;
  private static int grpc;
  private static int lockedHttp;
  private static int lockedGrpc;

  @BeforeAll
  static void startCollector() {
    hostIp = nonLoopbackAddress();
    http = RunningCollector.freePort();
    grpc = RunningCollector.freePort();
    lockedHttp = RunningCollector.freePort();
    lockedGrpc = RunningCollector.freePort();
    String basic =
        Base64.getEncoder()
            .encodeToString((TEMPO_USER + ":" + TEMPO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    String config =
        """
        extensions:
          bearertokenauth/dynatrace: {scheme: Api-Token, token: "%s"}
          bearertokenauth/basic: {scheme: Basic, token: "%s"}
        receivers:
          otlp/open:
            protocols:
              http: {endpoint: "0.0.0.0:%d"}
              grpc: {endpoint: "127.0.0.1:%d"}
          otlp/dynatrace:
            protocols:
              http:
                endpoint: "127.0.0.1:%d"
                traces_url_path: /api/v2/otlp/v1/traces
                auth: {authenticator: bearertokenauth/dynatrace}
          otlp/tempo:
            protocols:
              grpc:
                endpoint: "127.0.0.1:%d"
                auth: {authenticator: bearertokenauth/basic}
        exporters:
          debug: {verbosity: basic}
        service:
          extensions: [bearertokenauth/dynatrace, bearertokenauth/basic]
          telemetry:
            metrics:
              level: none
          pipelines:
            traces: {receivers: [otlp/open, otlp/dynatrace, otlp/tempo], exporters: [debug]}
        """
            .formatted(DYNATRACE_TOKEN, basic, http, grpc, lockedHttp, lockedGrpc);
    collector = RunningCollector.start(Otelcol.fromTestbed(), config, lockedGrpc, Map.of());
  }

  @AfterAll
  static void stopCollector() {
    if (collector != null) {
      collector.close();
    }
  }

  private static ConnectionTarget target(
      String type, Map<String, String> data, Map<String, String> secrets) {
    ConnectionPlan plan =
        ConnectionTargets.plan(
            CATALOG.find(type).orElseThrow(),
            data,
            secrets,
            Set.of(),
            Set.of(ObservabilitySignal.TRACES));
    assertThat(plan).isInstanceOf(ConnectionPlan.Ready.class);
    return ((ConnectionPlan.Ready) plan).target();
  }

  @Test
  void otlpHttpAndGrpcReceiversAcceptTheEmptyExport() {
    ConnectionResult viaHttp =
        DIRECT.test(
            target("otlphttp", Map.of("OTLP_HTTP_ENDPOINT", "http://127.0.0.1:" + http), Map.of()));
    assertThat(viaHttp.ok()).as(viaHttp.message()).isTrue();
    assertThat(viaHttp.message())
        .startsWith("Connected: http://127.0.0.1:" + http + "/v1/traces accepted")
        .contains("HTTP 200");
    assertThat(viaHttp.latency()).isPositive();

    ConnectionResult viaGrpc =
        DIRECT.test(
            target("otlp", Map.of("OTLP_GRPC_ENDPOINT", "http://127.0.0.1:" + grpc), Map.of()));
    assertThat(viaGrpc.ok()).as(viaGrpc.message()).isTrue();
    assertThat(viaGrpc.message()).contains("over gRPC");
  }

  @Test
  void aClosedPortIsRefusedInWords() {
    int closed = RunningCollector.freePort();
    ConnectionResult overHttp =
        DIRECT.test(
            target(
                "otlphttp", Map.of("OTLP_HTTP_ENDPOINT", "http://127.0.0.1:" + closed), Map.of()));
    assertThat(overHttp.ok()).isFalse();
    assertThat(overHttp.message())
        .isEqualTo(
            "Connection refused by 127.0.0.1:"
                + closed
                + ": nothing listens there (or a firewall rejects it)");

    ConnectionResult overGrpc =
        DIRECT.test(
            target("otlp", Map.of("OTLP_GRPC_ENDPOINT", "http://127.0.0.1:" + closed), Map.of()));
    assertThat(overGrpc.ok()).isFalse();
    assertThat(overGrpc.message()).startsWith("Connection refused by 127.0.0.1:" + closed);
  }

  @Test
  void aWrongPathGetsTheReceivers404() {
    ConnectionResult r =
        DIRECT.test(
            target(
                "otlphttp",
                Map.of(
                    "OTLP_HTTP_ENDPOINT", "http://127.0.0.1:" + http,
                    "OTLP_HTTP_TRACES_ENDPOINT", "http://127.0.0.1:" + http + "/v2/traces"),
                Map.of()));
    assertThat(r.ok()).isFalse();
    assertThat(r.message())
        .startsWith("HTTP 404: nothing at /v2/traces on 127.0.0.1:" + http)
        .contains("Check the URL's path");
  }

  @Test
  void theRightKeyPassesAndAWrongOneIsRefusedWithoutBeingShown() {
    Map<String, String> dynatrace = Map.of("DYNATRACE_URL", "http://127.0.0.1:" + lockedHttp);
    ConnectionResult right =
        DIRECT.test(target("dynatrace", dynatrace, Map.of("DYNATRACE_API_TOKEN", DYNATRACE_TOKEN)));
    assertThat(right.ok()).as(right.message()).isTrue();

    String wrongToken = "dt0c01.wrong-token";
    ConnectionResult wrong =
        DIRECT.test(target("dynatrace", dynatrace, Map.of("DYNATRACE_API_TOKEN", wrongToken)));
    assertThat(wrong.ok()).isFalse();
    assertThat(wrong.message())
        .startsWith("The API key was refused (HTTP 401 from http://127.0.0.1:" + lockedHttp)
        .doesNotContain(wrongToken);

    Map<String, String> tempo =
        Map.of(
            "GRAFANA_CLOUD_TEMPO_ENDPOINT",
            "http://127.0.0.1:" + lockedGrpc,
            "GRAFANA_CLOUD_TEMPO_USERNAME",
            TEMPO_USER);
    ConnectionResult grpcRight =
        DIRECT.test(
            target(
                "grafanacloudtempo",
                tempo,
                Map.of("GRAFANA_CLOUD_TEMPO_PASSWORD", TEMPO_PASSWORD)));
    assertThat(grpcRight.ok()).as(grpcRight.message()).isTrue();
    ConnectionResult grpcWrong =
        DIRECT.test(
            target("grafanacloudtempo", tempo, Map.of("GRAFANA_CLOUD_TEMPO_PASSWORD", "nope")));
    assertThat(grpcWrong.ok()).isFalse();
    assertThat(grpcWrong.message()).startsWith("The API key was refused (gRPC UNAUTHENTICATED");
  }

  @Test
  void anInClusterServiceIsTestedThroughTheApiServersServiceProxy(ApiServer api) {
    String ns = api.createNamespace("conn-test");
    var client = api.client();
    // the API server's service proxy only goes to addresses of Pods: a Pod object whose IP is this
    // machine's, where the collector listens
    var pod =
        client
            .pods()
            .inNamespace(ns)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName("sink-0")
                    .endMetadata()
                    .withNewSpec()
                    .addNewContainer()
                    .withName("collector")
                    .withImage("otelcol")
                    .endContainer()
                    .endSpec()
                    .build())
            .create();
    pod.setStatus(
        new PodStatusBuilder()
            .withPhase("Running")
            .withPodIP(hostIp)
            .addNewPodIP()
            .withIp(hostIp)
            .endPodIP()
            .build());
    client.pods().inNamespace(ns).resource(pod).updateStatus();
    client
        .services()
        .inNamespace(ns)
        .resource(
            new ServiceBuilder()
                .withNewMetadata()
                .withName("sink")
                .endMetadata()
                .withNewSpec()
                .addNewPort()
                .withName("otlp-http")
                .withPort(4318)
                .withNewTargetPort(http)
                .endPort()
                .endSpec()
                .build())
        .create();
    client
        .endpoints()
        .inNamespace(ns)
        .resource(
            new EndpointsBuilder()
                .withNewMetadata()
                .withName("sink")
                .endMetadata()
                .addNewSubset()
                .addNewAddress()
                .withIp(hostIp)
                .withNewTargetRef()
                .withKind("Pod")
                .withNamespace(ns)
                .withName("sink-0")
                .endTargetRef()
                .endAddress()
                .addNewPort()
                .withName("otlp-http")
                .withPort(http)
                .endPort()
                .endSubset()
                .build())
        .create();
    var tester =
        new RoutingConnectionTester(DIRECT, new ClusterProxyTester(client, Duration.ofSeconds(10)));
    ConnectionResult ok =
        tester.test(
            target(
                "otlphttp",
                Map.of("OTLP_HTTP_ENDPOINT", "http://sink." + ns + ".svc:4318"),
                Map.of()));
    assertThat(ok.ok()).as(ok.message()).isTrue();
    assertThat(ok.message()).endsWith("through the API server's service proxy");

    ConnectionResult wrongPath =
        tester.test(
            target(
                "otlphttp",
                Map.of(
                    "OTLP_HTTP_ENDPOINT",
                    "http://sink." + ns + ".svc:4318",
                    "OTLP_HTTP_TRACES_ENDPOINT",
                    "http://sink." + ns + ".svc.cluster.local:4318/nope"),
                Map.of()));
    assertThat(wrongPath.ok()).isFalse();
    assertThat(wrongPath.message()).startsWith("HTTP 404: nothing at /nope");

    ConnectionResult noService =
        tester.test(
            target(
                "otlphttp",
                Map.of("OTLP_HTTP_ENDPOINT", "http://gone." + ns + ".svc:4318"),
                Map.of()));
    assertThat(noService.ok()).isFalse();
    assertThat(noService.message())
        .startsWith("The API server could not reach gone." + ns + ":4318");
  }

  private static String nonLoopbackAddress() {
    try {
      return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
          .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
          .filter(
              a ->
                  a instanceof java.net.Inet4Address
                      && !a.isLoopbackAddress()
                      && !a.isLinkLocalAddress())
          .map(java.net.InetAddress::getHostAddress)
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "this test needs a non-loopback IPv4 address (the API server refuses to"
                          + " proxy to loopback)"));
    } catch (java.net.SocketException e) {
      throw new IllegalStateException(e);
    }
  }
}
