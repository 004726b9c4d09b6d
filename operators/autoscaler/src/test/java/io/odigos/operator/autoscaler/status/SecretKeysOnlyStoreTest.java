package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import org.junit.jupiter.api.Test;

class SecretKeysOnlyStoreTest {

  private static Secret secret() {
    return new SecretBuilder()
        .withNewMetadata()
        .withName("creds")
        .withNamespace("ns")
        .withResourceVersion("42")
        .endMetadata()
        .addToData("API_KEY", "c2VjcmV0")
        .addToStringData("TOKEN", "plain-secret")
        .withType("Opaque")
        .build();
  }

  @Test
  void theStoreKeepsKeysAndMetadataButNoValue() {
    SecretKeysOnlyStore store = new SecretKeysOnlyStore();
    Secret original = secret();

    store.put(store.getKey(original), original);
    Secret stored = store.get("ns/creds");

    assertThat(stored.getData()).containsOnlyKeys("API_KEY").containsValue("");
    assertThat(stored.getStringData()).containsOnlyKeys("TOKEN").containsValue("");
    assertThat(stored.getMetadata().getResourceVersion()).isEqualTo("42");
    assertThat(stored.getType()).isEqualTo("Opaque");
    assertThat(original.getData()).containsEntry("API_KEY", "c2VjcmV0");
  }

  @Test
  void aSecretWithoutDataStaysWithoutData() {
    Secret empty = new SecretBuilder().withNewMetadata().withName("e").endMetadata().build();

    assertThat(SecretKeysOnlyStore.keysOnly(empty).getData()).isNullOrEmpty();
    assertThat(SecretKeysOnlyStore.keysOnly(null)).isNull();
  }
}
