package io.odigos.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DestinationCatalogTest {

  private static final Path FOLDER = Path.of("src/main/resources/io/odigos/catalog/destinations");
  private final DestinationCatalog catalog = DestinationCatalog.load();

  @Test
  void loadsEveryTypeTheProductNeeds() {
    assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(21);
    assertThat(catalog.all().stream().map(DestinationType::type))
        .contains(
            "otlp",
            "otlphttp",
            "jaeger",
            "tempo",
            "prometheus",
            "loki",
            "datadog",
            "honeycomb",
            "elasticsearch",
            "newrelic",
            "grafanacloudtempo",
            "grafanacloudprometheus",
            "grafanacloudloki",
            "dynatrace",
            "coralogix",
            "signoz",
            "uptrace",
            "splunkotlp",
            "clickhouse",
            "kafka",
            "debug")
        .doesNotHaveDuplicates();
  }

  @Test
  void indexListsExactlyTheYamlFilesOfTheFolder() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .map(n -> n.substring(0, n.length() - ".yaml".length()))
              .sorted()
              .toList();
      assertThat(DestinationCatalog.index())
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void allIsSortedByDisplayNameAndImmutable() {
    List<String> names = catalog.all().stream().map(DestinationType::displayName).toList();
    assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    assertThatThrownBy(() -> catalog.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalog.all().getFirst().fields().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsByTypeId() {
    assertThat(catalog.find("jaeger"))
        .get()
        .extracting(DestinationType::displayName)
        .isEqualTo("Jaeger");
    assertThat(catalog.find("jaeger").get().signals()).containsExactly(ObservabilitySignal.TRACES);
    assertThat(catalog.find("jaeger").get().field("JAEGER_URL"))
        .get()
        .extracting(DestinationField::required)
        .isEqualTo(true);
    assertThat(catalog.find("nope")).isEmpty();
    assertThat(catalog.find(null)).isEmpty();
  }

  @Test
  void defaultCatalogIsLoadedOnce() {
    assertThat(DestinationCatalog.defaultCatalog()).isSameAs(DestinationCatalog.defaultCatalog());
    assertThat(DestinationCatalog.defaultCatalog().all()).hasSameSizeAs(catalog.all());
  }
}
