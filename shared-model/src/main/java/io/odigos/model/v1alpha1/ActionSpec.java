package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class ActionSpec {
  @JsonPropertyDescription("Display name for people; Odigos gives it no meaning.")
  private String actionName;

  @JsonPropertyDescription("Free text for people (why the action exists...); ignored by Odigos.")
  private String notes;

  @JsonPropertyDescription("Turns the action off while keeping it.")
  private Boolean disabled;

  @Required
  @JsonPropertyDescription("Signals the action works on.")
  private List<ObservabilitySignal> signals;

  private AddClusterInfoConfig addClusterInfo;
  private DeleteAttributeConfig deleteAttribute;
  private RenameAttributeConfig renameAttribute;
  private PiiMaskingConfig piiMasking;
  private K8sAttributesConfig k8sAttributes;
  private UrlTemplatizationConfig urlTemplatization;
  private SpanRenamerConfig spanRenamer;
  private ExtractAttributeConfig extractAttribute;
  private DbQueryTemplatizationConfig dbQueryTemplatization;
  private InferDbAttributesConfig inferDbAttributes;

  @JsonPropertyDescription("Tail-sampling rules for whole traces, applied by the cluster gateway.")
  private SamplersConfig samplers;

  public String getActionName() {
    return actionName;
  }

  public void setActionName(String actionName) {
    this.actionName = actionName;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Boolean getDisabled() {
    return disabled;
  }

  public void setDisabled(Boolean disabled) {
    this.disabled = disabled;
  }

  public List<ObservabilitySignal> getSignals() {
    return signals;
  }

  public void setSignals(List<ObservabilitySignal> signals) {
    this.signals = signals;
  }

  public AddClusterInfoConfig getAddClusterInfo() {
    return addClusterInfo;
  }

  public void setAddClusterInfo(AddClusterInfoConfig addClusterInfo) {
    this.addClusterInfo = addClusterInfo;
  }

  public DeleteAttributeConfig getDeleteAttribute() {
    return deleteAttribute;
  }

  public void setDeleteAttribute(DeleteAttributeConfig deleteAttribute) {
    this.deleteAttribute = deleteAttribute;
  }

  public RenameAttributeConfig getRenameAttribute() {
    return renameAttribute;
  }

  public void setRenameAttribute(RenameAttributeConfig renameAttribute) {
    this.renameAttribute = renameAttribute;
  }

  public PiiMaskingConfig getPiiMasking() {
    return piiMasking;
  }

  public void setPiiMasking(PiiMaskingConfig piiMasking) {
    this.piiMasking = piiMasking;
  }

  public K8sAttributesConfig getK8sAttributes() {
    return k8sAttributes;
  }

  public void setK8sAttributes(K8sAttributesConfig k8sAttributes) {
    this.k8sAttributes = k8sAttributes;
  }

  public UrlTemplatizationConfig getUrlTemplatization() {
    return urlTemplatization;
  }

  public void setUrlTemplatization(UrlTemplatizationConfig urlTemplatization) {
    this.urlTemplatization = urlTemplatization;
  }

  public SpanRenamerConfig getSpanRenamer() {
    return spanRenamer;
  }

  public void setSpanRenamer(SpanRenamerConfig spanRenamer) {
    this.spanRenamer = spanRenamer;
  }

  public ExtractAttributeConfig getExtractAttribute() {
    return extractAttribute;
  }

  public void setExtractAttribute(ExtractAttributeConfig extractAttribute) {
    this.extractAttribute = extractAttribute;
  }

  public DbQueryTemplatizationConfig getDbQueryTemplatization() {
    return dbQueryTemplatization;
  }

  public void setDbQueryTemplatization(DbQueryTemplatizationConfig dbQueryTemplatization) {
    this.dbQueryTemplatization = dbQueryTemplatization;
  }

  public InferDbAttributesConfig getInferDbAttributes() {
    return inferDbAttributes;
  }

  public void setInferDbAttributes(InferDbAttributesConfig inferDbAttributes) {
    this.inferDbAttributes = inferDbAttributes;
  }

  public SamplersConfig getSamplers() {
    return samplers;
  }

  public void setSamplers(SamplersConfig samplers) {
    this.samplers = samplers;
  }
}
