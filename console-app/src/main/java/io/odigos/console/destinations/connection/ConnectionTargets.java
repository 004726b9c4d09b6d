package io.odigos.console.destinations.connection;

import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.catalog.FieldType;
import io.odigos.model.render.destination.CollectorTypes;
import io.odigos.model.render.destination.DestinationConfigurers;
import io.odigos.model.render.destination.DestinationExport;
import io.odigos.model.render.destination.DestinationValues;
import io.odigos.model.render.destination.InvalidDestinationException;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the connection test's target from a destination form, by running shared-model's own
 * destination configurer on the form's values: the test goes exactly where the gateway's exporter
 * would, with its headers, authentication and TLS. The {@code ${env:...}} references the renderer
 * writes for secret fields are replaced by the values the user typed; stored secrets are never
 * read, so a test of an edited destination needs its secret typed again. Only OTLP exporters (gRPC
 * and HTTP) can be tested. Pure.
 */
public final class ConnectionTargets {
  /** The id the values are rendered under; only its env prefix matters here. */
  private static final String ID = "connection-test";

  private static final Pattern ENV_REF = Pattern.compile("\\$\\{env:([A-Za-z0-9_]+)}");

  /** What the form says when the type cannot be tested. */
  public static final String NO_TEST = "No connection test for this type";

  private ConnectionTargets() {}

  /**
   * The target of the form's values.
   *
   * @param typedSecrets secret fields the user typed now (the only secret values there are)
   * @param storedSecretKeys secret fields the Secret already holds (edit), values unknown
   * @param signals the selected signals; the type's own when none is selected
   */
  public static ConnectionPlan plan(
      DestinationType type,
      Map<String, String> data,
      Map<String, String> typedSecrets,
      Set<String> storedSecretKeys,
      Set<ObservabilitySignal> signals) {
    if (!supports(type)) {
      return new ConnectionPlan.NotTestable(NO_TEST + " (" + type.displayName() + ").");
    }
    Set<String> keys = new HashSet<>(storedSecretKeys);
    typedSecrets.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            keys.add(k);
          }
        });
    Set<ObservabilitySignal> chosen =
        signals.isEmpty() ? EnumSet.copyOf(type.signals()) : EnumSet.copyOf(signals);
    DestinationExport export;
    try {
      export = DestinationConfigurers.configure(DestinationValues.of(type, ID, data, keys, chosen));
    } catch (InvalidDestinationException e) {
      return new ConnectionPlan.NotTestable("Fill the form first: " + e.getMessage());
    }
    ObservabilitySignal signal = firstOf(chosen);
    String exporterId = export.exporterBySignal().get(signal);
    String collectorType = exporterId.substring(0, exporterId.indexOf('/'));
    Map<String, Object> config = export.exporters().get(exporterId);
    String prefix = DestinationValues.envPrefix(ID);
    Map<String, String> secretsByEnv = new HashMap<>();
    typedSecrets.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            secretsByEnv.put(prefix + k, v.strip());
          }
        });
    Resolver resolve = new Resolver(type, prefix, secretsByEnv);
    try {
      Map<String, String> headers = new LinkedHashMap<>();
      for (var h : map(config.get("headers")).entrySet()) {
        headers.put(h.getKey(), resolve.apply(String.valueOf(h.getValue())));
      }
      authHeader(config, export, resolve).ifPresent(a -> headers.put("Authorization", a));
      Map<String, Object> tls = map(config.get("tls"));
      String caPem = tls.get("ca_pem") == null ? null : String.valueOf(tls.get("ca_pem"));
      boolean skipVerify = Boolean.TRUE.equals(tls.get("insecure_skip_verify"));
      Set<String> secretValues = new HashSet<>(secretsByEnv.values());
      if (collectorType.equals(CollectorTypes.OTLP_HTTP)) {
        String url = httpUrl(config, signal);
        return new ConnectionPlan.Ready(
            new ConnectionTarget(
                ConnectionTarget.Protocol.HTTP,
                signal,
                url,
                headers,
                !url.startsWith("https"),
                caPem,
                skipVerify,
                secretValues));
      }
      return new ConnectionPlan.Ready(
          new ConnectionTarget(
              ConnectionTarget.Protocol.GRPC,
              signal,
              String.valueOf(config.get("endpoint")),
              headers,
              Boolean.TRUE.equals(tls.get("insecure")),
              caPem,
              skipVerify,
              secretValues));
    } catch (MissingSecret e) {
      return new ConnectionPlan.NotTestable(e.getMessage());
    }
  }

  /**
   * Whether the type's exporter is OTLP (gRPC or HTTP) for the signal a test would use, judged by
   * rendering it with example values.
   */
  public static boolean supports(DestinationType type) {
    Map<String, String> data = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (DestinationField f : type.fields()) {
      if (f.secret()) {
        if (f.required()) {
          keys.add(f.name());
        }
      } else if (f.required() && f.defaultValue() == null) {
        data.put(f.name(), example(f));
      }
    }
    try {
      DestinationExport export =
          DestinationConfigurers.configure(
              DestinationValues.of(type, ID, data, keys, EnumSet.copyOf(type.signals())));
      String id = export.exporterBySignal().get(firstOf(type.signals()));
      return id.startsWith(CollectorTypes.OTLP_GRPC + "/")
          || id.startsWith(CollectorTypes.OTLP_HTTP + "/");
    } catch (InvalidDestinationException | RuntimeException e) {
      return false;
    }
  }

  private static String example(DestinationField f) {
    if (f.type() == FieldType.SELECT) {
      return f.options().get(0);
    }
    if (f.placeholder() != null && !f.placeholder().isBlank()) {
      return f.placeholder();
    }
    return switch (f.type()) {
      case URL -> "https://example.com";
      case NUMBER -> "1";
      case BOOLEAN -> "false";
      default -> "example";
    };
  }

  private static ObservabilitySignal firstOf(Set<ObservabilitySignal> signals) {
    for (ObservabilitySignal s :
        List.of(
            ObservabilitySignal.TRACES,
            ObservabilitySignal.METRICS,
            ObservabilitySignal.LOGS,
            ObservabilitySignal.PROFILES)) {
      if (signals.contains(s)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no signal");
  }

  /** The exporter's URL for the signal: its own {@code <signal>_endpoint}, else base + path. */
  private static String httpUrl(Map<String, Object> config, ObservabilitySignal signal) {
    String name = signal.name().toLowerCase(java.util.Locale.ROOT);
    Object own = config.get(name + "_endpoint");
    if (own != null) {
      return String.valueOf(own);
    }
    String base = String.valueOf(config.get("endpoint"));
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/" + name;
  }

  private static Optional<String> authHeader(
      Map<String, Object> config, DestinationExport export, Resolver resolve) throws MissingSecret {
    Object authenticator = map(config.get("auth")).get("authenticator");
    if (authenticator == null) {
      return Optional.empty();
    }
    String id = String.valueOf(authenticator);
    Map<String, Object> ext = map(export.extensions().get(id));
    if (id.startsWith(CollectorTypes.BASIC_AUTH + "/")) {
      Map<String, Object> client = map(ext.get("client_auth"));
      String user = resolve.apply(String.valueOf(client.get("username")));
      String password = resolve.apply(String.valueOf(client.get("password")));
      return Optional.of(
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (id.startsWith(CollectorTypes.BEARER_TOKEN_AUTH + "/")) {
      return Optional.of("Bearer " + resolve.apply(String.valueOf(ext.get("token"))));
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** A secret the exporter needs that the user did not type. */
  private static final class MissingSecret extends Exception {
    MissingSecret(String message) {
      super(message);
    }
  }

  /** Replaces {@code ${env:...}} references by the typed secret values. */
  private record Resolver(DestinationType type, String prefix, Map<String, String> secretsByEnv) {
    String apply(String value) throws MissingSecret {
      Matcher m = ENV_REF.matcher(value);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String env = m.group(1);
        String secret = secretsByEnv.get(env);
        if (secret == null) {
          String field = env.startsWith(prefix) ? env.substring(prefix.length()) : env;
          String label = type.field(field).map(DestinationField::displayName).orElse(field);
          throw new MissingSecret(
              "Type the "
                  + label
                  + " to test the connection: the console never reads a stored secret back.");
        }
        m.appendReplacement(out, Matcher.quoteReplacement(secret));
      }
      m.appendTail(out);
      return out.toString();
    }
  }
}
