package io.odigos.console.destinations;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Comparator;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Pure builders of the objects a draft becomes: the Destination CR (non-secret fields in {@code
 * spec.data}, {@code spec.secretRef} naming the Secret) and the Secret holding only what the user
 * typed. Secret values go into the Secret and nowhere else.
 */
public final class DestinationObjects {
  /** Label on the Secrets the console writes, naming their Destination. */
  public static final String DESTINATION_LABEL = "odigos.io/destination";

  private static final int MAX_NAME = 63;

  private DestinationObjects() {}

  /** The Destination CR for the draft, in the namespace. */
  public static Destination destination(DestinationDraft draft, String namespace) {
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName(draft.name()).withNamespace(namespace).build());
    d.setSpec(spec(draft));
    return d;
  }

  /** The spec alone, used both for create and to replace the spec on edit. */
  public static DestinationSpec spec(DestinationDraft draft) {
    DestinationSpec spec = new DestinationSpec();
    spec.setType(draft.type());
    spec.setDestinationName(draft.displayName());
    spec.setData(new TreeMap<>(draft.data()));
    spec.setSignals(
        draft.signals().stream()
            .sorted(Comparator.comparing(ObservabilitySignal::ordinal))
            .toList());
    if (draft.hasSecret()) {
      spec.setSecretRef(new DestinationSpec.SecretReference(secretName(draft.name())));
    }
    return spec;
  }

  /** The Secret with the newly typed values (the keys to add or overwrite). */
  public static Secret secret(DestinationDraft draft, String namespace) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(secretName(draft.name()))
        .withNamespace(namespace)
        .addToLabels(DESTINATION_LABEL, draft.name())
        .endMetadata()
        .withType("Opaque")
        .withStringData(new TreeMap<>(draft.newSecrets()))
        .build();
  }

  /** The Secret of a destination shares its name: one pair per destination, easy to find. */
  public static String secretName(String destinationName) {
    return destinationName;
  }

  /**
   * A valid object name from the user's display name: lower case, runs of other characters made
   * {@code -}, at most 63 characters; "" when nothing usable remains.
   */
  public static String objectName(String displayName) {
    String slug =
        displayName == null
            ? ""
            : displayName
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_NAME) {
      slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
    }
    return slug;
  }
}
