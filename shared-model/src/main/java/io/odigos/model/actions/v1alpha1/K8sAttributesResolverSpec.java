package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.odigos.model.v1alpha1.K8sAttributesConfig.AnnotationAttribute;
import io.odigos.model.v1alpha1.K8sAttributesConfig.LabelAttribute;
import java.util.List;

/**
 * Spec of the legacy K8sAttributesResolver kind: the common fields and, at the top level, the
 * fields of {@link io.odigos.model.v1alpha1.K8sAttributesConfig}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class K8sAttributesResolverSpec extends LegacyActionSpec {
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
}
