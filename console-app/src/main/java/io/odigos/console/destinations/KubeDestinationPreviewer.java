package io.odigos.console.destinations;

import io.odigos.console.forms.ChangePreview;
import io.odigos.console.forms.GatewayPreviews;
import io.odigos.console.forms.PipelineSnapshot;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link DestinationPreviewer} from a fresh snapshot of the cluster's pipeline objects (Secret keys
 * only). An edit keeps what the form does not show (disabled, source selector...), as the store's
 * update does, so the diff is the one the write will cause.
 */
public final class KubeDestinationPreviewer implements DestinationPreviewer {
  private final Supplier<PipelineSnapshot> snapshots;
  private final GatewayPreviews previews;
  private final String namespace;

  public KubeDestinationPreviewer(
      Supplier<PipelineSnapshot> snapshots, GatewayPreviews previews, String namespace) {
    this.snapshots = snapshots;
    this.previews = previews;
    this.namespace = namespace;
  }

  @Override
  public ChangePreview saving(DestinationDraft draft) {
    PipelineSnapshot now = snapshots.get();
    Destination proposed = DestinationObjects.destination(draft, namespace);
    Set<String> keys = new HashSet<>(draft.storedSecretKeys());
    keys.addAll(draft.newSecrets().keySet());
    for (RenderableDestination old : now.destinations()) {
      if (old.name().equals(draft.name())) {
        DestinationSpec was = old.destination().getSpec();
        DestinationSpec spec = proposed.getSpec();
        spec.setDisabled(was.getDisabled());
        spec.setSourceSelector(was.getSourceSelector());
        spec.setMetricsSettings(was.getMetricsSettings());
        spec.setSendingQueue(was.getSendingQueue());
        if (spec.getSecretRef() == null) {
          spec.setSecretRef(was.getSecretRef());
          keys.addAll(old.secretKeys());
        }
      }
    }
    return previews.withDestination(now, new RenderableDestination(proposed, keys));
  }

  @Override
  public ChangePreview deleting(StoredDestination destination) {
    return previews.withoutDestination(snapshots.get(), destination.name());
  }
}
