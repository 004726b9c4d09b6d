package io.odigos.console.actions;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.console.forms.Inputs;
import io.odigos.console.forms.NamedResourceForm;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.action.ActionProcessors;
import io.odigos.model.render.action.InvalidActionException;
import io.odigos.model.render.sampling.SamplingProcessors;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import io.odigos.model.v1alpha1.AddClusterInfoConfig;
import io.odigos.model.v1alpha1.DeleteAttributeConfig;
import io.odigos.model.v1alpha1.K8sAttributesConfig;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.PiiMaskingConfig;
import io.odigos.model.v1alpha1.PiiMaskingConfig.PiiCategory;
import io.odigos.model.v1alpha1.RenameAttributeConfig;
import io.odigos.model.v1alpha1.SamplersConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one Action: its name, signals and the inputs of the chosen payload kind. It builds an
 * Action with exactly one payload, then asks shared-model's renderers whether they accept it
 * ({@link ActionProcessors} for the processors, {@link SamplingProcessors} for samplers).
 */
public final class ActionFormViewModel extends NamedResourceForm<Action> {
  private final ObjectProperty<ActionKind> kind =
      new SimpleObjectProperty<>(ActionKind.ADD_CLUSTER_INFO);
  private final Map<ObservabilitySignal, BooleanProperty> signals = new java.util.LinkedHashMap<>();
  private final StringProperty clusterAttributes = new SimpleStringProperty("");
  private final BooleanProperty overwrite = new SimpleBooleanProperty();
  private final StringProperty attributesToDelete = new SimpleStringProperty("");
  private final StringProperty renames = new SimpleStringProperty("");
  private final Map<PiiCategory, BooleanProperty> piiCategories = new EnumMap<>(PiiCategory.class);
  private final StringProperty customRegexes = new SimpleStringProperty("");
  private final BooleanProperty containerAttributes = new SimpleBooleanProperty();
  private final BooleanProperty workloadUid = new SimpleBooleanProperty();
  private final BooleanProperty clusterUid = new SimpleBooleanProperty();
  private final StringProperty labels = new SimpleStringProperty("");
  private final StringProperty samplingPercentage = new SimpleStringProperty("");
  private final StringProperty errorFallback = new SimpleStringProperty("");

  /** Why an existing action cannot be edited here (a payload without a form), or empty. */
  private String notEditable = "";

  private ActionFormViewModel(Action existing) {
    super(existing, "New action", "Edit action", "action");
    for (ObservabilitySignal s : ActionsFeature.SIGNALS) {
      signals.put(s, new SimpleBooleanProperty(existing == null));
    }
    for (PiiCategory c : PiiCategory.values()) {
      piiCategories.put(c, new SimpleBooleanProperty());
    }
    if (existing != null) {
      load(existing);
    }
  }

  public static ActionFormViewModel create() {
    return new ActionFormViewModel(null);
  }

  public static ActionFormViewModel edit(Action existing) {
    return new ActionFormViewModel(existing);
  }

  private void load(Action a) {
    ActionSpec spec = a.getSpec() == null ? new ActionSpec() : a.getSpec();
    loadShared(spec.getActionName(), spec.getNotes(), spec.getDisabled());
    if (spec.getSignals() != null) {
      spec.getSignals()
          .forEach(s -> Optional.ofNullable(signals.get(s)).ifPresent(p -> p.set(true)));
    }
    kind.set(null);
    try {
      String payload = ActionProcessors.payloadName(a.getMetadata().getName(), spec);
      if (ActionKind.ofWireName(payload).isEmpty()) {
        notEditable = payload + " actions have no form here yet; edit them with kubectl";
      }
    } catch (InvalidActionException e) {
      // several payloads (or none): the first one with a form is shown; saving keeps only it
      problems().add(e.getMessage() + ". Saving keeps only the kind chosen below.");
    }
    if (spec.getAddClusterInfo() != null) {
      firstKind(ActionKind.ADD_CLUSTER_INFO);
      var attrs = spec.getAddClusterInfo().clusterAttributes();
      List<String> lines = new ArrayList<>();
      if (attrs != null) {
        attrs.forEach(c -> lines.add(c.attributeName() + "=" + c.attributeStringValue()));
      }
      clusterAttributes.set(String.join("\n", lines));
      overwrite.set(Boolean.TRUE.equals(spec.getAddClusterInfo().overwriteExistingValues()));
    }
    if (spec.getDeleteAttribute() != null) {
      firstKind(ActionKind.DELETE_ATTRIBUTE);
      attributesToDelete.set(Inputs.join(spec.getDeleteAttribute().attributeNamesToDelete()));
    }
    if (spec.getRenameAttribute() != null) {
      firstKind(ActionKind.RENAME_ATTRIBUTE);
      renames.set(Inputs.lines(spec.getRenameAttribute().renames()));
    }
    if (spec.getPiiMasking() != null) {
      firstKind(ActionKind.PII_MASKING);
      var cats = spec.getPiiMasking().piiCategories();
      if (cats != null) {
        cats.forEach(c -> piiCategories.get(c).set(true));
      }
      var custom = spec.getPiiMasking().customRegexes();
      customRegexes.set(custom == null ? "" : String.join("\n", custom));
    }
    if (spec.getK8sAttributes() != null) {
      firstKind(ActionKind.K8S_ATTRIBUTES);
      K8sAttributesConfig k = spec.getK8sAttributes();
      containerAttributes.set(Boolean.TRUE.equals(k.getCollectContainerAttributes()));
      workloadUid.set(Boolean.TRUE.equals(k.getCollectWorkloadUID()));
      clusterUid.set(Boolean.TRUE.equals(k.getCollectClusterUID()));
      List<String> lines = new ArrayList<>();
      if (k.getLabelsAttributes() != null) {
        k.getLabelsAttributes().forEach(l -> lines.add(l.labelKey() + "=" + l.attributeKey()));
      }
      labels.set(String.join("\n", lines));
    }
    if (spec.getSamplers() != null) {
      firstKind(ActionKind.SAMPLERS);
      SamplersConfig s = spec.getSamplers();
      if (s.probabilisticSampler() != null) {
        samplingPercentage.set(s.probabilisticSampler().samplingPercentage());
      }
      if (s.errorSampler() != null && s.errorSampler().fallbackSamplingRatio() != null) {
        errorFallback.set(Double.toString(s.errorSampler().fallbackSamplingRatio()));
      }
    }
  }

  private void firstKind(ActionKind k) {
    if (kind.get() == null) {
      kind.set(k);
    }
  }

  private ActionSpec existingSpec() {
    return existing == null ? null : existing.getSpec();
  }

  @Override
  public Optional<Action> validate() {
    List<String> found = new ArrayList<>();
    if (!notEditable.isEmpty()) {
      found.add(notEditable);
      problems().setAll(found);
      return Optional.empty();
    }
    String name = checkedName(found);
    List<ObservabilitySignal> chosen = new ArrayList<>();
    signals.forEach(
        (s, on) -> {
          if (on.get()) {
            chosen.add(s);
          }
        });
    if (kind.get() == ActionKind.SAMPLERS) {
      chosen.clear();
      chosen.add(ObservabilitySignal.TRACES); // sampling decides on traces only
    }
    if (chosen.isEmpty()) {
      found.add("Pick at least one signal");
    }
    ActionSpec spec = new ActionSpec();
    spec.setActionName(name);
    spec.setNotes(notesOrNull());
    spec.setDisabled(disabledOrNull());
    spec.setSignals(chosen);
    if (kind.get() == null) {
      found.add("Pick what the action does");
    } else {
      setPayload(spec, kind.get(), found);
    }
    Action action = new Action();
    action.setMetadata(
        new ObjectMetaBuilder().withName(objectName().isEmpty() ? "action" : objectName()).build());
    action.setSpec(spec);
    if (found.isEmpty()) {
      found.addAll(rendererProblems(action));
    }
    problems().setAll(found);
    return found.isEmpty() ? Optional.of(action) : Optional.empty();
  }

  private void setPayload(ActionSpec spec, ActionKind k, List<String> found) {
    switch (k) {
      case ADD_CLUSTER_INFO -> {
        Map<String, String> pairs =
            Inputs.pairs(clusterAttributes.get(), "Cluster attributes", found);
        spec.setAddClusterInfo(
            new AddClusterInfoConfig(
                pairs.entrySet().stream()
                    .map(e -> new AddClusterInfoConfig.ClusterAttribute(e.getKey(), e.getValue()))
                    .toList(),
                overwrite.get() ? Boolean.TRUE : null));
      }
      case DELETE_ATTRIBUTE ->
          spec.setDeleteAttribute(new DeleteAttributeConfig(Inputs.list(attributesToDelete.get())));
      case RENAME_ATTRIBUTE ->
          spec.setRenameAttribute(
              new RenameAttributeConfig(Inputs.pairs(renames.get(), "Renames", found)));
      case PII_MASKING -> {
        List<PiiCategory> cats = new ArrayList<>();
        piiCategories.forEach(
            (c, on) -> {
              if (on.get()) {
                cats.add(c);
              }
            });
        List<String> custom =
            customRegexes.get() == null
                ? List.of()
                : customRegexes.get().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        spec.setPiiMasking(new PiiMaskingConfig(cats, custom.isEmpty() ? null : custom));
      }
      case K8S_ATTRIBUTES -> {
        // on edit, start from the old config: annotations and replica set attributes have no input
        K8sAttributesConfig k8s =
            existingSpec() != null && existingSpec().getK8sAttributes() != null
                ? io.fabric8.kubernetes.client.utils.Serialization.clone(
                    existingSpec().getK8sAttributes())
                : new K8sAttributesConfig();
        k8s.setCollectContainerAttributes(containerAttributes.get() ? Boolean.TRUE : null);
        k8s.setCollectWorkloadUID(workloadUid.get() ? Boolean.TRUE : null);
        k8s.setCollectClusterUID(clusterUid.get() ? Boolean.TRUE : null);
        Map<String, String> l = Inputs.pairs(labels.get(), "Labels", found);
        if (!l.isEmpty()) {
          k8s.setLabelsAttributes(
              l.entrySet().stream()
                  .map(
                      e ->
                          new K8sAttributesConfig.LabelAttribute(
                              e.getKey(), e.getValue(), null, null))
                  .toList());
        }
        if (k8s.getCollectContainerAttributes() == null
            && k8s.getCollectWorkloadUID() == null
            && k8s.getCollectClusterUID() == null
            && l.isEmpty()) {
          found.add("Pick at least one kind of Kubernetes attribute, or list labels");
        }
        spec.setK8sAttributes(k8s);
      }
      case SAMPLERS -> {
        String p = samplingPercentage.get() == null ? "" : samplingPercentage.get().strip();
        Optional<Double> fallback =
            Inputs.number(errorFallback.get(), "Error sampler fallback", 0, 100, found);
        // on edit, the samplers without inputs here (latency, service, attribute) are kept
        SamplersConfig old =
            existingSpec() == null || existingSpec().getSamplers() == null
                ? new SamplersConfig(null, null, null, null, null, null)
                : existingSpec().getSamplers();
        boolean others =
            old.latencySampler() != null
                || old.serviceNameSampler() != null
                || old.spanAttributeSampler() != null
                || old.ignoreHealthChecks() != null;
        if (p.isEmpty() && fallback.isEmpty() && !others) {
          found.add("Set a sampling percentage, or keep errors with a fallback percentage");
        }
        spec.setSamplers(
            new SamplersConfig(
                fallback.map(SamplersConfig.ErrorSamplerConfig::new).orElse(null),
                old.latencySampler(),
                old.serviceNameSampler(),
                old.spanAttributeSampler(),
                p.isEmpty() ? null : new SamplersConfig.ProbabilisticSamplerConfig(p),
                old.ignoreHealthChecks()));
      }
    }
  }

  /** What shared-model's renderers say about the action, as sentences. Pure. */
  static List<String> rendererProblems(Action action) {
    List<String> out = new ArrayList<>();
    try {
      ActionProcessors.translate(action);
    } catch (InvalidActionException e) {
      out.addAll(Inputs.sentences(e.getMessage()));
    }
    var sampling =
        SamplingProcessors.render(List.of(action), List.of(), GatewaySettings.defaults("preview"));
    var rejection = sampling.rejections().get("Action/" + action.getMetadata().getName());
    if (rejection != null) {
      out.addAll(Inputs.sentences(rejection.message()));
    }
    return out;
  }

  public StringProperty displayNameProperty() {
    return nameInput();
  }

  public ObjectProperty<ActionKind> kindProperty() {
    return kind;
  }

  public Map<ObservabilitySignal, BooleanProperty> signals() {
    return signals;
  }

  public StringProperty clusterAttributesProperty() {
    return clusterAttributes;
  }

  public BooleanProperty overwriteProperty() {
    return overwrite;
  }

  public StringProperty attributesToDeleteProperty() {
    return attributesToDelete;
  }

  public StringProperty renamesProperty() {
    return renames;
  }

  public Map<PiiCategory, BooleanProperty> piiCategories() {
    return piiCategories;
  }

  public StringProperty customRegexesProperty() {
    return customRegexes;
  }

  public BooleanProperty containerAttributesProperty() {
    return containerAttributes;
  }

  public BooleanProperty workloadUidProperty() {
    return workloadUid;
  }

  public BooleanProperty clusterUidProperty() {
    return clusterUid;
  }

  public StringProperty labelsProperty() {
    return labels;
  }

  public StringProperty samplingPercentageProperty() {
    return samplingPercentage;
  }

  public StringProperty errorFallbackProperty() {
    return errorFallback;
  }
}
