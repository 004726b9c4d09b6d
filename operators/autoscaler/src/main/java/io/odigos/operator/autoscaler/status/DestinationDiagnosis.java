package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.catalog.FieldType;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.GatewayRender;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.render.destination.DestinationConfigurers;
import io.odigos.model.render.destination.Endpoints;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.operator.support.Conditions.Desired;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Whether a Destination makes it into the gateway's collector config, as its {@value #TYPE}
 * condition. Pure: the Secret is seen only through the names of its keys, so no secret value can
 * reach a condition message or a log line.
 *
 * <p>A disabled destination is still checked, so that mistakes show before it is switched on; when
 * it is valid its condition is False with reason {@value #DISABLED}: it is deliberately not in the
 * collector config.
 */
final class DestinationDiagnosis {

  static final String TYPE = "DestinationConfigured";
  static final String CONFIGURED = "TransformedToOtelcolConfig";
  static final String DISABLED = "DestinationDisabled";
  static final String SECRET_NOT_FOUND = "SecretNotFound";
  static final String UNKNOWN_TYPE = "UnknownDestinationType";
  static final String UNSUPPORTED_TYPE = "UnsupportedDestinationType";
  static final String MISSING_FIELD = "MissingRequiredField";
  static final String INVALID_ENDPOINT = "InvalidEndpoint";
  static final String INVALID = "InvalidDestinationConfig";
  static final String RENDER_FAILED = "RenderFailed";

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** Signals in the order people read them (and the gateway renders them). */
  private static final List<ObservabilitySignal> SIGNAL_ORDER =
      List.of(
          ObservabilitySignal.TRACES,
          ObservabilitySignal.METRICS,
          ObservabilitySignal.LOGS,
          ObservabilitySignal.PROFILES);

  private final DestinationCatalog catalog;
  private final GatewayConfigRenderer renderer;
  private final GatewaySettings settings;

  DestinationDiagnosis(DestinationCatalog catalog, GatewaySettings settings) {
    this.catalog = catalog;
    this.renderer = new GatewayConfigRenderer(catalog);
    this.settings = settings;
  }

  /**
   * The condition for {@code destination}.
   *
   * @param secretKeys the key names of the Secret with the given name, or empty when there is no
   *     such Secret
   */
  Desired diagnose(Destination destination, Function<String, Optional<Set<String>>> secretKeys) {
    DestinationSpec spec = destination.getSpec();
    if (spec == null) {
      return Desired.isFalse(TYPE, INVALID, "the destination has no spec");
    }
    Optional<DestinationType> type =
        spec.getType() == null ? Optional.empty() : catalog.find(spec.getType());
    if (type.isEmpty()) {
      return Desired.isFalse(TYPE, UNKNOWN_TYPE, unknownType(spec.getType()));
    }
    if (DestinationConfigurers.forType(spec.getType()).isEmpty()) {
      return Desired.isFalse(
          TYPE,
          UNSUPPORTED_TYPE,
          "destination type \"" + spec.getType() + "\" has no exporter in this version of Odigos");
    }
    Set<String> keys = Set.of();
    String secretName = spec.getSecretRef() == null ? null : spec.getSecretRef().name();
    if (secretName != null && !secretName.isEmpty()) {
      Optional<Set<String>> found = secretKeys.apply(secretName);
      if (found.isEmpty()) {
        return Desired.isFalse(TYPE, SECRET_NOT_FOUND, secretNotFound(destination, type.get()));
      }
      keys = found.get();
    }
    boolean disabled = Boolean.TRUE.equals(spec.getDisabled());
    GatewayRender render;
    try {
      render = render(disabled ? enabledCopy(destination) : destination, keys);
    } catch (RuntimeException e) {
      return Desired.isFalse(
          TYPE, RENDER_FAILED, "the gateway config could not be rendered: " + e.getMessage());
    }
    String name = destination.getMetadata().getName();
    String error = render.destinationErrors().get(name);
    if (error != null) {
      return Desired.isFalse(
          TYPE, invalidReason(type.get(), spec.getData(), keys), withoutUserInfo(error));
    }
    if (!render.configuredDestinations().contains(name)) {
      return Desired.isFalse(
          TYPE, RENDER_FAILED, "the renderer left the destination out without saying why");
    }
    String what = type.get().displayName() + " destination";
    String signals = signals(render.receiverSignals());
    if (disabled) {
      return Desired.isFalse(
          TYPE,
          DISABLED,
          what
              + " is valid but disabled: nothing is exported to it; set spec.disabled to false to"
              + " export "
              + signals);
    }
    return Desired.isTrue(
        TYPE, CONFIGURED, what + " added to the gateway's collector config; exports " + signals);
  }

  /** The names of a Secret's keys (from data and stringData); never its values. */
  static Set<String> keysOf(Secret secret) {
    Set<String> keys = new TreeSet<>();
    if (secret.getData() != null) {
      keys.addAll(secret.getData().keySet());
    }
    if (secret.getStringData() != null) {
      keys.addAll(secret.getStringData().keySet());
    }
    return keys;
  }

  /**
   * Why the renderer refused the destination, most actionable first: a required field with no
   * value, then an endpoint that cannot be parsed, else a general configuration problem. The
   * renderer's message lists every problem; the reason names the first kind found.
   */
  static String invalidReason(DestinationType type, Map<String, String> data, Set<String> keys) {
    Map<String, String> values = data == null ? Map.of() : data;
    boolean missing =
        type.fields().stream()
            .filter(DestinationField::required)
            .anyMatch(f -> isMissing(f, values, keys));
    if (missing) {
      return MISSING_FIELD;
    }
    boolean badEndpoint =
        type.fields().stream()
            .filter(f -> f.type() == FieldType.URL && !f.secret())
            .map(f -> values.get(f.name()))
            .filter(v -> v != null && !v.isBlank())
            .anyMatch(v -> Endpoints.problem(v.strip()).isPresent());
    return badEndpoint ? INVALID_ENDPOINT : INVALID;
  }

  private static boolean isMissing(
      DestinationField field, Map<String, String> data, Set<String> keys) {
    if (field.secret()) {
      return !keys.contains(field.name()) && !data.containsKey(field.name());
    }
    String value = data.get(field.name());
    return (value == null || value.isBlank()) && field.defaultValue() == null;
  }

  /**
   * The message with any {@code user:password@} of a quoted URL masked: a credential typed into an
   * endpoint field is refused by the renderer, which quotes the endpoint back.
   */
  static String withoutUserInfo(String message) {
    return message.replaceAll("(://)[^/@\\s\"]+@", "$1***@");
  }

  private GatewayRender render(Destination destination, Set<String> keys) {
    return renderer.render(
        List.of(new RenderableDestination(destination, keys)),
        List.of(),
        List.of(),
        List.of(),
        settings);
  }

  /** A copy with {@code disabled} off, so that a disabled destination is checked all the same. */
  private static Destination enabledCopy(Destination destination) {
    Destination copy = SERIALIZATION.clone(destination);
    copy.getSpec().setDisabled(false);
    return copy;
  }

  private String unknownType(String type) {
    return "unknown destination type \""
        + (type == null ? "" : type)
        + "\"; known types: "
        + String.join(", ", catalog.all().stream().map(DestinationType::type).sorted().toList());
  }

  private static String secretNotFound(Destination destination, DestinationType type) {
    List<String> secretFields =
        type.fields().stream()
            .filter(DestinationField::secret)
            .map(DestinationField::name)
            .toList();
    return "Secret \""
        + destination.getSpec().getSecretRef().name()
        + "\" (spec.secretRef) was not found in namespace "
        + destination.getMetadata().getNamespace()
        + (secretFields.isEmpty()
            ? ""
            : "; it should hold the key(s) " + String.join(", ", secretFields));
  }

  private static String signals(Set<ObservabilitySignal> signals) {
    List<String> names =
        SIGNAL_ORDER.stream().filter(signals::contains).map(ObservabilitySignal::name).toList();
    return names.isEmpty() ? "no signal" : String.join(", ", names);
  }
}
