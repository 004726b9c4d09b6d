package io.odigos.model.render.destination;

import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One destination's settings, checked against its catalog type. Holds the non-secret values and
 * only the <em>names</em> of the Secret's keys: secret values never reach the renderer, which
 * refers to them as {@code ${env:...}} (the gateway gets the Secret through {@code envFrom} with
 * the prefix {@link #envPrefix(String)}).
 */
public final class DestinationValues {

  private final DestinationType type;
  private final String id;
  private final Map<String, String> data;
  private final Set<String> secretKeys;
  private final Set<ObservabilitySignal> signals;

  private DestinationValues(
      DestinationType type,
      String id,
      Map<String, String> data,
      Set<String> secretKeys,
      Set<ObservabilitySignal> signals) {
    this.type = type;
    this.id = id;
    this.data = data;
    this.secretKeys = secretKeys;
    this.signals = Collections.unmodifiableSet(signals);
  }

  /**
   * Checks the input and fails with one message listing every problem. Keys the catalog does not
   * know are ignored, so manifests written for upstream Odigos apply unchanged.
   */
  public static DestinationValues of(
      DestinationType type,
      String id,
      Map<String, String> data,
      Set<String> secretKeys,
      Set<ObservabilitySignal> signals)
      throws InvalidDestinationException {
    Map<String, String> d = DestinationValidator.withoutNulls(data);
    Set<String> keys = secretKeys == null ? Set.of() : Set.copyOf(secretKeys);
    Set<ObservabilitySignal> s = EnumSet.noneOf(ObservabilitySignal.class);
    if (signals != null) {
      s.addAll(signals);
    }
    List<String> problems = DestinationValidator.problems(type, id, d, keys, s);
    if (!problems.isEmpty()) {
      String what = type.displayName() + " destination \"" + id + "\"";
      throw new InvalidDestinationException(what + " is not valid: " + String.join("; ", problems));
    }
    return new DestinationValues(type, id, d, keys, s);
  }

  /** {@code ODIGOS_DEST_<ID>_}: the id upper-cased, every char but A-Z and 0-9 made {@code _}. */
  public static String envPrefix(String id) {
    return "ODIGOS_DEST_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
  }

  public DestinationType type() {
    return type;
  }

  /** The destination's unique id, usable after {@code type/} in collector component ids. */
  public String id() {
    return id;
  }

  /** The selected signals, in enum order. */
  public Set<ObservabilitySignal> signals() {
    return signals;
  }

  public boolean has(ObservabilitySignal signal) {
    return signals.contains(signal);
  }

  /** {@code <collectorType>/<id>}, e.g. {@code otlp_grpc/honeycomb-prod}. */
  public String componentId(String collectorType) {
    return collectorType + "/" + id;
  }

  /** The user's value or else the catalog default. */
  public Optional<String> value(String field) {
    DestinationField f = plainField(field);
    String v = data.get(field);
    return v == null || v.isBlank()
        ? Optional.ofNullable(f.defaultValue())
        : Optional.of(v.strip());
  }

  public String required(String field) throws InvalidDestinationException {
    return value(field)
        .orElseThrow(
            () ->
                new InvalidDestinationException("field " + field(field).label() + " is required"));
  }

  public boolean flag(String field) {
    return value(field).map(Boolean::parseBoolean).orElse(false);
  }

  /** The items of a list field; empty when unset. */
  public List<String> list(String field) {
    return value(field).map(FieldFormats::list).orElse(List.of());
  }

  /** The field's display name, for messages. */
  public String label(String field) {
    return field(field).displayName();
  }

  /** {@code ${env:<prefix><FIELD>}} when the Secret has the key. */
  public Optional<String> secretRef(String field) {
    if (!field(field).secret()) {
      throw new IllegalArgumentException(field + " is not a secret field of " + type.type());
    }
    return secretKeys.contains(field)
        ? Optional.of("${env:" + envPrefix(id) + field + "}")
        : Optional.empty();
  }

  private DestinationField plainField(String field) {
    DestinationField f = field(field);
    if (f.secret()) {
      throw new IllegalArgumentException(field + " is secret: use secretRef");
    }
    return f;
  }

  private DestinationField field(String name) {
    return type.field(name)
        .orElseThrow(() -> new IllegalArgumentException(type.type() + " has no field " + name));
  }
}
