package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden collector config of shared-model (destinations, gateway, node...) must pass the real
 * collector's {@code validate}: the goldens are what the renderers produce, so this proves the
 * rendered configs load in collector v0.159.0.
 */
class GoldenConfigsValidateIT {

  private static final Path GOLDEN = Path.of("shared-model/src/test/resources/golden");

  /**
   * A destination's Secret reaches the gateway as environment variables ({@code envFrom} with the
   * {@code ODIGOS_DEST_<id>_} prefix). They are not set here, and an unset variable expands to an
   * empty string, which some components rightly reject (a bearer token is required); so each such
   * reference gets a stand-in value, as the Secret would give it in the pod.
   */
  private static final Pattern SECRET_REF = Pattern.compile("\\$\\{env:(ODIGOS_DEST_[A-Z0-9_]+)}");

  /**
   * What the node collector's DaemonSet sets: the node name (from {@code spec.nodeName}) and where
   * the host's root is mounted (here, this machine's own root). The service account files come from
   * {@link Otelcol#validateYamlAsPod}.
   */
  private static final java.util.Map<String, String> NODE_ENV =
      java.util.Map.of("NODE_NAME", "golden-node", "HOST_ROOT_PATH", "/");

  private final Otelcol otelcol = Otelcol.fromTestbed();

  static Stream<Named<Path>> goldenConfigs() {
    Path root = TestbedLayout.discover().repoRoot();
    try (Stream<Path> files = Files.walk(root.resolve(GOLDEN))) {
      List<Path> yamls =
          files
              .filter(p -> p.toString().endsWith(".yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      return yamls.stream().map(p -> Named.of(root.resolve(GOLDEN).relativize(p).toString(), p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void findsTheGoldenConfigs() {
    assertThat(goldenConfigs().map(Named::getName)).contains("destinations/otlp.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenConfigs")
  void theCollectorAcceptsIt(Path golden) throws IOException {
    String yaml = SECRET_REF.matcher(Files.readString(golden)).replaceAll("stand-in-for-$1");
    Otelcol.Result result = otelcol.validateYamlAsPod(yaml, NODE_ENV);
    assertThat(result.ok())
        .as(
            "otelcol validate rejected %s (exit %d):%n%s",
            golden, result.exitCode(), result.output().strip())
        .isTrue();
  }
}
