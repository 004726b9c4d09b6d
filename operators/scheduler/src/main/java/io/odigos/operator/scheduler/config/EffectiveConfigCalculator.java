package io.odigos.operator.scheduler.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the user's Odigos configuration into the effective one, as a pure function: profiles fill
 * what the user left unset, the default ignored namespaces and containers are always added, and the
 * size preset provides every collector size the user did not write. Any problem rejects the whole
 * configuration with every problem listed, so a half-understood configuration is never used.
 */
public final class EffectiveConfigCalculator {
  /** Namespaces never instrumented, whatever the user writes (the Odigos namespace is added). */
  public static final List<String> DEFAULT_IGNORED_NAMESPACES =
      List.of("kube-system", "local-path-storage", "istio-system", "linkerd", "kube-node-lease");

  /** Sidecars and helpers never given an agent. */
  public static final List<String> DEFAULT_IGNORED_CONTAINERS =
      List.of(
          "istio-proxy", "vault-agent", "filebeat", "linkerd-proxy", "fluentd", "akeyless-init");

  /** The preset when neither the configuration nor a size profile names one. */
  public static final SizePreset DEFAULT_SIZE = SizePreset.SIZE_S;

  static final List<String> MOUNT_METHODS =
      List.of("k8s-host-path", "k8s-virtual-device", "k8s-init-container");
  static final List<String> ENV_INJECTION_METHODS =
      List.of("loader", "pod-manifest", "loader-fallback-to-pod-manifest");
  static final String GATEWAY = "collectorGateway";
  static final String NODE = "collectorNode";

  private final String odigosNamespace;

  public EffectiveConfigCalculator(String odigosNamespace) {
    this.odigosNamespace = Objects.requireNonNull(odigosNamespace, "odigosNamespace");
  }

  /** The effective configuration for the user's (null: no user configuration at all). */
  public OdigosConfiguration compute(OdigosConfiguration user)
      throws InvalidConfigurationException {
    OdigosConfiguration in = user == null ? OdigosConfiguration.empty() : user;
    List<String> problems = new ArrayList<>();
    List<Profile> profiles = profiles(in.profiles(), problems);
    SizePreset size = size(in, profiles, problems);
    CollectorGatewayConfiguration gateway =
        Objects.requireNonNullElse(in.collectorGateway(), CollectorGatewayConfiguration.empty());
    CollectorNodeConfiguration node =
        Objects.requireNonNullElse(in.collectorNode(), CollectorNodeConfiguration.empty());
    ResourceSizes.notNegative(problems, GATEWAY, "minReplicas", gateway.minReplicas());
    ResourceSizes.notNegative(problems, GATEWAY, "maxReplicas", gateway.maxReplicas());
    problems.addAll(gateway.sizes().negatives(GATEWAY));
    problems.addAll(node.sizes().negatives(NODE));
    Integer port = node.collectorOwnMetricsPort();
    if (port != null && (port < 0 || port > 65535)) {
      problems.add(NODE + ".collectorOwnMetricsPort must be a port number (1-65535), not " + port);
    }
    oneOf(problems, "mountMethod", in.mountMethod(), MOUNT_METHODS);
    oneOf(
        problems,
        "agentEnvVarsInjectionMethod",
        in.agentEnvVarsInjectionMethod(),
        ENV_INJECTION_METHODS);
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }

    OdigosConfiguration.Builder effective = in.toBuilder();
    profiles.forEach(p -> p.applyTo(effective));
    CollectorGatewayConfiguration effectiveGateway =
        gateway.withSizing(
            ResourceSizes.orElse(gateway.minReplicas(), size.gatewayMinReplicas()),
            ResourceSizes.orElse(gateway.maxReplicas(), size.gatewayMaxReplicas()),
            gateway.sizes().over(size.gateway()));
    CollectorNodeConfiguration effectiveNode = node.withSizing(node.sizes().over(size.node()));
    consistency(effectiveGateway, effectiveNode, size, problems);
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return effective
        .ignoredNamespaces(ignoredNamespaces(in))
        .ignoredContainers(union(in.ignoredContainers(), DEFAULT_IGNORED_CONTAINERS))
        .profiles(profiles.stream().map(Profile::wireName).toList())
        .telemetryEnabled(Boolean.TRUE.equals(in.telemetryEnabled()))
        .resourceSizePreset(size.wireName())
        .collectorGateway(effectiveGateway)
        .collectorNode(effectiveNode)
        .build();
  }

  /**
   * The effective {@code config.yaml} for the user's one (null or blank: none): parsed, computed
   * and written back with the user's unmodelled keys kept.
   */
  public String render(String userYaml) throws InvalidConfigurationException {
    ConfigYaml.Parsed parsed = ConfigYaml.parse(userYaml);
    return ConfigYaml.write(compute(parsed.configuration()), parsed.document());
  }

  private static List<Profile> profiles(List<String> names, List<String> problems) {
    Set<Profile> found = new LinkedHashSet<>();
    for (String name : clean(names)) {
      Profile.byWireName(name)
          .ifPresentOrElse(
              found::add,
              () ->
                  problems.add(
                      "unknown profile '%s' (known profiles: %s)"
                          .formatted(name, String.join(", ", Profile.wireNames()))));
    }
    return List.copyOf(found);
  }

  private static SizePreset size(
      OdigosConfiguration in, List<Profile> profiles, List<String> problems) {
    String key = isBlank(in.resourceSizePreset()) ? "sizingConfig" : "resourceSizePreset";
    String named = isBlank(in.resourceSizePreset()) ? in.sizingConfig() : in.resourceSizePreset();
    if (!isBlank(named)) {
      return SizePreset.byWireName(named.strip())
          .orElseGet(
              () -> {
                problems.add(
                    "%s '%s' is not a size preset; use size_s, size_m or size_l"
                        .formatted(key, named.strip()));
                return DEFAULT_SIZE;
              });
    }
    return profiles.stream()
        .flatMap(p -> p.size().stream())
        .max(Comparator.naturalOrder())
        .orElse(DEFAULT_SIZE);
  }

  private static void consistency(
      CollectorGatewayConfiguration gateway,
      CollectorNodeConfiguration node,
      SizePreset size,
      List<String> problems) {
    List<String> found = new ArrayList<>();
    if (gateway.minReplicas() > gateway.maxReplicas()) {
      found.add(
          "%s.minReplicas (%d) is greater than maxReplicas (%d)"
              .formatted(GATEWAY, gateway.minReplicas(), gateway.maxReplicas()));
    }
    found.addAll(gateway.sizes().inconsistencies(GATEWAY));
    found.addAll(node.sizes().inconsistencies(NODE));
    String hint = " (values you did not set come from the " + size.wireName() + " preset)";
    found.forEach(p -> problems.add(p + hint));
  }

  private List<String> ignoredNamespaces(OdigosConfiguration in) {
    List<String> namespaces = union(in.ignoredNamespaces(), DEFAULT_IGNORED_NAMESPACES);
    if (Boolean.FALSE.equals(in.ignoreOdigosNamespace())) {
      namespaces.remove(odigosNamespace);
    } else if (!namespaces.contains(odigosNamespace)) {
      namespaces.add(odigosNamespace);
    }
    return namespaces;
  }

  private static void oneOf(List<String> problems, String key, String value, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      problems.add(
          "%s '%s' is not supported; use one of %s"
              .formatted(key, value, String.join(", ", allowed)));
    }
  }

  /** The user's entries (cleaned, in order) followed by the defaults they do not already list. */
  private static List<String> union(List<String> user, Collection<String> defaults) {
    Set<String> all = new LinkedHashSet<>(clean(user));
    all.addAll(defaults);
    return new ArrayList<>(all);
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> !isBlank(v)).map(String::strip).distinct().toList();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
