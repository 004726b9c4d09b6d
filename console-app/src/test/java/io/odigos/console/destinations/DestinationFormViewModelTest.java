package io.odigos.console.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DestinationFormViewModelTest {
  private static final String API_KEY = "hcaik_s3cr3t-value-123";
  private final DestinationType honeycomb =
      DestinationCatalog.defaultCatalog().find("honeycomb").orElseThrow();

  @Test
  void aNewFormHasTheDefaultsAndEverySupportedSignalButNoSecret() {
    var form = DestinationFormViewModel.create(honeycomb);
    assertThat(form.input("HONEYCOMB_ENDPOINT").orElseThrow().valueProperty().get())
        .isEqualTo("api.honeycomb.io");
    assertThat(form.input("HONEYCOMB_API_KEY").orElseThrow().valueProperty().get()).isEmpty();
    assertThat(form.input("HONEYCOMB_API_KEY").orElseThrow().label()).isEqualTo("API Key *");
    assertThat(form.signals().keySet())
        .containsExactly(
            ObservabilitySignal.LOGS, ObservabilitySignal.TRACES, ObservabilitySignal.METRICS);
  }

  @Test
  void validationNamesTheMissingRequiredFieldsAndAnEmptySignalChoice() {
    var form = DestinationFormViewModel.create(honeycomb);
    form.signals().values().forEach(s -> s.set(false));
    assertThat(form.validate()).isEmpty();
    assertThat(form.problems())
        .anySatisfy(p -> assertThat(p).startsWith("Name is required"))
        .anySatisfy(p -> assertThat(p).contains("\"API Key\"").contains("required"))
        .anySatisfy(p -> assertThat(p).startsWith("No signal selected"));
  }

  @Test
  void aBadUrlIsReportedBeforeSaving() {
    var form =
        DestinationFormViewModel.create(
            DestinationCatalog.defaultCatalog().find("otlphttp").orElseThrow());
    form.displayNameProperty().set("Collector");
    form.input("OTLP_HTTP_ENDPOINT").orElseThrow().valueProperty().set("http://exa mple:4318");
    assertThat(form.validate()).isEmpty();
    assertThat(form.problems()).singleElement().asString().contains("Endpoint");
  }

  @Test
  void theDestinationBuiltFromTheFormNeverContainsTheSecretValue() {
    var form = DestinationFormViewModel.create(honeycomb);
    form.displayNameProperty().set("Honeycomb Prod!");
    form.input("HONEYCOMB_API_KEY").orElseThrow().valueProperty().set(API_KEY);
    DestinationDraft draft = form.validate().orElseThrow();

    assertThat(draft.name()).isEqualTo("honeycomb-prod");
    assertThat(draft.data()).doesNotContainKey("HONEYCOMB_API_KEY").doesNotContainValue(API_KEY);
    assertThat(draft.newSecrets()).containsExactly(Map.entry("HONEYCOMB_API_KEY", API_KEY));
    assertThat(draft.toString()).doesNotContain(API_KEY);

    String crYaml = Serialization.asYaml(DestinationObjects.destination(draft, "odigos-system"));
    assertThat(crYaml).doesNotContain(API_KEY).contains("secretRef").contains("honeycomb-prod");
    var secret = DestinationObjects.secret(draft, "odigos-system");
    assertThat(secret.getStringData()).containsEntry("HONEYCOMB_API_KEY", API_KEY);
    assertThat(secret.getMetadata().getName()).isEqualTo("honeycomb-prod");
  }

  @Test
  void editingKeepsAStoredSecretUnlessANewValueIsTyped() {
    var stored =
        new StoredDestination(
            "hc",
            "HC",
            "honeycomb",
            Map.of("HONEYCOMB_ENDPOINT", "api.eu1.honeycomb.io"),
            List.of(ObservabilitySignal.TRACES),
            "hc",
            Set.of("HONEYCOMB_API_KEY"),
            "");
    var form = DestinationFormViewModel.edit(honeycomb, stored);
    FieldInput key = form.input("HONEYCOMB_API_KEY").orElseThrow();
    assertThat(key.valueProperty().get()).isEmpty();
    assertThat(key.prompt()).isEqualTo(FieldInput.UNCHANGED);
    assertThat(form.signals().get(ObservabilitySignal.TRACES).get()).isTrue();
    assertThat(form.signals().get(ObservabilitySignal.LOGS).get()).isFalse();

    form.input("HONEYCOMB_METRICS_DATASET").orElseThrow().valueProperty().set("ds");
    DestinationDraft unchanged = form.validate().orElseThrow();
    assertThat(unchanged.newSecrets()).isEmpty();
    assertThat(unchanged.storedSecretKeys()).containsExactly("HONEYCOMB_API_KEY");
    assertThat(DestinationObjects.spec(unchanged).getSecretRef().name()).isEqualTo("hc");

    key.valueProperty().set("new-key");
    assertThat(form.validate().orElseThrow().newSecrets())
        .containsEntry("HONEYCOMB_API_KEY", "new-key");
  }

  @Test
  void objectNamesAreValidKubernetesNames() {
    assertThat(DestinationObjects.objectName("  My Jaeger (EU) ")).isEqualTo("my-jaeger-eu");
    assertThat(DestinationObjects.objectName("***")).isEmpty();
    assertThat(DestinationObjects.objectName("x".repeat(80))).hasSize(63);
  }
}
