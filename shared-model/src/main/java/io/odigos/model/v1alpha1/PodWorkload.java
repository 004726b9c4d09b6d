package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * A workload (or, with kind {@code Namespace}, a whole namespace) addressed by namespace, kind and
 * name. Kind is the PascalCase Kubernetes kind: Deployment, StatefulSet, DaemonSet, CronJob,
 * Namespace.
 */
public class PodWorkload {
  @Required private String namespace;

  @Required
  @JsonPropertyDescription(
      "PascalCase workload kind as in the Kubernetes API: Deployment, StatefulSet, DaemonSet, CronJob or Namespace.")
  private String kind;

  @Required private String name;

  public PodWorkload() {}

  public PodWorkload(String namespace, String kind, String name) {
    this.namespace = namespace;
    this.kind = kind;
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PodWorkload w
        && Objects.equals(namespace, w.namespace)
        && Objects.equals(kind, w.kind)
        && Objects.equals(name, w.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, kind, name);
  }

  @Override
  public String toString() {
    return namespace + "/" + kind + "/" + name;
  }
}
