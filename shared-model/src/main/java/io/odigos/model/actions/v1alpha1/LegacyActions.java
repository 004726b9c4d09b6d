package io.odigos.model.actions.v1alpha1;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import io.odigos.model.v1alpha1.AddClusterInfoConfig;
import io.odigos.model.v1alpha1.DeleteAttributeConfig;
import io.odigos.model.v1alpha1.K8sAttributesConfig;
import io.odigos.model.v1alpha1.PiiMaskingConfig;
import io.odigos.model.v1alpha1.RenameAttributeConfig;
import io.odigos.model.v1alpha1.SamplersConfig;
import io.odigos.model.v1alpha1.SamplersConfig.ErrorSamplerConfig;
import io.odigos.model.v1alpha1.SamplersConfig.LatencySamplerConfig;
import io.odigos.model.v1alpha1.SamplersConfig.ProbabilisticSamplerConfig;
import io.odigos.model.v1alpha1.SamplersConfig.ServiceNameSamplerConfig;
import io.odigos.model.v1alpha1.SamplersConfig.SpanAttributeSamplerConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a resource of a legacy {@code actions.odigos.io} kind into the equivalent {@code odigos.io}
 * {@link Action}: same name and namespace, the common fields copied and the payload put into the
 * matching {@link ActionSpec} field. Pure: no cluster access, and the result shares no mutable list
 * or map with its input.
 */
public final class LegacyActions {
  private LegacyActions() {}

  /**
   * The Action equivalent to a legacy action.
   *
   * @throws IllegalArgumentException if {@code legacy} is not one of the legacy kinds of this
   *     package, or has no spec
   */
  public static Action toAction(HasMetadata legacy) {
    Objects.requireNonNull(legacy, "legacy");
    ActionSpec spec =
        switch (legacy) {
          case AddClusterInfo a -> addClusterInfo(spec(a, a.getSpec()));
          case DeleteAttribute a -> deleteAttribute(spec(a, a.getSpec()));
          case RenameAttribute a -> renameAttribute(spec(a, a.getSpec()));
          case PiiMasking a -> piiMasking(spec(a, a.getSpec()));
          case K8sAttributesResolver a -> k8sAttributes(spec(a, a.getSpec()));
          case ErrorSampler a -> errorSampler(spec(a, a.getSpec()));
          case LatencySampler a -> latencySampler(spec(a, a.getSpec()));
          case ProbabilisticSampler a -> probabilisticSampler(spec(a, a.getSpec()));
          case ServiceNameSampler a -> serviceNameSampler(spec(a, a.getSpec()));
          case SpanAttributeSampler a -> spanAttributeSampler(spec(a, a.getSpec()));
          default ->
              throw new IllegalArgumentException(
                  "Not a legacy actions.odigos.io kind: " + legacy.getClass().getName());
        };
    Action action = new Action();
    ObjectMeta metadata = new ObjectMeta();
    if (legacy.getMetadata() != null) {
      metadata.setName(legacy.getMetadata().getName());
      metadata.setNamespace(legacy.getMetadata().getNamespace());
    }
    action.setMetadata(metadata);
    action.setSpec(spec);
    return action;
  }

  private static ActionSpec addClusterInfo(AddClusterInfoSpec legacy) {
    ActionSpec spec = common(legacy);
    spec.setAddClusterInfo(
        new AddClusterInfoConfig(
            copy(legacy.getClusterAttributes()), legacy.getOverwriteExistingValues()));
    return spec;
  }

  private static ActionSpec deleteAttribute(DeleteAttributeSpec legacy) {
    ActionSpec spec = common(legacy);
    spec.setDeleteAttribute(new DeleteAttributeConfig(copy(legacy.getAttributeNamesToDelete())));
    return spec;
  }

  private static ActionSpec renameAttribute(RenameAttributeSpec legacy) {
    ActionSpec spec = common(legacy);
    Map<String, String> renames =
        legacy.getRenames() == null ? null : new LinkedHashMap<>(legacy.getRenames());
    spec.setRenameAttribute(new RenameAttributeConfig(renames));
    return spec;
  }

  private static ActionSpec piiMasking(PiiMaskingSpec legacy) {
    ActionSpec spec = common(legacy);
    spec.setPiiMasking(new PiiMaskingConfig(copy(legacy.getPiiCategories())));
    return spec;
  }

  private static ActionSpec k8sAttributes(K8sAttributesResolverSpec legacy) {
    ActionSpec spec = common(legacy);
    K8sAttributesConfig config = new K8sAttributesConfig();
    config.setCollectContainerAttributes(legacy.getCollectContainerAttributes());
    config.setCollectWorkloadUID(legacy.getCollectWorkloadUID());
    config.setCollectReplicaSetAttributes(legacy.getCollectReplicaSetAttributes());
    config.setCollectClusterUID(legacy.getCollectClusterUID());
    config.setLabelsAttributes(copy(legacy.getLabelsAttributes()));
    config.setAnnotationsAttributes(copy(legacy.getAnnotationsAttributes()));
    spec.setK8sAttributes(config);
    return spec;
  }

  private static ActionSpec errorSampler(ErrorSamplerSpec legacy) {
    return samplers(
        legacy,
        new SamplersConfig(
            new ErrorSamplerConfig(legacy.getFallbackSamplingRatio()),
            null,
            null,
            null,
            null,
            null));
  }

  private static ActionSpec latencySampler(LatencySamplerSpec legacy) {
    return samplers(
        legacy,
        new SamplersConfig(
            null,
            new LatencySamplerConfig(copy(legacy.getEndpointsFilters())),
            null,
            null,
            null,
            null));
  }

  private static ActionSpec serviceNameSampler(ServiceNameSamplerSpec legacy) {
    return samplers(
        legacy,
        new SamplersConfig(
            null,
            null,
            new ServiceNameSamplerConfig(copy(legacy.getServicesNameFilters())),
            null,
            null,
            null));
  }

  private static ActionSpec spanAttributeSampler(SpanAttributeSamplerSpec legacy) {
    return samplers(
        legacy,
        new SamplersConfig(
            null,
            null,
            null,
            new SpanAttributeSamplerConfig(copy(legacy.getAttributeFilters())),
            null,
            null));
  }

  private static ActionSpec probabilisticSampler(ProbabilisticSamplerSpec legacy) {
    return samplers(
        legacy,
        new SamplersConfig(
            null,
            null,
            null,
            null,
            new ProbabilisticSamplerConfig(legacy.getSamplingPercentage()),
            null));
  }

  private static ActionSpec samplers(LegacyActionSpec legacy, SamplersConfig samplers) {
    ActionSpec spec = common(legacy);
    spec.setSamplers(samplers);
    return spec;
  }

  /** An ActionSpec with the fields every legacy kind shares. */
  private static ActionSpec common(LegacyActionSpec legacy) {
    ActionSpec spec = new ActionSpec();
    spec.setActionName(legacy.getActionName());
    spec.setNotes(legacy.getNotes());
    spec.setDisabled(legacy.getDisabled());
    spec.setSignals(copy(legacy.getSignals()));
    return spec;
  }

  private static <S extends LegacyActionSpec> S spec(HasMetadata legacy, S spec) {
    if (spec == null) {
      throw new IllegalArgumentException(
          legacy.getKind()
              + " "
              + (legacy.getMetadata() == null ? "" : legacy.getMetadata().getName())
              + " has no spec");
    }
    return spec;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : new ArrayList<>(list);
  }
}
