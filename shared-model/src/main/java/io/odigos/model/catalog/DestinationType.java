package io.odigos.model.catalog;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One kind of destination in the catalog: what it is called, which signals it takes and which
 * fields configure it.
 *
 * @param type the id used in {@code Destination.spec.type}, e.g. {@code otlp}
 * @param displayName name shown to the user
 * @param category {@value #MANAGED} (a vendor's service) or {@value #SELF_HOSTED}
 * @param signals the signals it can receive; iteration follows the enum order
 * @param fields its settings, in form order
 * @param docs a short note shown next to the form, or {@code null}
 */
public record DestinationType(
    String type,
    String displayName,
    String category,
    Set<ObservabilitySignal> signals,
    List<DestinationField> fields,
    String docs) {

  public static final String MANAGED = "managed";
  public static final String SELF_HOSTED = "self-hosted";

  private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9]*");

  public DestinationType {
    if (type == null || !TYPE_ID.matcher(type).matches()) {
      throw new IllegalArgumentException("type id \"" + type + "\" must be lower-case letters");
    }
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException(type + " has no displayName");
    }
    if (!MANAGED.equals(category) && !SELF_HOSTED.equals(category)) {
      throw new IllegalArgumentException(
          type + ": category must be " + MANAGED + " or " + SELF_HOSTED + ", not " + category);
    }
    if (signals == null || signals.isEmpty()) {
      throw new IllegalArgumentException(type + " supports no signal");
    }
    signals = Collections.unmodifiableSet(EnumSet.copyOf(signals));
    fields = fields == null ? List.of() : List.copyOf(fields);
    Set<String> names = new HashSet<>();
    for (DestinationField f : fields) {
      if (!names.add(f.name())) {
        throw new IllegalArgumentException(type + " defines field " + f.name() + " twice");
      }
    }
  }

  public Optional<DestinationField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public boolean supports(ObservabilitySignal signal) {
    return signals.contains(signal);
  }
}
