package io.odigos.operator.instrumentor.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.operator.support.Conditions;
import io.odigos.operator.support.Conditions.Desired;
import io.odigos.operator.support.MergePatch;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to InstrumentationConfigs that several components share. Spec fields are merge-patched, so
 * only the fields named are touched. Status conditions are patched with the resourceVersion they
 * were computed from: the odiglet, the rollout part and this operator all write the status, and the
 * conditions list is replaced as a whole, so a stale write must fail (409) rather than drop someone
 * else's condition; the newer version's watch event then brings a fresh reconcile.
 */
public final class InstrumentationConfigWrites {
  private static final Logger log = LoggerFactory.getLogger(InstrumentationConfigWrites.class);

  private InstrumentationConfigWrites() {}

  /**
   * Merge-patches {@code spec} fields of the IC; a null value removes the field.
   *
   * @return the IC as stored after the patch; {@code ic} itself when it is gone
   */
  private static InstrumentationConfig patchSpec(
      KubernetesClient client, InstrumentationConfig ic, ObjectNode specFields) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    patch.set("spec", specFields);
    try {
      return MergePatch.apply(
          client,
          InstrumentationConfig.class,
          ic.getMetadata().getNamespace(),
          ic.getMetadata().getName(),
          patch.toString());
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return ic; // deleted meanwhile: nothing left to decide
      }
      throw e;
    }
  }

  /** Serializes a model value the way the client does. */
  public static JsonNode json(KubernetesClient client, Object value) {
    return value == null
        ? JsonNodeFactory.instance.nullNode()
        : client.getKubernetesSerialization().convertValue(value, JsonNode.class);
  }

  /**
   * Sets the desired conditions, keeping every other condition and status field.
   *
   * <p>A conflict (409) is not retried here: it means a newer version of the IC exists, whose watch
   * event reconciles the IC again from fresh data. Retrying at once would mostly race the same
   * writers again.
   *
   * @param writeObservedGeneration also set {@code status.observedGeneration} to the generation
   * @return the IC as stored afterwards; {@code ic} itself when nothing had to change; null when
   *     the IC is gone or changed meanwhile
   */
  public static InstrumentationConfig setConditions(
      KubernetesClient client,
      InstrumentationConfig ic,
      List<Desired> desired,
      boolean writeObservedGeneration,
      Instant now) {
    InstrumentationConfigStatus status = ic.getStatus();
    List<Condition> before = status == null ? List.of() : status.getConditions();
    long generation = generation(ic);
    List<Condition> after = before;
    for (Desired d : desired) {
      after = Conditions.set(after, d, generation, now);
    }
    boolean generationStale =
        writeObservedGeneration
            && (status == null || !Objects.equals(status.getObservedGeneration(), generation));
    if (Conditions.same(before, after) && !generationStale) {
      return ic;
    }
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    patch.putObject("metadata").put("resourceVersion", ic.getMetadata().getResourceVersion());
    ObjectNode statusPatch = patch.putObject("status");
    statusPatch.set("conditions", json(client, after));
    if (writeObservedGeneration) {
      statusPatch.put("observedGeneration", generation);
    }
    try {
      return MergePatch.applyToStatus(
          client,
          InstrumentationConfig.class,
          ic.getMetadata().getNamespace(),
          ic.getMetadata().getName(),
          patch.toString());
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404 || e.getCode() == 409) {
        return null;
      }
      throw e;
    }
  }

  /**
   * Patches the agent part's spec fields (containers, SDK configs, agents hash and the time it
   * changed) when they differ from the plan.
   *
   * @return the IC as it now is
   */
  public static InstrumentationConfig writeAgentSpec(
      KubernetesClient client, InstrumentationConfig ic, AgentPlanner.Plan plan, Instant now) {
    var spec = ic.getSpec();
    var containers = json(client, plan.containers());
    var sdkConfigs = json(client, plan.sdkConfigs());
    String hash = spec == null ? null : spec.getAgentsMetaHash();
    boolean hashChanged = !Objects.equals(hash, plan.agentsMetaHash());
    if (spec != null
        && !hashChanged
        && sameList(containers, json(client, spec.getContainers()))
        && sameList(sdkConfigs, json(client, spec.getSdkConfigs()))) {
      return ic;
    }
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    fields.set("containers", containers);
    fields.set("sdkConfigs", sdkConfigs);
    if (hashChanged) {
      fields.put("agentsMetaHash", plan.agentsMetaHash());
      fields.put("agentsMetaHashChangedTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
      log.info("agentsMetaHash {} -> {}", hash, plan.agentsMetaHash());
    }
    return patchSpec(client, ic, fields);
  }

  /** An absent list and an empty one say the same: no write for that alone. */
  private static boolean sameList(JsonNode desired, JsonNode current) {
    return desired.equals(current) || (desired.isEmpty() && current.isNull());
  }

  private static long generation(InstrumentationConfig ic) {
    Long g = ic.getMetadata().getGeneration();
    return g == null ? 0L : g;
  }
}
