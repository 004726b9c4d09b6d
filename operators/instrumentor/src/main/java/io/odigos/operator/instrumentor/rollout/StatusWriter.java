package io.odigos.operator.instrumentor.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.operator.support.Conditions;
import io.odigos.operator.support.MergePatch;
import java.net.HttpURLConnection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes this package's part of an InstrumentationConfig's status. Other components write other
 * parts of the same status (runtime details, the AgentEnabled condition), so only our fields are
 * sent, as a merge patch under optimistic locking: on a conflict the fresh object is read and the
 * same change applied again. Nothing is written when the change is already there.
 */
final class StatusWriter {
  private static final int ATTEMPTS = 5;

  private StatusWriter() {}

  /**
   * What to change. Null fields are left as they are.
   *
   * @param rolloutHash new {@code workloadRolloutHash}
   * @param instrumentationTime new {@code instrumentationTime}
   * @param rollbackOccurred new {@code rollbackOccurred}
   * @param conditions conditions to set (others are kept)
   */
  record Change(
      String rolloutHash,
      Instant instrumentationTime,
      Boolean rollbackOccurred,
      List<Conditions.Desired> conditions) {

    static Change conditions(Conditions.Desired... desired) {
      return new Change(null, null, null, List.of(desired));
    }

    /**
     * Applies the change to {@code status}; returns whether anything changed. A rollback is
     * recorded once: a change that records one does nothing when the status already has one.
     */
    boolean applyTo(InstrumentationConfigStatus status, long generation, Instant now) {
      if (Boolean.TRUE.equals(rollbackOccurred)
          && Boolean.TRUE.equals(status.getRollbackOccurred())) {
        return false;
      }
      boolean changed = false;
      if (rolloutHash != null && !rolloutHash.equals(status.getWorkloadRolloutHash())) {
        status.setWorkloadRolloutHash(rolloutHash);
        changed = true;
      }
      if (instrumentationTime != null) {
        OffsetDateTime time =
            instrumentationTime.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        if (status.getInstrumentationTime() == null
            || !status.getInstrumentationTime().toInstant().equals(time.toInstant())) {
          status.setInstrumentationTime(time);
          changed = true;
        }
      }
      if (rollbackOccurred != null
          && !Objects.equals(rollbackOccurred, status.getRollbackOccurred())) {
        status.setRollbackOccurred(rollbackOccurred);
        changed = true;
      }
      List<Condition> conditions = status.getConditions();
      for (Conditions.Desired d : this.conditions) {
        conditions = Conditions.set(conditions, d, generation, now);
      }
      if (!Conditions.same(status.getConditions(), conditions)) {
        status.setConditions(conditions);
        changed = true;
      }
      return changed;
    }
  }

  /**
   * Applies {@code change} to the status of {@code ic} (not modified) and writes it; returns false
   * when there was nothing to write or the InstrumentationConfig is gone. The written object goes
   * into the reconciler's cache, so the next reconcile sees it even before its watch event.
   */
  static boolean write(
      Context<InstrumentationConfig> context,
      InstrumentationConfig ic,
      Change change,
      Instant now) {
    KubernetesClient client = context.getClient();
    InstrumentationConfig current = ic;
    for (int attempt = 1; ; attempt++) {
      InstrumentationConfigStatus mine = ownFields(current.getStatus());
      if (!change.applyTo(mine, generation(current), now)) {
        return false;
      }
      try {
        InstrumentationConfig written =
            MergePatch.applyToStatus(
                client,
                InstrumentationConfig.class,
                current.getMetadata().getNamespace(),
                current.getMetadata().getName(),
                patch(client, current, mine));
        context
            .eventSourceRetriever()
            .getControllerEventSource()
            .handleRecentResourceUpdate(ResourceID.fromResource(written), written, current);
        return true;
      } catch (KubernetesClientException e) {
        if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
          return false;
        }
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt >= ATTEMPTS) {
          throw e;
        }
      }
      current = resource(client, current).get();
      if (current == null) {
        return false;
      }
    }
  }

  /** The status fields this package writes, copied (the conditions list included). */
  private static InstrumentationConfigStatus ownFields(InstrumentationConfigStatus status) {
    InstrumentationConfigStatus mine = new InstrumentationConfigStatus();
    if (status != null) {
      mine.setConditions(new ArrayList<>(status.getConditions()));
      mine.setWorkloadRolloutHash(status.getWorkloadRolloutHash());
      mine.setInstrumentationTime(status.getInstrumentationTime());
      mine.setRollbackOccurred(status.getRollbackOccurred());
    }
    return mine;
  }

  /**
   * A merge patch of this package's status fields, guarded by the resourceVersion they were
   * computed from: the conditions list is replaced whole, so a stale write must fail (409).
   */
  private static String patch(
      KubernetesClient client, InstrumentationConfig basis, InstrumentationConfigStatus mine) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    patch.putObject("metadata").put("resourceVersion", basis.getMetadata().getResourceVersion());
    ObjectNode status = patch.putObject("status");
    status.set(
        "conditions",
        client.getKubernetesSerialization().convertValue(mine.getConditions(), JsonNode.class));
    if (mine.getWorkloadRolloutHash() != null) {
      status.put("workloadRolloutHash", mine.getWorkloadRolloutHash());
    }
    if (mine.getInstrumentationTime() != null) {
      status.put(
          "instrumentationTime",
          DateTimeFormatter.ISO_INSTANT.format(mine.getInstrumentationTime().toInstant()));
    }
    if (mine.getRollbackOccurred() != null) {
      status.put("rollbackOccurred", mine.getRollbackOccurred());
    }
    return patch.toString();
  }

  private static Resource<InstrumentationConfig> resource(
      KubernetesClient client, InstrumentationConfig ic) {
    return client
        .resources(InstrumentationConfig.class)
        .inNamespace(ic.getMetadata().getNamespace())
        .withName(ic.getMetadata().getName());
  }

  private static long generation(InstrumentationConfig ic) {
    Long g = ic.getMetadata().getGeneration();
    return g == null ? 0L : g;
  }
}
