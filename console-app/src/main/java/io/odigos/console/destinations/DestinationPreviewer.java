package io.odigos.console.destinations;

import io.odigos.console.forms.ChangePreview;

/**
 * Renders the gateway config with and without a Destination change, from the cluster's current
 * pipeline objects. Blocking (it reads the cluster): background only.
 */
public interface DestinationPreviewer {
  /** Creating or changing the Destination of the draft. */
  ChangePreview saving(DestinationDraft draft);

  /** Deleting the Destination. */
  ChangePreview deleting(StoredDestination destination);
}
