package io.odigos.model.render.destination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the config of the collector's {@code otlp_grpc} and {@code otlp_http} exporters. Keys are
 * those of collector v0.159.0; the map keeps a fixed order so goldens stay stable.
 */
public final class OtlpExporters {

  private OtlpExporters() {}

  /** An {@code otlp_grpc} exporter to a gRPC target. */
  public static Builder grpc(Endpoints.GrpcTarget target) {
    return new Builder(target.insecure()).set("endpoint", target.endpoint());
  }

  /** An {@code otlp_http} exporter to a base URL ({@code /v1/<signal>} is appended per signal). */
  public static Builder http(String baseUrl) {
    return new Builder(false).set("endpoint", baseUrl);
  }

  /** An {@code otlp_http} exporter with only per-signal URLs, set with {@link Builder#set}. */
  public static Builder httpWithoutBase() {
    return new Builder(false);
  }

  /** Exporter settings in insertion order; TLS, headers, compression and auth come last. */
  public static final class Builder {
    private final Map<String, Object> config = new LinkedHashMap<>();
    private final Map<String, Object> tls = new LinkedHashMap<>();
    private final Map<String, Object> headers = new LinkedHashMap<>();
    private final boolean insecure;
    private String compression;
    private String authenticator;

    private Builder(boolean insecure) {
      this.insecure = insecure;
      if (insecure) {
        tls.put("insecure", true);
      }
    }

    public Builder set(String key, Object value) {
      config.put(key, value);
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** {@code none} turns the exporter's default (gzip) off. */
    public Builder compression(Optional<String> value) {
      compression = value.orElse(null);
      return this;
    }

    /** Custom CA and certificate checking; ignored on a plain-text connection. */
    public Builder tls(Optional<String> caPem, boolean insecureSkipVerify) {
      if (!insecure) {
        caPem.ifPresent(pem -> tls.put("ca_pem", pem));
        if (insecureSkipVerify) {
          tls.put("insecure_skip_verify", true);
        }
      }
      return this;
    }

    /** Authenticates requests with an extension, e.g. {@code basicauth/<id>}. */
    public Builder authenticator(String extensionId) {
      authenticator = extensionId;
      return this;
    }

    public Map<String, Object> build() {
      Map<String, Object> out = new LinkedHashMap<>(config);
      if (!tls.isEmpty()) {
        out.put("tls", new LinkedHashMap<>(tls));
      }
      if (!headers.isEmpty()) {
        out.put("headers", new LinkedHashMap<>(headers));
      }
      if (compression != null) {
        out.put("compression", compression);
      }
      if (authenticator != null) {
        out.put("auth", Map.of("authenticator", authenticator));
      }
      return out;
    }
  }
}
