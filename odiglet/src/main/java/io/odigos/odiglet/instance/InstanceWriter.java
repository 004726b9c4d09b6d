package io.odigos.odiglet.instance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.InstrumentationInstanceSpec;
import io.odigos.operator.support.MergePatch;
import java.net.HttpURLConnection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out {@link InstanceChange}s against the API server. An instance is owned by its pod (so a
 * cluster's garbage collector also removes it) and labelled with its node and workload; its status
 * is written through the status subresource, by name, without reading first.
 */
public final class InstanceWriter {
  public static final String NODE_LABEL = "odigos.io/node";
  public static final String WORKLOAD_LABEL = "odigos.io/instrumented-app";

  /**
   * On instances of processes the odiglet instruments itself (value: how, e.g. {@code ebpf-go}):
   * such an instance goes as soon as the process is no longer probed.
   */
  public static final String PROBE_LABEL = "odigos.io/probe";

  private static final Logger log = LoggerFactory.getLogger(InstanceWriter.class);

  private final KubernetesClient client;

  public InstanceWriter(KubernetesClient client) {
    this.client = client;
  }

  /** Applies one change; a change that lost a race with the pod's deletion is dropped. */
  public void apply(InstanceChange change, Instant now) {
    try {
      switch (change) {
        case InstanceChange.Create c -> create(c, now);
        case InstanceChange.SetHealth h ->
            writeHealth(h.namespace(), h.name(), h.health(), null, now);
        case InstanceChange.Delete d -> {
          client
              .resources(InstrumentationInstance.class)
              .inNamespace(d.namespace())
              .withName(d.name())
              .delete();
          log.info(
              "InstrumentationInstance {}/{} deleted: its pod or process is gone, or no longer"
                  + " instrumented",
              d.namespace(),
              d.name());
        }
      }
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
        throw e;
      }
      log.debug(
          "{} {}/{}: gone meanwhile",
          change.getClass().getSimpleName(),
          change.namespace(),
          change.name());
    }
  }

  private void create(InstanceChange.Create c, Instant now) {
    AgentObservation p = c.process();
    InstrumentationInstance instance = new InstrumentationInstance();
    var labels = new java.util.HashMap<String, String>();
    labels.put(NODE_LABEL, c.node());
    if (p.instrumentationConfig() != null) {
      labels.put(WORKLOAD_LABEL, p.instrumentationConfig());
    }
    if (!c.probe().isEmpty()) {
      labels.put(PROBE_LABEL, c.probe());
    }
    instance.setMetadata(
        new ObjectMetaBuilder()
            .withName(p.instanceName())
            .withNamespace(p.namespace())
            .withLabels(labels)
            .addNewOwnerReference()
            .withApiVersion("v1")
            .withKind("Pod")
            .withName(p.podName())
            .withUid(p.podUid())
            .endOwnerReference()
            .build());
    instance.setSpec(new InstrumentationInstanceSpec(p.containerName()));
    try {
      client.resource(instance).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) { // left by an earlier run: reuse it
        throw e;
      }
    }
    writeHealth(p.namespace(), p.instanceName(), c.health(), p.identifyingAttributes(), now);
    log.info(
        "InstrumentationInstance {}/{} for pid {} in {}/{}: {}",
        p.namespace(),
        p.instanceName(),
        p.pid(),
        p.podName(),
        p.containerName(),
        c.health().reason());
  }

  private void writeHealth(
      String namespace,
      String name,
      InstanceHealth health,
      Map<String, String> identifying,
      Instant now) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    ObjectNode status = patch.putObject("status");
    if (health.healthy() == null) {
      status.putNull("healthy");
    } else {
      status.put("healthy", health.healthy());
    }
    status.put("running", health.running());
    status.put("reason", health.reason());
    status.put("message", health.message());
    status.put("lastStatusTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
    if (identifying != null) {
      var attributes = status.putArray("identifyingAttributes");
      identifying.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> attributes.addObject().put("key", e.getKey()).put("value", e.getValue()));
    }
    MergePatch.applyToStatus(
        client, InstrumentationInstance.class, namespace, name, patch.toString());
    if (!(health.running() && health.healthy() == null)) {
      log.debug(
          "InstrumentationInstance {}/{}: {} ({})",
          namespace,
          name,
          health.reason(),
          health.message());
    }
  }
}
