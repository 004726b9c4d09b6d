package io.odigos.model.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayConfigRendererTest {

  private final GatewayConfigRenderer renderer = new GatewayConfigRenderer();
  private final GatewaySettings settings = GatewaySettings.defaults("v1.0.0-test");

  @Test
  void everyActionAndSamplerInOneGateway() {
    GatewayRender r =
        renderer.render(
            Fixtures.destinations(),
            Fixtures.actions(),
            Fixtures.processors(),
            Fixtures.samplings(),
            settings);
    Goldens.assertMatches("gateway/all-actions.yaml", r.yaml());
    assertThat(r.destinationErrors()).isEmpty();
    assertThat(r.actionErrors()).isEmpty();
    assertThat(r.configuredDestinations())
        .containsExactlyInAnyOrder("honeycomb", "local-debug", "tempo-prod");
    assertThat(r.receiverSignals())
        .containsExactlyInAnyOrder(
            ObservabilitySignal.TRACES, ObservabilitySignal.METRICS, ObservabilitySignal.LOGS);
  }

  @Test
  void oneDestinationNoAction() {
    GatewayRender r =
        renderer.render(
            Fixtures.destinations().subList(0, 1), List.of(), List.of(), List.of(), settings);
    Goldens.assertMatches("gateway/one-destination.yaml", r.yaml());
    assertThat(r.receiverSignals()).containsExactly(ObservabilitySignal.TRACES);
  }

  @Test
  void processorsRunInOrderHintOrderWithinEachSignal() {
    GatewayRender r =
        renderer.render(
            Fixtures.destinations(),
            Fixtures.actions(),
            Fixtures.processors(),
            List.of(),
            settings);
    Map<String, Object> service = section(r.yaml(), "service");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, List<String>>> pipelines =
        (Map<String, Map<String, List<String>>>) service.get("pipelines");
    assertThat(pipelines.get("traces/in").get("processors"))
        .containsExactly(
            "memory_limiter",
            "resource/odigos-version",
            "resource/cluster-info",
            "transform/rename-legacy",
            "transform/drop-secrets",
            "redaction/mask-pii",
            "probabilistic_sampler",
            "tail_sampling");
    assertThat(pipelines.get("logs/in").get("processors"))
        .containsExactly(
            "memory_limiter",
            "resource/odigos-version",
            "filter/drop-debug-logs",
            "resource/cluster-info",
            "transform/drop-secrets",
            "redaction/mask-pii");
    assertThat(pipelines.get("traces/honeycomb").get("receivers"))
        .containsExactly("forward/traces");
  }

  @Test
  void aBrokenDestinationIsReportedAndTheOthersStillRender() {
    Destination broken =
        Fixtures.one(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Destination
            metadata: {name: typo, namespace: odigos-system}
            spec: {type: jaegerr, destinationName: typo, data: {}, signals: [TRACES]}
            """,
            Destination.class);
    List<RenderableDestination> all =
        List.of(Fixtures.destinations().getFirst(), new RenderableDestination(broken, Set.of()));
    GatewayRender r = renderer.render(all, List.of(), List.of(), List.of(), settings);
    assertThat(r.destinationErrors()).containsOnlyKeys("typo");
    assertThat(r.destinationErrors().get("typo")).contains("unknown destination type \"jaegerr\"");
    assertThat(r.configuredDestinations()).containsExactly("tempo-prod");
    assertThat(r.yaml()).contains("traces/tempo-prod").doesNotContain("typo");
  }

  @Test
  void withoutAnyUsableDestinationTheGatewayStaysValidAndDrops() {
    GatewayRender r = renderer.render(List.of(), List.of(), List.of(), List.of(), settings);
    Goldens.assertMatches("gateway/no-destination.yaml", r.yaml());
    assertThat(r.receiverSignals()).isEmpty();
  }

  @Test
  void anActionWithTwoPayloadsIsRejectedAndTheRestApplies() {
    Action twoPayloads =
        Fixtures.one(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Action
            metadata: {name: greedy, namespace: odigos-system}
            spec:
              signals: [TRACES]
              deleteAttribute: {attributeNamesToDelete: [a]}
              renameAttribute: {renames: {b: c}}
            """,
            Action.class);
    List<Action> actions = new java.util.ArrayList<>(Fixtures.actions());
    actions.add(twoPayloads);
    GatewayRender r =
        renderer.render(Fixtures.destinations(), actions, List.of(), List.of(), settings);
    assertThat(r.actionErrors()).containsOnlyKeys("Action/greedy");
    assertThat(r.actionErrors().get("Action/greedy").reason()).isEqualTo("MultiplePayloads");
    assertThat(r.actionErrors().get("Action/greedy").message())
        .isEqualTo(
            "action greedy sets 2 actions (deleteAttribute, renameAttribute); an Action carries"
                + " exactly one");
    assertThat(r.yaml()).contains("transform/drop-secrets").doesNotContain("greedy");
  }

  @Test
  void renderingIsDeterministicWhateverTheInputOrder() {
    var destinations = new java.util.ArrayList<>(Fixtures.destinations());
    var actions = new java.util.ArrayList<>(Fixtures.actions());
    String first = renderer.render(destinations, actions, List.of(), List.of(), settings).yaml();
    java.util.Collections.reverse(destinations);
    java.util.Collections.reverse(actions);
    String second = renderer.render(destinations, actions, List.of(), List.of(), settings).yaml();
    assertThat(second).isEqualTo(first);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(String yaml, String key) {
    return (Map<String, Object>) Yaml.read(yaml).get(key);
  }
}
