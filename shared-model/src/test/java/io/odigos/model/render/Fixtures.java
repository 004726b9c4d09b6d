package io.odigos.model.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The custom resources under {@code src/test/resources/render/}, typed. */
public final class Fixtures {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Fixtures() {}

  public static <T extends HasMetadata> List<T> load(String file, Class<T> type) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/render/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + file);
      }
      String all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return java.util.Arrays.stream(all.split("(?m)^---$"))
          .filter(doc -> !doc.isBlank())
          .map(doc -> SERIALIZATION.unmarshal(doc, type))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T extends HasMetadata> T one(String yaml, Class<T> type) {
    return SERIALIZATION.unmarshal(yaml, type);
  }

  /** The destinations fixture; the honeycomb one's Secret holds its API key. */
  public static List<RenderableDestination> destinations() {
    return load("destinations.yaml", Destination.class).stream()
        .map(
            d ->
                new RenderableDestination(
                    d,
                    d.getMetadata().getName().equals("honeycomb")
                        ? Set.of("HONEYCOMB_API_KEY")
                        : Set.of()))
        .toList();
  }

  public static List<Action> actions() {
    return load("actions.yaml", Action.class);
  }

  public static List<Sampling> samplings() {
    return load("samplings.yaml", Sampling.class);
  }

  public static List<Processor> processors() {
    return load("processors.yaml", Processor.class);
  }
}
