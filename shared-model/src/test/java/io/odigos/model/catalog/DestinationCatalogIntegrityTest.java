package io.odigos.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every catalog entry must satisfy, and the checks that keep broken entries out. */
class DestinationCatalogIntegrityTest {

  private final DestinationCatalog catalog = DestinationCatalog.load();

  @Test
  void everyFieldIsDescribedAndEveryTypeIsCategorised() {
    for (DestinationType t : catalog.all()) {
      assertThat(t.category())
          .as(t.type())
          .isIn(DestinationType.MANAGED, DestinationType.SELF_HOSTED);
      assertThat(t.signals())
          .as(t.type())
          .isNotEmpty()
          .doesNotContain(ObservabilitySignal.PROFILES);
      for (DestinationField f : t.fields()) {
        assertThat(f.description()).as(t.type() + "." + f.name()).isNotBlank();
        assertThat(f.displayName()).as(t.type() + "." + f.name()).isNotBlank();
        if (f.type() == FieldType.SELECT) {
          assertThat(f.options())
              .as(t.type() + "." + f.name())
              .isNotEmpty()
              .doesNotHaveDuplicates();
        }
      }
    }
  }

  @Test
  void credentialsAreSecretFields() {
    for (DestinationType t : catalog.all()) {
      for (DestinationField f : t.fields()) {
        boolean credential =
            f.name().matches(".*(API_KEY|TOKEN|PASSWORD|PRIVATE_KEY|DSN|INGESTION_KEY)$");
        assertThat(f.secret())
            .as(t.type() + "." + f.name() + " is a credential")
            .isEqualTo(credential);
      }
    }
  }

  @Test
  void managedServicesWithAnApiKeyRequireIt() {
    for (String type :
        List.of(
            "datadog",
            "honeycomb",
            "newrelic",
            "dynatrace",
            "coralogix",
            "splunkotlp",
            "uptrace")) {
      DestinationType t = catalog.find(type).orElseThrow();
      assertThat(t.fields()).as(type).anyMatch(f -> f.secret() && f.required());
    }
  }

  @Test
  void datadogSitesAreTheKnownOnes() {
    DestinationField site =
        catalog.find("datadog").orElseThrow().field("DATADOG_SITE").orElseThrow();
    assertThat(site.type()).isEqualTo(FieldType.SELECT);
    assertThat(site.options())
        .containsExactlyInAnyOrder(
            "datadoghq.com",
            "us3.datadoghq.com",
            "us5.datadoghq.com",
            "datadoghq.eu",
            "ap1.datadoghq.com",
            "ddog-gov.com");
  }

  @Test
  void rejectsBrokenDefinitions() {
    assertThatThrownBy(() -> field("SITE", FieldType.SELECT, List.of(), null))
        .hasMessageContaining("select field SITE has no options");
    assertThatThrownBy(() -> field("SITE", FieldType.SELECT, List.of("a"), "b"))
        .hasMessageContaining("not one of its options");
    assertThatThrownBy(() -> field("lower", FieldType.TEXT, null, null))
        .hasMessageContaining("upper snake case");
    DestinationField url = field("URL", FieldType.URL, null, null);
    assertThatThrownBy(
            () ->
                new DestinationType(
                    "x", "X", "cloud", Set.of(ObservabilitySignal.TRACES), List.of(url), null))
        .hasMessageContaining("category");
    assertThatThrownBy(
            () ->
                new DestinationType(
                    "x",
                    "X",
                    "managed",
                    Set.of(ObservabilitySignal.TRACES),
                    List.of(url, url),
                    null))
        .hasMessageContaining("defines field URL twice");
    DestinationType t =
        new DestinationType(
            "x", "X", "managed", Set.of(ObservabilitySignal.TRACES), List.of(), null);
    assertThatThrownBy(() -> DestinationCatalog.of(List.of(t, t)))
        .hasMessageContaining("defined twice");
  }

  private static DestinationField field(
      String name, FieldType type, List<String> options, String def) {
    return new DestinationField(
        name, "Field", type, false, false, options, def, "What it is.", null);
  }
}
