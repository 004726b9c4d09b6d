package io.odigos.operator.autoscaler.status;

import io.odigos.model.actions.v1alpha1.AddClusterInfo;
import io.odigos.model.actions.v1alpha1.DeleteAttribute;
import io.odigos.model.actions.v1alpha1.ErrorSampler;
import io.odigos.model.actions.v1alpha1.K8sAttributesResolver;
import io.odigos.model.actions.v1alpha1.LatencySampler;
import io.odigos.model.actions.v1alpha1.PiiMasking;
import io.odigos.model.actions.v1alpha1.ProbabilisticSampler;
import io.odigos.model.actions.v1alpha1.RenameAttribute;
import io.odigos.model.actions.v1alpha1.ServiceNameSampler;
import io.odigos.model.actions.v1alpha1.SpanAttributeSampler;
import io.odigos.model.render.GatewaySettings;
import java.time.Clock;
import java.util.List;

/**
 * The ten legacy {@code actions.odigos.io} kinds, each bound to {@link LegacyActionReconciler} by a
 * named subclass: JOSDK reads a reconciler's primary kind from its class, so a generic instance is
 * not enough.
 */
final class LegacyActionKinds {

  private LegacyActionKinds() {}

  /** One reconciler per legacy kind. */
  static List<LegacyActionReconciler<?>> reconcilers(GatewaySettings settings, Clock clock) {
    return List.of(
        new AddClusterInfoReconciler(settings, clock),
        new DeleteAttributeReconciler(settings, clock),
        new RenameAttributeReconciler(settings, clock),
        new PiiMaskingReconciler(settings, clock),
        new K8sAttributesResolverReconciler(settings, clock),
        new ErrorSamplerReconciler(settings, clock),
        new LatencySamplerReconciler(settings, clock),
        new ProbabilisticSamplerReconciler(settings, clock),
        new ServiceNameSamplerReconciler(settings, clock),
        new SpanAttributeSamplerReconciler(settings, clock));
  }

  static final class AddClusterInfoReconciler extends LegacyActionReconciler<AddClusterInfo> {
    AddClusterInfoReconciler(GatewaySettings settings, Clock clock) {
      super(AddClusterInfo::new, settings, clock);
    }
  }

  static final class DeleteAttributeReconciler extends LegacyActionReconciler<DeleteAttribute> {
    DeleteAttributeReconciler(GatewaySettings settings, Clock clock) {
      super(DeleteAttribute::new, settings, clock);
    }
  }

  static final class RenameAttributeReconciler extends LegacyActionReconciler<RenameAttribute> {
    RenameAttributeReconciler(GatewaySettings settings, Clock clock) {
      super(RenameAttribute::new, settings, clock);
    }
  }

  static final class PiiMaskingReconciler extends LegacyActionReconciler<PiiMasking> {
    PiiMaskingReconciler(GatewaySettings settings, Clock clock) {
      super(PiiMasking::new, settings, clock);
    }
  }

  static final class K8sAttributesResolverReconciler
      extends LegacyActionReconciler<K8sAttributesResolver> {
    K8sAttributesResolverReconciler(GatewaySettings settings, Clock clock) {
      super(K8sAttributesResolver::new, settings, clock);
    }
  }

  static final class ErrorSamplerReconciler extends LegacyActionReconciler<ErrorSampler> {
    ErrorSamplerReconciler(GatewaySettings settings, Clock clock) {
      super(ErrorSampler::new, settings, clock);
    }
  }

  static final class LatencySamplerReconciler extends LegacyActionReconciler<LatencySampler> {
    LatencySamplerReconciler(GatewaySettings settings, Clock clock) {
      super(LatencySampler::new, settings, clock);
    }
  }

  static final class ProbabilisticSamplerReconciler
      extends LegacyActionReconciler<ProbabilisticSampler> {
    ProbabilisticSamplerReconciler(GatewaySettings settings, Clock clock) {
      super(ProbabilisticSampler::new, settings, clock);
    }
  }

  static final class ServiceNameSamplerReconciler
      extends LegacyActionReconciler<ServiceNameSampler> {
    ServiceNameSamplerReconciler(GatewaySettings settings, Clock clock) {
      super(ServiceNameSampler::new, settings, clock);
    }
  }

  static final class SpanAttributeSamplerReconciler
      extends LegacyActionReconciler<SpanAttributeSampler> {
    SpanAttributeSamplerReconciler(GatewaySettings settings, Clock clock) {
      super(SpanAttributeSampler::new, settings, clock);
    }
  }
}
