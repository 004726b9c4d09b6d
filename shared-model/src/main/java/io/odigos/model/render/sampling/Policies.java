package io.odigos.model.render.sampling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for tail_sampling policies (collector v0.159 shapes). */
final class Policies {

  private Policies() {}

  static Map<String, Object> statusError(String name) {
    return policy(name, "status_code", Map.of("status_codes", List.of("ERROR")));
  }

  static Map<String, Object> latency(String name, long thresholdMs) {
    return policy(name, "latency", Map.of("threshold_ms", thresholdMs));
  }

  static Map<String, Object> probabilistic(String name, double percentage) {
    return policy(name, "probabilistic", Map.of("sampling_percentage", percentage));
  }

  static Map<String, Object> alwaysSample(String name) {
    return ordered("name", name, "type", "always_sample");
  }

  static Map<String, Object> stringAttribute(String name, String key, String value) {
    return policy(name, "string_attribute", ordered("key", key, "values", List.of(value)));
  }

  /** Matches a trace when any of its spans satisfies any of the OTTL span conditions. */
  static Map<String, Object> ottlSpan(String name, List<String> conditions) {
    return policy(name, "ottl_condition", ordered("error_mode", "ignore", "span", conditions));
  }

  /** All sub-policies must match; a single one is returned as is, renamed. */
  static Map<String, Object> and(String name, List<Map<String, Object>> subPolicies) {
    if (subPolicies.size() == 1) {
      Map<String, Object> only = new LinkedHashMap<>(subPolicies.getFirst());
      only.put("name", name);
      return only;
    }
    return policy(name, "and", Map.of("and_sub_policy", new ArrayList<>(subPolicies)));
  }

  private static Map<String, Object> policy(String name, String type, Map<String, Object> body) {
    return ordered("name", name, "type", type, type, body);
  }

  static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
