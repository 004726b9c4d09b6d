package io.odigos.model.render;

import io.odigos.model.v1alpha1.K8sAttributesConfig;
import io.odigos.model.v1alpha1.K8sAttributesConfig.MetadataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The node collector's k8sattributes processor, widened by the K8sAttributes actions. */
final class K8sAttributes {

  private static final List<String> BASE_METADATA =
      List.of(
          "k8s.namespace.name",
          "k8s.pod.name",
          "k8s.pod.uid",
          "k8s.node.name",
          "k8s.deployment.name",
          "k8s.statefulset.name",
          "k8s.daemonset.name",
          "k8s.replicaset.name",
          "k8s.cronjob.name",
          "k8s.job.name");

  private static final List<String> CONTAINER_METADATA =
      List.of("k8s.container.name", "container.id", "container.image.name", "container.image.tag");

  private K8sAttributes() {}

  static Map<String, Object> config(List<K8sAttributesConfig> actions) {
    Set<String> metadata = new LinkedHashSet<>(BASE_METADATA);
    Map<String, Map<String, Object>> labels = new LinkedHashMap<>();
    Map<String, Map<String, Object>> annotations = new LinkedHashMap<>();
    for (K8sAttributesConfig a : actions) {
      if (Boolean.TRUE.equals(a.getCollectContainerAttributes())) {
        metadata.addAll(CONTAINER_METADATA);
      }
      if (Boolean.TRUE.equals(a.getCollectClusterUID())) {
        metadata.add("k8s.cluster.uid");
      }
      for (var l : orEmpty(a.getLabelsAttributes())) {
        labels.putIfAbsent(
            l.attributeKey() + "|" + l.labelKey(),
            field(l.attributeKey(), l.labelKey(), source(l.from(), l.fromSources())));
      }
      for (var n : orEmpty(a.getAnnotationsAttributes())) {
        annotations.putIfAbsent(
            n.attributeKey() + "|" + n.annotationKey(),
            field(n.attributeKey(), n.annotationKey(), source(parse(n.from()), n.fromSources())));
      }
    }
    Map<String, Object> extract = new LinkedHashMap<>();
    extract.put("metadata", new ArrayList<>(metadata));
    if (!labels.isEmpty()) {
      extract.put("labels", new ArrayList<>(labels.values()));
    }
    if (!annotations.isEmpty()) {
      extract.put("annotations", new ArrayList<>(annotations.values()));
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("auth_type", "serviceAccount");
    config.put("filter", Map.of("node_from_env_var", "NODE_NAME"));
    config.put("extract", extract);
    config.put(
        "pod_association",
        List.of(
            Map.of("sources", List.of(Map.of("from", "resource_attribute", "name", "k8s.pod.uid"))),
            Map.of("sources", List.of(Map.of("from", "connection")))));
    return config;
  }

  private static Map<String, Object> field(String tag, String key, MetadataSource from) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tag_name", tag);
    m.put("key", key);
    m.put("from", from.wireName());
    return m;
  }

  /** The collector reads a label from one object; the most specific listed source is used. */
  private static MetadataSource source(MetadataSource from, List<MetadataSource> fromSources) {
    if (fromSources != null && !fromSources.isEmpty()) {
      return fromSources.getFirst();
    }
    return from == null ? MetadataSource.POD : from;
  }

  private static MetadataSource parse(String from) {
    for (MetadataSource s : MetadataSource.values()) {
      if (s.wireName().equals(from)) {
        return s;
      }
    }
    return null;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
