package io.odigos.console.problems;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Problems from fabric8 informers, one per Odigos kind the cluster serves, in every namespace: a
 * condition that turns False shows up as soon as the API server sends the watch event.
 */
public final class KubeProblemSource implements ProblemSource {
  private static final Logger log = LoggerFactory.getLogger(KubeProblemSource.class);

  private final KubernetesClient client;
  private final Set<String> crds;
  private final Map<String, GenericKubernetesResource> lastSeen = new ConcurrentHashMap<>();

  public KubeProblemSource(KubernetesClient client, Set<String> crds) {
    this.client = client;
    this.crds = Set.copyOf(crds);
  }

  @Override
  public AutoCloseable watch(Sink sink) {
    List<SharedIndexInformer<GenericKubernetesResource>> informers = new ArrayList<>();
    for (OdigosKind kind : OdigosKind.WITH_CONDITIONS) {
      if (!crds.contains(kind.crdName())) {
        continue;
      }
      SharedIndexInformer<GenericKubernetesResource> informer =
          client.genericKubernetesResources(kind.context()).inAnyNamespace().runnableInformer(0);
      informer.addEventHandler(handler(sink));
      // keep retrying through API hiccups (e.g. 429 while the server's storage initialises)
      informer.exceptionHandler(
          (started, t) -> {
            log.debug("Watch of {} failed, retrying: {}", kind.kind(), t.getMessage());
            return true;
          });
      informer.start();
      informers.add(informer);
    }
    log.info("Watching conditions of {} Odigos kinds", informers.size());
    return () -> informers.forEach(SharedIndexInformer::close);
  }

  private ResourceEventHandler<GenericKubernetesResource> handler(Sink sink) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(GenericKubernetesResource obj) {
        seen(obj);
      }

      @Override
      public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource obj) {
        seen(obj);
      }

      @Override
      public void onDelete(GenericKubernetesResource obj, boolean unknownFinalState) {
        lastSeen.remove(obj.getMetadata().getUid());
        sink.replace(obj.getMetadata().getUid(), List.of());
      }

      private void seen(GenericKubernetesResource obj) {
        lastSeen.put(obj.getMetadata().getUid(), obj);
        sink.replace(obj.getMetadata().getUid(), ConditionProblems.of(obj));
      }
    };
  }

  @Override
  public String describe(Problem problem) {
    GenericKubernetesResource obj = lastSeen.get(problem.uid());
    if (obj == null) {
      return "# " + problem.objectRef() + " is gone";
    }
    GenericKubernetesResource copy = Serialization.clone(obj);
    copy.getMetadata().setManagedFields(null);
    return Serialization.asYaml(copy);
  }
}
