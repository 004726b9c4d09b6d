package io.odigos.odiglet.agents;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A container's environment as the kubelet gives it to the process: {@code fieldRef} values read
 * from the pod, {@code $(NAME)} replaced by the value of a variable defined earlier in the list
 * ({@code $$} is a literal {@code $}, an unknown reference stays as written). Only what the webhook
 * uses is supported; anything else fails loudly rather than yielding a wrong environment.
 */
final class KubeletEnvironment {
  private KubeletEnvironment() {}

  static Map<String, String> of(Pod pod, Container container) {
    Map<String, String> env = new LinkedHashMap<>();
    if (container.getEnv() == null) {
      return env;
    }
    for (EnvVar v : container.getEnv()) {
      if (v.getValueFrom() == null) {
        env.put(v.getName(), expand(Objects.requireNonNullElse(v.getValue(), ""), env));
      } else if (v.getValueFrom().getFieldRef() != null) {
        env.put(v.getName(), field(pod, v.getValueFrom().getFieldRef().getFieldPath()));
      } else {
        throw new IllegalArgumentException(
            v.getName() + ": only values and fieldRefs are resolved here, not " + v.getValueFrom());
      }
    }
    return env;
  }

  private static String field(Pod pod, String path) {
    String value =
        switch (path) {
          case "metadata.name" -> pod.getMetadata().getName();
          case "metadata.namespace" -> pod.getMetadata().getNamespace();
          case "metadata.uid" -> pod.getMetadata().getUid();
          case "spec.nodeName" -> pod.getSpec().getNodeName();
          case "status.hostIP" -> pod.getStatus().getHostIP();
          case "status.podIP" -> pod.getStatus().getPodIP();
          default ->
              throw new IllegalArgumentException("fieldRef " + path + " is not resolved here");
        };
    if (value == null) {
      throw new IllegalArgumentException("the pod has no " + path + " to resolve");
    }
    return value;
  }

  /** Kubernetes' $(VAR) expansion against the variables defined so far. */
  static String expand(String value, Map<String, String> defined) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c != '$' || i + 1 >= value.length()) {
        out.append(c);
        i++;
      } else if (value.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (value.charAt(i + 1) == '(') {
        int close = value.indexOf(')', i + 2);
        if (close < 0) {
          out.append(value, i, value.length());
          break;
        }
        String name = value.substring(i + 2, close);
        out.append(defined.containsKey(name) ? defined.get(name) : value.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
