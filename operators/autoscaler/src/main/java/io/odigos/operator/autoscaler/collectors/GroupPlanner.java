package io.odigos.operator.autoscaler.collectors;

import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.GatewayRender;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.NodeCollectorConfigRenderer;
import io.odigos.model.render.NodeCollectorSettings;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.render.destination.DestinationValues;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.operator.autoscaler.AutoscalerConfig;
import io.odigos.operator.autoscaler.collectors.desired.CollectorResources;
import io.odigos.operator.autoscaler.collectors.desired.GroupPlan;
import io.odigos.operator.autoscaler.collectors.desired.GroupPlan.SecretEnv;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes a {@link GroupPlan} from a CollectorsGroup and the pipeline inputs. Pure. */
public final class GroupPlanner {

  private final GatewayConfigRenderer gatewayRenderer;

  public GroupPlanner(GatewayConfigRenderer gatewayRenderer) {
    this.gatewayRenderer = gatewayRenderer;
  }

  public GroupPlan plan(CollectorsGroup group, PipelineInputs in, AutoscalerConfig config) {
    CollectorsGroupSpec spec =
        group.getSpec() == null ? new CollectorsGroupSpec() : group.getSpec();
    CollectorsGroupRole role = spec.getRole();
    CollectorResources resources = CollectorResources.of(spec.getResourcesSettings(), role);
    GatewayRender gateway = renderGateway(spec, in, config, resources);
    if (role == CollectorsGroupRole.CLUSTER_GATEWAY) {
      List<SecretEnv> env = new ArrayList<>();
      for (RenderableDestination d : enabled(in.destinations())) {
        var ref = d.destination().getSpec().getSecretRef();
        if (ref != null && ref.name() != null) {
          env.add(new SecretEnv(ref.name(), DestinationValues.envPrefix(d.name())));
        }
      }
      return new GroupPlan(
          group,
          config.collectorImage(),
          resources,
          gateway.yaml(),
          sha256(gateway.yaml()),
          secretsHash(env, in.secretData()),
          env,
          gateway.receiverSignals());
    }
    String namespace = group.getMetadata().getNamespace();
    NodeCollectorSettings node =
        new NodeCollectorSettings(
            "odigos-gateway." + namespace + ":4317",
            resources.memoryLimiterLimitMiB(),
            resources.memoryLimiterSpikeLimitMiB(),
            Boolean.TRUE.equals(spec.getEnableDataCompression()),
            spec.getK8sNodeLogsDirectory() == null
                ? "/var/log/pods"
                : spec.getK8sNodeLogsDirectory());
    String yaml =
        NodeCollectorConfigRenderer.render(
            gateway.receiverSignals(), in.workloads(), in.actions(), in.processors(), node);
    return new GroupPlan(
        group,
        config.collectorImage(),
        resources,
        yaml,
        sha256(yaml),
        sha256(""),
        List.of(),
        gateway.receiverSignals());
  }

  private GatewayRender renderGateway(
      CollectorsGroupSpec spec,
      PipelineInputs in,
      AutoscalerConfig config,
      CollectorResources resources) {
    var tail = spec.getSampling() == null ? null : spec.getSampling().tailSampling();
    GatewaySettings settings =
        new GatewaySettings(
            config.odigosVersion(),
            resources.memoryLimiterLimitMiB(),
            resources.memoryLimiterSpikeLimitMiB(),
            tail == null || tail.traceAggregationWaitDuration() == null
                ? "30s"
                : tail.traceAggregationWaitDuration(),
            tail != null && Boolean.TRUE.equals(tail.disabled()));
    return gatewayRenderer.render(
        in.destinations(), in.actions(), in.processors(), in.samplings(), settings);
  }

  private static List<RenderableDestination> enabled(List<RenderableDestination> all) {
    return all.stream()
        .filter(d -> !Boolean.TRUE.equals(d.destination().getSpec().getDisabled()))
        .sorted(java.util.Comparator.comparing(RenderableDestination::name))
        .toList();
  }

  /** One digest over every referenced Secret's keys and values; the values never leave here. */
  static String secretsHash(List<SecretEnv> env, Map<String, Map<String, String>> secretData) {
    StringBuilder all = new StringBuilder();
    env.stream()
        .map(SecretEnv::secretName)
        .distinct()
        .sorted()
        .forEach(
            name -> {
              all.append(name).append('\n');
              new TreeMap<>(secretData.getOrDefault(name, Map.of()))
                  .forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
            });
    return sha256(all.toString());
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
