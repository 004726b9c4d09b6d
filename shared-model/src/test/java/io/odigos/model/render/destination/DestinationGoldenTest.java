package io.odigos.model.render.destination;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.render.CollectorConfig;
import io.odigos.model.render.Yaml;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders, for every catalog type, a small complete collector config from its sample input and
 * compares it with {@code golden/destinations/<type>.yaml}; testbed's GoldenConfigsValidateIT runs
 * the real collector's validate on the same files.
 */
class DestinationGoldenTest {

  private static final String HEADER =
      "# Rendered by DestinationGoldenTest from its sample input; regenerate with -DupdateGoldens.\n";
  private static final List<ObservabilitySignal> PIPELINE_ORDER =
      List.of(ObservabilitySignal.TRACES, ObservabilitySignal.METRICS, ObservabilitySignal.LOGS);
  private static final Pattern CREDENTIAL_KEY =
      Pattern.compile("(?i).*(password|token|api-key|authorization|team|dsn|ingestion-key).*");

  static Stream<String> types() {
    return DestinationCatalog.defaultCatalog().all().stream().map(DestinationType::type);
  }

  /** The config a gateway would need for this one destination: otlp in, its exporters out. */
  static String render(DestinationValues values) throws InvalidDestinationException {
    DestinationExport export = DestinationConfigurers.configure(values);
    CollectorConfig config = new CollectorConfig();
    config.receiver(
        "otlp", Map.of("protocols", Map.of("grpc", Map.of("endpoint", "0.0.0.0:4317"))));
    export.exporters().forEach(config::exporter);
    export.extensions().forEach(config::extension);
    for (ObservabilitySignal s : PIPELINE_ORDER) {
      String exporter = export.exporterBySignal().get(s);
      if (exporter != null) {
        config.pipeline(
            s.name().toLowerCase(Locale.ROOT) + "/" + values.id(),
            new CollectorConfig.Pipeline(List.of("otlp"), List.of(), List.of(exporter)));
      }
    }
    return HEADER + config.toYaml();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void rendersTheGoldenConfig(String type) throws InvalidDestinationException {
    assertThat(DestinationSamples.byType()).as("sample input for " + type).containsKey(type);
    DestinationValues values = DestinationSamples.byType().get(type).values(type);
    DestinationGoldenFiles.assertMatches(type, render(values));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void secretsAppearOnlyAsEnvReferences(String type) throws InvalidDestinationException {
    DestinationValues values = DestinationSamples.byType().get(type).values(type);
    String yaml = render(values);
    String prefix = DestinationValues.envPrefix(values.id());
    for (DestinationField f : values.type().fields()) {
      if (f.secret() && DestinationSamples.byType().get(type).secretKeys().contains(f.name())) {
        String ref = "${env:" + prefix + f.name() + "}";
        assertThat(yaml).as("%s uses its secret %s", type, f.name()).contains(ref);
        assertThat(yaml.replace(ref, ""))
            .as("%s outside ${env:}", f.name())
            .doesNotContain(f.name());
      }
    }
    assertCredentialsAreReferences(type, Yaml.read(yaml), "");
  }

  @Test
  void noGoldenWithoutACatalogType() throws IOException {
    try (Stream<Path> files = Files.list(DestinationGoldenFiles.FOLDER)) {
      List<String> goldens =
          files.map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", "")).toList();
      assertThat(goldens).containsExactlyInAnyOrderElementsOf(types().toList());
    }
  }

  /** Every credential-looking setting (password, token, auth header...) must be ${env:...}. */
  private static void assertCredentialsAreReferences(String type, Object node, String path) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            String key = String.valueOf(k);
            if (v instanceof String s && CREDENTIAL_KEY.matcher(key).matches()) {
              assertThat(s).as("%s: %s%s", type, path, key).contains("${env:ODIGOS_DEST_");
            }
            assertCredentialsAreReferences(type, v, path + key + ".");
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> assertCredentialsAreReferences(type, item, path));
    }
  }
}
