package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * Action config: adds Kubernetes metadata (labels, annotations, uids, container info) as resource
 * attributes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class K8sAttributesConfig {
  @JsonPropertyDescription(
      "Add k8s.container.name, container.id, container.image.name and container.image.tag.")
  private Boolean collectContainerAttributes;

  @JsonPropertyDescription("Deprecated (now always collected): add the workload uid attributes.")
  private Boolean collectWorkloadUID;

  @JsonPropertyDescription("Deprecated (now always collected): add the ReplicaSet attributes.")
  private Boolean collectReplicaSetAttributes;

  @JsonPropertyDescription("Add k8s.cluster.uid, taken from the uid of the kube-system namespace.")
  private Boolean collectClusterUID;

  @JsonPropertyDescription("Labels to copy into resource attributes.")
  private List<LabelAttribute> labelsAttributes;

  @JsonPropertyDescription("Annotations to copy into resource attributes.")
  private List<AnnotationAttribute> annotationsAttributes;

  public Boolean getCollectContainerAttributes() {
    return collectContainerAttributes;
  }

  public void setCollectContainerAttributes(Boolean collectContainerAttributes) {
    this.collectContainerAttributes = collectContainerAttributes;
  }

  public Boolean getCollectWorkloadUID() {
    return collectWorkloadUID;
  }

  public void setCollectWorkloadUID(Boolean collectWorkloadUID) {
    this.collectWorkloadUID = collectWorkloadUID;
  }

  public Boolean getCollectReplicaSetAttributes() {
    return collectReplicaSetAttributes;
  }

  public void setCollectReplicaSetAttributes(Boolean collectReplicaSetAttributes) {
    this.collectReplicaSetAttributes = collectReplicaSetAttributes;
  }

  public Boolean getCollectClusterUID() {
    return collectClusterUID;
  }

  public void setCollectClusterUID(Boolean collectClusterUID) {
    this.collectClusterUID = collectClusterUID;
  }

  public List<LabelAttribute> getLabelsAttributes() {
    return labelsAttributes;
  }

  public void setLabelsAttributes(List<LabelAttribute> labelsAttributes) {
    this.labelsAttributes = labelsAttributes;
  }

  public List<AnnotationAttribute> getAnnotationsAttributes() {
    return annotationsAttributes;
  }

  public void setAnnotationsAttributes(List<AnnotationAttribute> annotationsAttributes) {
    this.annotationsAttributes = annotationsAttributes;
  }

  /** Copies one label into a resource attribute. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LabelAttribute(
      @Required @JsonPropertyDescription("Label key to read, e.g. app.kubernetes.io/name.")
          String labelKey,
      @Required @JsonPropertyDescription("Resource attribute key to write.") String attributeKey,
      @Default("pod")
          @JsonPropertyDescription(
              "Deprecated, use fromSources: the object the label is read from.")
          MetadataSource from,
      @JsonPropertyDescription(
              "Objects the label is read from, most specific first; the first one that has it wins.")
          List<MetadataSource> fromSources) {}

  /**
   * Copies one annotation into a resource attribute. Upstream leaves the deprecated {@code from}
   * unconstrained here (any string), unlike for labels.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AnnotationAttribute(
      @Required @JsonPropertyDescription("Annotation key to read.") String annotationKey,
      @Required @JsonPropertyDescription("Resource attribute key to write.") String attributeKey,
      @Default("pod")
          @JsonPropertyDescription(
              "Deprecated, use fromSources: the object the annotation is read from.")
          String from,
      @JsonPropertyDescription(
              "Objects the annotation is read from, most specific first; the first one that has it wins.")
          List<MetadataSource> fromSources) {}

  /** Kubernetes object that labels or annotations are read from. */
  public enum MetadataSource {
    POD("pod"),
    NAMESPACE("namespace"),
    NODE("node");

    private final String wireName;

    MetadataSource(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }
}
