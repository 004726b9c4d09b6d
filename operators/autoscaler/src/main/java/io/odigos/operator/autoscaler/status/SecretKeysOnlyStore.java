package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Secret informer's cache, holding each Secret with its values blanked: the status reconciler
 * needs only the names of the keys, so the values are not kept in its memory at all.
 */
final class SecretKeysOnlyStore extends BasicItemStore<Secret> {

  SecretKeysOnlyStore() {
    super(Cache::metaNamespaceKeyFunc);
  }

  @Override
  public Secret put(String key, Secret secret) {
    return super.put(key, keysOnly(secret));
  }

  /** A copy of the Secret whose data and stringData keep their keys with empty values. */
  static Secret keysOnly(Secret secret) {
    if (secret == null) {
      return null;
    }
    return new SecretBuilder(secret)
        .withData(blank(secret.getData()))
        .withStringData(blank(secret.getStringData()))
        .build();
  }

  private static Map<String, String> blank(Map<String, String> values) {
    if (values == null) {
      return null;
    }
    Map<String, String> keys = new LinkedHashMap<>();
    values.keySet().forEach(k -> keys.put(k, ""));
    return keys;
  }
}
