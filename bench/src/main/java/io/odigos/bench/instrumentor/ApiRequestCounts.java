package io.odigos.bench.instrumentor;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API server's own count of requests ({@code apiserver_request_total} from its /metrics), per
 * resource and verb, so a run can say how many API calls each workload cost.
 */
final class ApiRequestCounts {
  private static final Pattern LINE =
      Pattern.compile("^apiserver_request_total\\{([^}]*)} ([0-9.e+]+)$", Pattern.MULTILINE);
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private ApiRequestCounts() {}

  /** "resource[/subresource] VERB" → count, summed over codes, scopes and clients. */
  static Map<String, Long> read(KubernetesClient client) {
    String metrics = client.raw("/metrics");
    Map<String, Long> counts = new TreeMap<>();
    Matcher m = LINE.matcher(metrics);
    while (m.find()) {
      Map<String, String> labels = new TreeMap<>();
      Matcher l = LABEL.matcher(m.group(1));
      while (l.find()) {
        labels.put(l.group(1), l.group(2));
      }
      String resource = labels.getOrDefault("resource", "");
      if (resource.isEmpty()) {
        continue;
      }
      String sub = labels.getOrDefault("subresource", "");
      String key = resource + (sub.isEmpty() ? "" : "/" + sub) + " " + labels.get("verb");
      counts.merge(key, (long) Double.parseDouble(m.group(2)), Long::sum);
    }
    return counts;
  }

  /** after − before, only the entries that grew. */
  static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new TreeMap<>();
    after.forEach(
        (k, v) -> {
          long d = v - before.getOrDefault(k, 0L);
          if (d > 0) {
            delta.put(k, d);
          }
        });
    return delta;
  }
}
