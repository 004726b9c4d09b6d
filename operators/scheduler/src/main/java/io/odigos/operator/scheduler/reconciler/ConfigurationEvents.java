package io.odigos.operator.scheduler.reconciler;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records Kubernetes Events for the user, e.g. on their ConfigMap when it cannot be applied. An
 * Event's name is derived from the object's version and the message, so the same problem on the
 * same version is recorded once, even across scheduler restarts. Recording is best effort, as with
 * Kubernetes' own event recorder: a failure is logged and never fails the reconcile.
 */
public final class ConfigurationEvents {
  private static final Logger log = LoggerFactory.getLogger(ConfigurationEvents.class);
  static final String COMPONENT = "odigos-scheduler";
  private static final int MAX_MESSAGE = 1000;
  private final Clock clock;

  public ConfigurationEvents(Clock clock) {
    this.clock = clock;
  }

  /** Records a Warning Event on {@code involved} unless this exact one is already recorded. */
  void warning(KubernetesClient client, HasMetadata involved, String reason, String message) {
    var meta = involved.getMetadata();
    String now =
        DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    Event event =
        new EventBuilder()
            .withNewMetadata()
            .withName(
                meta.getName()
                    + "."
                    + digest(meta.getUid(), meta.getResourceVersion(), reason, message))
            .withNamespace(meta.getNamespace())
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(involved.getApiVersion())
                    .withKind(involved.getKind())
                    .withName(meta.getName())
                    .withNamespace(meta.getNamespace())
                    .withUid(meta.getUid())
                    .withResourceVersion(meta.getResourceVersion())
                    .build())
            .withType("Warning")
            .withReason(reason)
            .withMessage(
                message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withCount(1)
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .build();
    try {
      client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) { // 409: this Event is already recorded
        log.warn("could not record a {} Event (HTTP {})", reason, e.getCode());
      }
    }
  }

  private static String digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
