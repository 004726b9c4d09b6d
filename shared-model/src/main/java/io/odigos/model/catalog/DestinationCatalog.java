package io.odigos.model.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The destination types Odigos can export to, read from one YAML file per type under {@value
 * #FOLDER}. The folder's {@code index.txt} lists the type ids (one a line) so loading needs no
 * classpath scanning. Immutable.
 */
public final class DestinationCatalog {

  public static final String FOLDER = "/io/odigos/catalog/destinations/";

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Map<String, DestinationType> byType;
  private final List<DestinationType> sorted;

  private DestinationCatalog(Collection<DestinationType> types) {
    Map<String, DestinationType> map = new LinkedHashMap<>();
    for (DestinationType t : types) {
      if (map.putIfAbsent(t.type(), t) != null) {
        throw new IllegalArgumentException("destination type " + t.type() + " is defined twice");
      }
    }
    this.byType = Map.copyOf(map);
    this.sorted =
        map.values().stream()
            .sorted(
                Comparator.comparing(DestinationType::displayName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(DestinationType::type))
            .toList();
  }

  /** A catalog of the given types (tests and tools; the product uses {@link #defaultCatalog()}). */
  public static DestinationCatalog of(Collection<DestinationType> types) {
    return new DestinationCatalog(types);
  }

  /** The catalog shipped in this jar, loaded once. */
  public static DestinationCatalog defaultCatalog() {
    return Shipped.CATALOG;
  }

  /** Reads the shipped catalog files; a broken file fails with its name and the reason. */
  public static DestinationCatalog load() {
    return of(index().stream().map(DestinationCatalog::read).toList());
  }

  /** Every type, sorted by display name. */
  public List<DestinationType> all() {
    return sorted;
  }

  public Optional<DestinationType> find(String type) {
    return Optional.ofNullable(type).map(byType::get);
  }

  /** The type ids listed in {@code index.txt}, in file order. */
  public static List<String> index() {
    return readResource(FOLDER + "index.txt")
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static DestinationType read(String type) {
    String file = FOLDER + type + ".yaml";
    DestinationType parsed;
    try {
      parsed = YAML.readValue(readResource(file), DestinationType.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "destination catalog file " + file + ": " + e.getMessage(), e);
    }
    if (!parsed.type().equals(type)) {
      throw new IllegalStateException(file + " declares type " + parsed.type());
    }
    return parsed;
  }

  private static String readResource(String path) {
    try (InputStream in = DestinationCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing catalog resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Holder: the shipped catalog is read on first use, once. */
  private static final class Shipped {
    static final DestinationCatalog CATALOG = load();
  }
}
