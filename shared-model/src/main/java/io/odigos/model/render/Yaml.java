package io.odigos.model.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Deterministic YAML for rendered configs: map keys sorted (so {@code Map.of} iteration order never
 * leaks into a config), block style, no document marker, minimal quotes. Lists keep their order.
 */
public final class Yaml {

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .build())
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Yaml() {}

  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a YAML mapping (used by tests and by the config preview to compare documents). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(String yaml) {
    try {
      Map<String, Object> map = MAPPER.readValue(yaml, Map.class);
      return map == null ? Map.of() : map;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a YAML mapping: " + e.getOriginalMessage(), e);
    }
  }
}
