package io.odigos.odiglet.inspect;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.support.MergePatch;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes runtime details into InstrumentationConfig status with one merge-patch request by name (no
 * read first), and only when they differ from what this writer last wrote for that config.
 */
public final class RuntimeDetailsWriter {
  private static final Logger LOG = LoggerFactory.getLogger(RuntimeDetailsWriter.class);

  private final KubernetesClient client;
  private final Map<ContainerAggregator.WorkloadKey, String> lastWritten =
      new ConcurrentHashMap<>();

  public RuntimeDetailsWriter(KubernetesClient client) {
    this.client = client;
  }

  /** The outcome of one write. */
  public enum Result {
    WRITTEN,
    UNCHANGED,
    /** The InstrumentationConfig does not exist (yet): nothing to record the details in. */
    NO_CONFIG
  }

  /**
   * Patches the config's status. Fails like the API server does, except that a missing config is
   * {@link Result#NO_CONFIG}.
   */
  public Result write(
      ContainerAggregator.WorkloadKey key, List<RuntimeDetailsByContainer> details) {
    String patch = RuntimeDetailsPatch.statusPatch(details);
    if (patch.equals(lastWritten.get(key))) {
      return Result.UNCHANGED;
    }
    try {
      MergePatch.applyToStatus(
          client,
          InstrumentationConfig.class,
          key.namespace(),
          key.instrumentationConfigName(),
          patch);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        LOG.debug(
            "no InstrumentationConfig {}/{} yet", key.namespace(), key.instrumentationConfigName());
        lastWritten.remove(key);
        return Result.NO_CONFIG;
      }
      throw e;
    }
    lastWritten.put(key, patch);
    LOG.info(
        "runtime details of {}/{}: {}",
        key.namespace(),
        key.instrumentationConfigName(),
        summary(details));
    return Result.WRITTEN;
  }

  /** Forget what was written (e.g. after the config was recreated). */
  public void forget(ContainerAggregator.WorkloadKey key) {
    lastWritten.remove(key);
  }

  private static String summary(List<RuntimeDetailsByContainer> details) {
    StringBuilder sb = new StringBuilder();
    for (RuntimeDetailsByContainer d : details) {
      if (!sb.isEmpty()) {
        sb.append(", ");
      }
      sb.append(d.getContainerName())
          .append('=')
          .append(d.getLanguage() == null ? "unknown" : d.getLanguage().wireName());
      if (d.getRuntimeVersion() != null) {
        sb.append(' ').append(d.getRuntimeVersion());
      }
    }
    return sb.toString();
  }
}
