package io.odigos.model.render.action;

import io.odigos.model.render.Ottl;
import io.odigos.model.v1alpha1.AddClusterInfoConfig;
import io.odigos.model.v1alpha1.DeleteAttributeConfig;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.PiiMaskingConfig;
import io.odigos.model.v1alpha1.RenameAttributeConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The processor configs of the attribute-editing actions (pure; validated input). */
final class AttributeActions {

  /** OTTL contexts whose {@code attributes} an attribute action touches, per signal. */
  private static final Map<ObservabilitySignal, List<String>> CONTEXTS =
      Map.of(
          ObservabilitySignal.TRACES, List.of("resource", "scope", "span", "spanevent"),
          ObservabilitySignal.METRICS, List.of("resource", "scope", "datapoint"),
          ObservabilitySignal.LOGS, List.of("resource", "scope", "log"));

  private static final Map<String, String> STATEMENT_KEYS =
      Map.of(
          "TRACES", "trace_statements", "METRICS", "metric_statements", "LOGS", "log_statements");

  private AttributeActions() {}

  static Map<String, Object> addClusterInfo(AddClusterInfoConfig config) {
    String action = Boolean.TRUE.equals(config.overwriteExistingValues()) ? "upsert" : "insert";
    List<Map<String, Object>> attributes = new ArrayList<>();
    for (AddClusterInfoConfig.ClusterAttribute a : config.clusterAttributes()) {
      attributes.add(
          ordered("key", a.attributeName(), "value", a.attributeStringValue(), "action", action));
    }
    return ordered("attributes", attributes);
  }

  static Map<String, Object> deleteAttribute(
      DeleteAttributeConfig config, Set<ObservabilitySignal> signals) {
    List<String> statements =
        config.attributeNamesToDelete().stream().map(Ottl::deleteKey).toList();
    return transform(signals, statements);
  }

  static Map<String, Object> renameAttribute(
      RenameAttributeConfig config, Set<ObservabilitySignal> signals) {
    List<String> statements = new ArrayList<>();
    // sorted so the same map always renders the same config
    config.renames().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              statements.add(Ottl.copyIfPresent(e.getKey(), e.getValue()));
              statements.add(Ottl.deleteKey(e.getKey()));
            });
    return transform(signals, statements);
  }

  static Map<String, Object> piiMasking(PiiMaskingConfig config) {
    List<String> patterns = new ArrayList<>();
    config.piiCategories().stream().distinct().map(PiiPatterns::regex).forEach(patterns::add);
    if (config.customRegexes() != null) {
      config.customRegexes().stream().distinct().forEach(patterns::add);
    }
    return ordered("allow_all_keys", true, "blocked_values", patterns, "summary", "silent");
  }

  /** A transform processor running the same statements in every context of every signal. */
  private static Map<String, Object> transform(
      Set<ObservabilitySignal> signals, List<String> statements) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("error_mode", "ignore");
    for (ObservabilitySignal signal :
        List.of(
            ObservabilitySignal.TRACES, ObservabilitySignal.METRICS, ObservabilitySignal.LOGS)) {
      if (!signals.contains(signal)) {
        continue;
      }
      List<Map<String, Object>> groups = new ArrayList<>();
      for (String context : CONTEXTS.get(signal)) {
        groups.add(ordered("context", context, "statements", statements));
      }
      config.put(STATEMENT_KEYS.get(signal.name()), groups);
    }
    return config;
  }

  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
