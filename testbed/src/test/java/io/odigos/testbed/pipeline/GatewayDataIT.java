package io.odigos.testbed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.GatewayRender;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.testbed.Otelcol;
import io.odigos.testbed.OtlpSender;
import io.odigos.testbed.OtlpSender.Span;
import io.odigos.testbed.OtlpSink;
import io.odigos.testbed.OtlpSink.Item;
import io.odigos.testbed.RunningCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real data through a real gateway: a collector runs the rendered gateway config, real OTLP goes
 * in, and a second collector (the destination) records what comes out.
 */
class GatewayDataIT {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private final Otelcol otelcol = Otelcol.fromTestbed();
  private OtlpSink sink;
  private RunningCollector gateway;

  @BeforeEach
  void startSink() {
    sink = OtlpSink.start(otelcol);
  }

  @AfterEach
  void stop() {
    if (gateway != null) {
      gateway.close();
    }
    sink.close();
  }

  @Test
  void attributeActionsChangeWhatReachesTheDestination() {
    OtlpSender sender =
        startGateway(
            actions(
                """
                apiVersion: odigos.io/v1alpha1
                kind: Action
                metadata: {name: cluster-info}
                spec:
                  signals: [TRACES, LOGS]
                  addClusterInfo:
                    clusterAttributes: [{attributeName: k8s.cluster.name, attributeStringValue: prod-eu-1}]
                ---
                apiVersion: odigos.io/v1alpha1
                kind: Action
                metadata: {name: drop-auth}
                spec:
                  signals: [TRACES, LOGS]
                  deleteAttribute: {attributeNamesToDelete: [http.request.header.authorization]}
                ---
                apiVersion: odigos.io/v1alpha1
                kind: Action
                metadata: {name: rename-user}
                spec:
                  signals: [TRACES, LOGS]
                  renameAttribute: {renames: {user_id: enduser.id}}
                ---
                apiVersion: odigos.io/v1alpha1
                kind: Action
                metadata: {name: mask-pii}
                spec:
                  signals: [TRACES, LOGS]
                  piiMasking:
                    piiCategories: [CREDIT_CARD, EMAIL, JWT, UUID]
                    customRegexes: ['EMP-[0-9]{6}']
                """),
            "30s");
    Map<String, String> attributes =
        Map.of(
            "http.request.header.authorization", "Bearer abc",
            "user_id", "u-42",
            "customer.email", "ada@example.com",
            "payment.card", "4111 1111 1111 1111",
            "session.token",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "order.id", "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b",
            "http.route", "/checkout",
            "employee.badge", "badge EMP-123456 scanned");
    sender.sendSpans(List.of(new Span("checkout", "POST /checkout", 20, false, attributes)));
    sender.sendLogs("checkout", List.of(attributes), "order placed");

    Item span = await().atMost(Duration.ofSeconds(20)).until(sink::spans, s -> !s.isEmpty()).get(0);
    Item log = await().atMost(Duration.ofSeconds(20)).until(sink::logs, s -> !s.isEmpty()).get(0);
    for (Item item : List.of(span, log)) {
      assertThat(item.resource()).containsEntry("k8s.cluster.name", "prod-eu-1");
      assertThat(item.resource()).containsEntry("odigos.version", "v0.0.0-it");
      assertThat(item.attributes())
          .doesNotContainKey("http.request.header.authorization")
          .doesNotContainKey("user_id")
          .containsEntry("enduser.id", "u-42")
          .containsEntry("http.route", "/checkout");
      assertThat(item.attributes().get("customer.email")).doesNotContain("ada@example.com");
      assertThat(item.attributes().get("payment.card")).doesNotContain("4111");
      assertThat(item.attributes().get("session.token")).doesNotContain("eyJ");
      assertThat(item.attributes().get("order.id")).doesNotContain("3f2b8c1e");
      assertThat(item.attributes().get("employee.badge")).doesNotContain("EMP-123456");
    }
  }

  @Test
  void samplersKeepErrorsAndSlowSpansAndDropTheRestInProportion() {
    OtlpSender sender =
        startGateway(
            actions(
                """
                apiVersion: odigos.io/v1alpha1
                kind: Action
                metadata: {name: keep-errors}
                spec:
                  signals: [TRACES]
                  samplers:
                    errorSampler: {fallback_sampling_ratio: 25}
                ---
                apiVersion: odigos.io/v1alpha1
                kind: Action
                metadata: {name: keep-slow-buys}
                spec:
                  signals: [TRACES]
                  samplers:
                    latencySampler:
                      endpoints_filters:
                        - {service_name: checkout, http_route: /buy, minimum_latency_threshold: 500, fallback_sampling_ratio: 25}
                """),
            "1s");
    List<Span> spans = new ArrayList<>();
    IntStream.range(0, 40).forEach(i -> spans.add(span("web", "error", 10, true, "/other")));
    IntStream.range(0, 40)
        .forEach(i -> spans.add(span("checkout", "slow-buy", 900, false, "/buy")));
    IntStream.range(0, 100)
        .forEach(i -> spans.add(span("checkout", "fast-buy", 10, false, "/buy")));
    IntStream.range(0, 400).forEach(i -> spans.add(span("web", "normal", 10, false, "/other")));
    for (int i = 0; i < spans.size(); i += 50) {
      sender.sendSpans(spans.subList(i, Math.min(spans.size(), i + 50)));
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("error") == 40 && count("slow-buy") == 40);
    // every decision is due decision_wait (1 s) after a trace's first span; leave room for batching
    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
    System.out.printf(
        "[GatewayDataIT] kept: error %d/40, slow-buy %d/40, fast-buy %d/100, normal %d/400%n",
        count("error"), count("slow-buy"), count("fast-buy"), count("normal"));
    assertThat(count("error")).as("errors are all kept").isEqualTo(40);
    assertThat(count("slow-buy")).as("slow /buy spans are all kept").isEqualTo(40);
    // 25% of 400 = 100, standard deviation ≈ 8.7: a ±40 window fails by chance about once in 10^5
    assertThat(count("normal")).as("the rest is kept at the fallback ratio").isBetween(60L, 140L);
    // 25% of 100 = 25, sd ≈ 4.3
    assertThat(count("fast-buy")).as("fast /buy spans at that endpoint's ratio").isBetween(8L, 45L);
  }

  private static Span span(
      String service, String name, long durationMs, boolean error, String route) {
    return new Span(service, name, durationMs, error, Map.of("http.route", route));
  }

  private long count(String name) {
    return sink.spans().stream().filter(s -> s.name().equals(name)).count();
  }

  private OtlpSender startGateway(List<Action> actions, String decisionWait) {
    Destination sinkDestination =
        YAML.unmarshal(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Destination
            metadata: {name: sink}
            spec:
              type: otlp
              destinationName: Local sink
              data: {OTLP_GRPC_ENDPOINT: "%s"}
              signals: [TRACES, METRICS, LOGS]
            """
                .formatted(sink.endpoint()),
            Destination.class);
    GatewayRender render =
        new GatewayConfigRenderer()
            .render(
                List.of(new RenderableDestination(sinkDestination, Set.of())),
                actions,
                List.of(),
                List.of(),
                GatewaySettings.defaults("v0.0.0-it").withTailSamplingDecisionWait(decisionWait));
    assertThat(render.destinationErrors()).isEmpty();
    assertThat(render.actionErrors()).isEmpty();
    int grpc = RunningCollector.freePort();
    int http = RunningCollector.freePort();
    int health = RunningCollector.freePort();
    // the rendered config listens on the pod's fixed ports; here they move to free loopback ones
    String yaml =
        render
            .yaml()
            .replace("0.0.0.0:4317", "127.0.0.1:" + grpc)
            .replace("0.0.0.0:4318", "127.0.0.1:" + http)
            .replace("0.0.0.0:13133", "127.0.0.1:" + health);
    gateway = RunningCollector.start(otelcol, yaml, http, Map.of());
    return new OtlpSender(http);
  }

  private static List<Action> actions(String yaml) {
    return Arrays.stream(yaml.split("(?m)^---$"))
        .map(doc -> YAML.unmarshal(doc, Action.class))
        .toList();
  }
}
