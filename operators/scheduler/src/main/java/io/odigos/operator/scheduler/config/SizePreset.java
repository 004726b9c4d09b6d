package io.odigos.operator.scheduler.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * The resource size presets ({@code resourceSizePreset}, formerly {@code sizingConfig}): replicas
 * and memory/CPU for the gateway and the node collector. The numbers follow upstream Odigos, except
 * that the default preset (S) lets the gateway grow to 10 replicas, as PRODUCT.md asks; the
 * memory_limiter sits 50 MiB below the memory limit, its spike gap is 20% of that and GOMEMLIMIT
 * 80%.
 */
public enum SizePreset {
  SIZE_S(
      "size_s",
      1,
      10,
      new ResourceSizes(300, 300, 150, 300, 250, 50, 200),
      new ResourceSizes(150, 300, 150, 300, 250, 50, 200)),
  SIZE_M(
      "size_m",
      2,
      8,
      new ResourceSizes(600, 600, 500, 1000, 550, 110, 440),
      new ResourceSizes(250, 500, 250, 500, 450, 90, 360)),
  SIZE_L(
      "size_l",
      3,
      12,
      new ResourceSizes(850, 850, 750, 1250, 800, 160, 640),
      new ResourceSizes(500, 750, 500, 750, 700, 140, 560));

  private final String wireName;
  private final int gatewayMinReplicas;
  private final int gatewayMaxReplicas;
  private final ResourceSizes gateway;
  private final ResourceSizes node;

  SizePreset(
      String wireName,
      int gatewayMinReplicas,
      int gatewayMaxReplicas,
      ResourceSizes gateway,
      ResourceSizes node) {
    this.wireName = wireName;
    this.gatewayMinReplicas = gatewayMinReplicas;
    this.gatewayMaxReplicas = gatewayMaxReplicas;
    this.gateway = gateway;
    this.node = node;
  }

  /** The name in the configuration, e.g. {@code size_m}. */
  public String wireName() {
    return wireName;
  }

  public int gatewayMinReplicas() {
    return gatewayMinReplicas;
  }

  public int gatewayMaxReplicas() {
    return gatewayMaxReplicas;
  }

  public ResourceSizes gateway() {
    return gateway;
  }

  public ResourceSizes node() {
    return node;
  }

  public static Optional<SizePreset> byWireName(String name) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
  }
}
