package io.odigos.operator.scheduler.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads and writes the {@code config.yaml} document. Keys the model does not know are kept: they
 * are carried from the user's document into the effective one, so settings meant for other
 * components survive. Error messages name the key and the problem, never the value.
 */
public final class ConfigYaml {
  /** The ConfigMap key holding the document, in both the user's and the effective ConfigMap. */
  public static final String KEY = "config.yaml";

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .build())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
          .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);

  private ConfigYaml() {}

  /** A parsed document: the modelled settings and the whole document they came from. */
  public record Parsed(OdigosConfiguration configuration, ObjectNode document) {
    public static Parsed empty() {
      return new Parsed(OdigosConfiguration.empty(), MAPPER.createObjectNode());
    }
  }

  /** Parses a document; a missing or empty one is the empty configuration. */
  public static Parsed parse(String yaml) throws InvalidConfigurationException {
    if (yaml == null || yaml.isBlank()) {
      return Parsed.empty();
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidConfigurationException(List.of(describe(e)));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return Parsed.empty();
    }
    if (!(tree instanceof ObjectNode document)) {
      throw new InvalidConfigurationException(
          List.of(KEY + " must be a mapping of settings, not " + kind(tree)));
    }
    try {
      return new Parsed(MAPPER.treeToValue(document, OdigosConfiguration.class), document);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidConfigurationException(List.of(describe(e)));
    }
  }

  /**
   * Writes the effective configuration over the user's document: modelled settings take their
   * effective values, everything else in the user's document stays as written.
   */
  public static String write(OdigosConfiguration effective, ObjectNode userDocument) {
    ObjectNode out = userDocument.deepCopy();
    overlay(out, MAPPER.valueToTree(effective));
    try {
      return MAPPER.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void overlay(ObjectNode target, ObjectNode source) {
    for (Map.Entry<String, JsonNode> e : source.properties()) {
      if (target.get(e.getKey()) instanceof ObjectNode inner
          && e.getValue() instanceof ObjectNode value) {
        overlay(inner, value);
      } else {
        target.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  /** A user-facing sentence for a parse or binding failure, without any of the document's text. */
  static String describe(Exception e) {
    Throwable root =
        e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
    if (root instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String where = path(m.getPath());
      if (m.getCause() instanceof InputCoercionException) {
        return where + " is out of range";
      }
      if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
        return where + " must be " + expected(mi.getTargetType());
      }
      return where + " has a value of the wrong kind";
    }
    if (root instanceof InputCoercionException) {
      return KEY + " holds a number that is out of range" + at(((InputCoercionException) root));
    }
    if (root.getCause() instanceof MarkedYAMLException y) {
      String where =
          y.getProblemMark() == null
              ? ""
              : " (line %d, column %d)"
                  .formatted(y.getProblemMark().getLine() + 1, y.getProblemMark().getColumn() + 1);
      return KEY + " is not valid YAML: " + y.getProblem() + where;
    }
    return KEY + " is not valid YAML" + (root instanceof JsonProcessingException p ? at(p) : "");
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? ""
        : " (line %d, column %d)"
            .formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text value";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a mapping";
  }

  private static String kind(JsonNode node) {
    return node.isArray() ? "a list" : "a single value";
  }
}
