package io.odigos.operator.instrumentor.webhook;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON Patch (RFC 6902) from a pod to its injected copy, limited to what injection touches:
 * each changed container's {@code env} and {@code resources}, and the pod's annotations. {@code
 * add} on an object member replaces it when present, so the ops hold whether or not it was there.
 */
final class PodPatch {
  private PodPatch() {}

  /** The operations, as maps ready to serialize; empty when nothing changed. */
  static List<Map<String, Object>> between(Pod before, Pod after) {
    List<Map<String, Object>> ops = new ArrayList<>();
    List<Container> b = before.getSpec().getContainers();
    List<Container> a = after.getSpec().getContainers();
    for (int i = 0; i < b.size(); i++) {
      String path = "/spec/containers/" + i;
      if (!Objects.equals(orEmpty(b.get(i).getEnv()), orEmpty(a.get(i).getEnv()))) {
        ops.add(add(path + "/env", a.get(i).getEnv()));
      }
      if (!Objects.equals(b.get(i).getResources(), a.get(i).getResources())) {
        ops.add(add(path + "/resources", a.get(i).getResources()));
      }
    }
    Map<String, String> annotations = annotations(after);
    if (!Objects.equals(annotations(before), annotations)) {
      ops.add(add("/metadata/annotations", annotations));
    }
    return ops;
  }

  private static Map<String, String> annotations(Pod pod) {
    return pod.getMetadata() == null || pod.getMetadata().getAnnotations() == null
        ? Map.of()
        : pod.getMetadata().getAnnotations();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Map<String, Object> add(String path, Object value) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("op", "add");
    op.put("path", path);
    op.put("value", value);
    return op;
  }
}
