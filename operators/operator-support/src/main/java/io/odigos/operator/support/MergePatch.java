package io.odigos.operator.support;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/**
 * JSON merge patches by name in one request. The client's {@code withName(n).patch(ctx, String)}
 * first GETs the object only to learn its name and namespace, which doubles the API calls of every
 * write; handing it a bare object with the name and namespace skips that read. The patch text is
 * sent as given (a {@code metadata.resourceVersion} in it still guards the write).
 */
public final class MergePatch {
  private static final PatchContext MERGE = PatchContext.of(PatchType.JSON_MERGE);

  private MergePatch() {}

  /** Patches the object; returns it as stored. Fails like the API server does (404, 409...). */
  public static <T extends HasMetadata> T apply(
      KubernetesClient client, Class<T> type, String namespace, String name, String patch) {
    return handle(client, type, namespace, name).patch(MERGE, patch);
  }

  /** Patches the object's status subresource; returns it as stored. */
  public static <T extends HasMetadata> T applyToStatus(
      KubernetesClient client, Class<T> type, String namespace, String name, String patch) {
    return handle(client, type, namespace, name).subresource("status").patch(MERGE, patch);
  }

  private static <T extends HasMetadata> Resource<T> handle(
      KubernetesClient client, Class<T> type, String namespace, String name) {
    T bare;
    try {
      bare = type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(type + " has no public no-argument constructor", e);
    }
    ObjectMeta metadata = new ObjectMeta();
    metadata.setName(name);
    metadata.setNamespace(namespace);
    bare.setMetadata(metadata);
    var resources = client.resources(type);
    return namespace == null
        ? resources.resource(bare)
        : resources.inNamespace(namespace).resource(bare);
  }
}
