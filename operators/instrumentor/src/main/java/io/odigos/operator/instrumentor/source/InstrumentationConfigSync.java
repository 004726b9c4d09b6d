package io.odigos.operator.instrumentor.source;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceStatus;
import io.odigos.operator.instrumentor.agent.InstrumentationConfigWrites;
import io.odigos.operator.instrumentor.agent.Marking;
import io.odigos.operator.instrumentor.source.InstrumentationPlanner.DesiredConfig;
import io.odigos.operator.instrumentor.source.InstrumentationPlanner.Plan;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import io.odigos.operator.support.Conditions;
import io.odigos.operator.support.Conditions.Desired;
import io.odigos.operator.support.MergePatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one namespace match a {@link Plan}: creates, updates and deletes its InstrumentationConfigs
 * (deletion is explicit, not left to garbage collection, so it also happens where none runs), marks
 * them with the Source that covers them ({@link Marking}), and writes the Sources' {@code Applied}
 * condition. Writes only what differs.
 */
final class InstrumentationConfigSync {
  private static final Logger log = LoggerFactory.getLogger(InstrumentationConfigSync.class);

  private InstrumentationConfigSync() {}

  static void apply(
      KubernetesClient client,
      String namespace,
      Plan plan,
      Collection<InstrumentationConfig> existing,
      Collection<Source> sources,
      Instant now) {
    Map<String, InstrumentationConfig> ours =
        existing.stream()
            .filter(
                ic ->
                    WorkloadRef.fromInstrumentationConfig(namespace, ic.getMetadata().getName())
                        .isPresent())
            .collect(Collectors.toMap(ic -> ic.getMetadata().getName(), Function.identity()));
    List<Runnable> writes = new ArrayList<>();
    for (DesiredConfig desired : plan.configs().values()) {
      InstrumentationConfig cached = ours.get(desired.name());
      if (cached == null || needsWrite(client, desired, cached)) {
        writes.add(() -> ensure(client, namespace, desired, cached));
      }
    }
    for (InstrumentationConfig ic : ours.values()) {
      if (!plan.configs().containsKey(ic.getMetadata().getName())
          && ic.getMetadata().getDeletionTimestamp() == null) {
        writes.add(
            () -> {
              client.resource(ic).delete();
              log.info(
                  "deleted InstrumentationConfig {}: no Source covers its workload any more",
                  ic.getMetadata().getName());
            });
      }
    }
    ParallelWrites.run(writes);
    for (Source source : sources) {
      Desired condition = plan.sourceConditions().get(source.getMetadata().getName());
      if (condition != null) {
        writeSourceStatus(client, source, condition, now);
      }
    }
  }

  /** Creates the IC, or brings its Source-owned fields (metadata and spec) up to date. */
  private static void ensure(
      KubernetesClient client, String namespace, DesiredConfig desired, InstrumentationConfig ic) {
    OwnerReference owner = desired.workload().ownerReference();
    if (ic == null) {
      create(client, namespace, desired, owner);
      return;
    }
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    ObjectNode metadata = patch.putObject("metadata");
    metadata.putObject("annotations").put(Marking.ANNOTATION, desired.marking().annotationValue());
    if (ownerMissing(ic, owner)) {
      List<OwnerReference> owners = new ArrayList<>();
      if (ic.getMetadata().getOwnerReferences() != null) {
        // a workload re-created under the same name has a new uid: drop the old reference
        ic.getMetadata().getOwnerReferences().stream()
            .filter(
                o -> !(owner.getKind().equals(o.getKind()) && owner.getName().equals(o.getName())))
            .forEach(owners::add);
      }
      owners.add(owner);
      metadata.set("ownerReferences", InstrumentationConfigWrites.json(client, owners));
    }
    ObjectNode spec = patch.putObject("spec");
    spec.put("serviceName", desired.serviceName());
    spec.put("agentInjectionEnabled", true);
    spec.set(
        "containersOverrides",
        InstrumentationConfigWrites.json(client, desired.containersOverrides()));
    try {
      MergePatch.apply(
          client, InstrumentationConfig.class, namespace, desired.name(), patch.toString());
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) { // gone meanwhile: the next pass creates it again
        throw e;
      }
    }
  }

  private static void create(
      KubernetesClient client, String namespace, DesiredConfig desired, OwnerReference owner) {
    InstrumentationConfig created = new InstrumentationConfig();
    created.setMetadata(
        new ObjectMetaBuilder()
            .withName(desired.name())
            .withNamespace(namespace)
            .withOwnerReferences(owner)
            .addToAnnotations(Marking.ANNOTATION, desired.marking().annotationValue())
            .build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setServiceName(desired.serviceName());
    spec.setAgentInjectionEnabled(true);
    spec.setContainersOverrides(desired.containersOverrides());
    created.setSpec(spec);
    try {
      client.resource(created).create();
      log.info(
          "created InstrumentationConfig {} ({})",
          desired.name(),
          desired.marking().condition().message());
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) { // 409: created by an earlier pass the cache has not seen yet
        throw e;
      }
    }
  }

  /** True when the IC lacks its owner reference, its marking or Source-owned spec fields. */
  private static boolean needsWrite(
      KubernetesClient client, DesiredConfig desired, InstrumentationConfig ic) {
    return ownerMissing(ic, desired.workload().ownerReference())
        || specDiffers(client, desired, ic)
        || !Marking.of(ic).equals(Optional.of(desired.marking()));
  }

  private static boolean ownerMissing(InstrumentationConfig ic, OwnerReference owner) {
    return ic.getMetadata().getOwnerReferences() == null
        || ic.getMetadata().getOwnerReferences().stream()
            .noneMatch(o -> owner.getUid().equals(o.getUid()));
  }

  private static boolean specDiffers(
      KubernetesClient client, DesiredConfig desired, InstrumentationConfig ic) {
    InstrumentationConfigSpec spec = ic.getSpec();
    return spec == null
        || !Objects.equals(spec.getServiceName(), desired.serviceName())
        || !Boolean.TRUE.equals(spec.getAgentInjectionEnabled())
        || !InstrumentationConfigWrites.json(client, spec.getContainersOverrides())
            .equals(InstrumentationConfigWrites.json(client, desired.containersOverrides()));
  }

  private static void writeSourceStatus(
      KubernetesClient client, Source source, Desired desired, Instant now) {
    long generation = Objects.requireNonNullElse(source.getMetadata().getGeneration(), 0L);
    SourceStatus current = source.getStatus();
    List<Condition> before = current == null ? List.of() : current.getConditions();
    List<Condition> after = Conditions.set(before, desired, generation, now);
    if (Conditions.same(before, after)
        && current != null
        && Objects.equals(current.getObservedGeneration(), generation)) {
      return;
    }
    Condition previous = current == null ? null : current.condition(desired.type()).orElse(null);
    if (previous == null
        || !desired.reason().equals(previous.getReason())
        || !desired.message().equals(previous.getMessage())) {
      log.info(
          "Source {}: {} {} ({}): {}",
          source.getMetadata().getName(),
          desired.type(),
          desired.status(),
          desired.reason(),
          desired.message());
    }
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    ObjectNode status = patch.putObject("status");
    status.set("conditions", InstrumentationConfigWrites.json(client, after));
    status.put("observedGeneration", generation);
    try {
      MergePatch.applyToStatus(
          client,
          Source.class,
          source.getMetadata().getNamespace(),
          source.getMetadata().getName(),
          patch.toString());
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) { // a Source deleted meanwhile needs no status
        throw e;
      }
    }
  }
}
