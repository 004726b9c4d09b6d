package io.odigos.operator.instrumentor.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the instrumentor reads from the scheduler's {@code effective-config} ConfigMap (key {@code
 * config.yaml}, upstream key names): namespaces and containers never instrumented, and whether an
 * agent may run next to another vendor's agent. Until the scheduler has written it, the scheduler's
 * own defaults apply, so a missing ConfigMap never instruments {@code kube-system}.
 */
public record EffectiveSettings(
    Set<String> ignoredNamespaces, Set<String> ignoredContainers, boolean allowConcurrentAgents) {
  public static final String CONFIG_MAP = "effective-config";
  public static final String KEY = "config.yaml";

  /** The scheduler's defaults (the Odigos namespace is added to these). */
  static final List<String> DEFAULT_IGNORED_NAMESPACES =
      List.of("kube-system", "local-path-storage", "istio-system", "linkerd", "kube-node-lease");

  static final List<String> DEFAULT_IGNORED_CONTAINERS =
      List.of(
          "istio-proxy", "vault-agent", "filebeat", "linkerd-proxy", "fluentd", "akeyless-init");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public EffectiveSettings {
    ignoredNamespaces = Set.copyOf(ignoredNamespaces);
    ignoredContainers = Set.copyOf(ignoredContainers);
  }

  /** What applies before the scheduler has written {@code effective-config}. */
  public static EffectiveSettings defaults(String odigosNamespace) {
    List<String> namespaces = new ArrayList<>(DEFAULT_IGNORED_NAMESPACES);
    namespaces.add(odigosNamespace);
    return new EffectiveSettings(
        new LinkedHashSet<>(namespaces), new LinkedHashSet<>(DEFAULT_IGNORED_CONTAINERS), false);
  }

  /**
   * Reads {@code config.yaml}; a key that is absent keeps its default. Throws {@link
   * IllegalArgumentException} naming the key when the document cannot be used.
   */
  public static EffectiveSettings parse(String yaml, String odigosNamespace) {
    EffectiveSettings defaults = defaults(odigosNamespace);
    if (yaml == null || yaml.isBlank()) {
      return defaults;
    }
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(KEY + " is not valid YAML (line " + line(e) + ")");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return defaults;
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException(KEY + " must be a mapping of settings");
    }
    JsonNode concurrent = root.path("allowConcurrentAgents");
    if (!concurrent.isMissingNode() && !concurrent.isNull() && !concurrent.isBoolean()) {
      throw new IllegalArgumentException("allowConcurrentAgents must be true or false");
    }
    return new EffectiveSettings(
        strings(root, "ignoredNamespaces", defaults.ignoredNamespaces()),
        strings(root, "ignoredContainers", defaults.ignoredContainers()),
        concurrent.asBoolean(false));
  }

  private static Set<String> strings(JsonNode root, String key, Set<String> fallback) {
    JsonNode node = root.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(key + " must be a list of names");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException(key + " must be a list of names");
      }
      if (!item.asText().isBlank()) {
        out.add(item.asText().strip());
      }
    }
    return out;
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
  }

  public boolean ignoresNamespace(String namespace) {
    return ignoredNamespaces.contains(Objects.requireNonNull(namespace));
  }

  public boolean ignoresContainer(String container) {
    return container != null && ignoredContainers.contains(container);
  }
}
