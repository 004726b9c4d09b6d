package io.odigos.console.destinations.connection;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where and how a connection test sends its empty OTLP export: exactly what the gateway's exporter
 * would use (endpoint, path, headers, TLS), with the secret values the user typed in the form.
 * {@link #toString()} and {@link #describe()} never show a header value.
 *
 * @param protocol OTLP over HTTP or gRPC
 * @param signal the signal whose export is tried
 * @param address for HTTP the full URL (path included); for gRPC {@code host:port}
 * @param headers request headers (secret values included: never log them)
 * @param plaintext gRPC without TLS (HTTP follows its URL's scheme)
 * @param caPem a custom certificate authority, or {@code null} for the system roots
 * @param skipVerify accept any server certificate
 * @param secretValues the secret values in the headers, to redact from any message
 */
public record ConnectionTarget(
    Protocol protocol,
    ObservabilitySignal signal,
    String address,
    Map<String, String> headers,
    boolean plaintext,
    String caPem,
    boolean skipVerify,
    Set<String> secretValues) {

  /** The two OTLP transports. */
  public enum Protocol {
    HTTP,
    GRPC
  }

  public ConnectionTarget {
    headers = Map.copyOf(new TreeMap<>(headers));
    secretValues = Set.copyOf(secretValues);
  }

  /** The host the address names. */
  public String host() {
    return hostPort().host();
  }

  /** The port the address names (scheme default for an HTTP URL without one). */
  public int port() {
    return hostPort().port();
  }

  /** {@code /v1/traces} etc. for HTTP; the gRPC method for gRPC. */
  public String path() {
    if (protocol == Protocol.GRPC) {
      return grpcMethod();
    }
    java.net.URI uri = java.net.URI.create(address);
    String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
  }

  /** Whether an HTTP URL uses TLS. */
  public boolean https() {
    return protocol == Protocol.HTTP && address.toLowerCase(Locale.ROOT).startsWith("https://");
  }

  /**
   * The Kubernetes service the host names when it only resolves inside the cluster ({@code
   * name.namespace.svc} or {@code name.namespace.svc.cluster.local}).
   */
  public Optional<ClusterService> clusterService() {
    String h = host().toLowerCase(Locale.ROOT);
    String rest;
    if (h.endsWith(".svc.cluster.local")) {
      rest = h.substring(0, h.length() - ".svc.cluster.local".length());
    } else if (h.endsWith(".svc")) {
      rest = h.substring(0, h.length() - ".svc".length());
    } else if (h.endsWith(".cluster.local")) {
      rest = h.substring(0, h.length() - ".cluster.local".length());
    } else {
      return Optional.empty();
    }
    String[] parts = rest.split("\\.");
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ClusterService(parts[1], parts[0], port()));
  }

  /** A service of the cluster, reached through the API server's service proxy. */
  public record ClusterService(String namespace, String name, int port) {}

  /** The full gRPC method of the signal's OTLP export. */
  public String grpcMethod() {
    return switch (signal) {
      case TRACES -> "opentelemetry.proto.collector.trace.v1.TraceService/Export";
      case METRICS -> "opentelemetry.proto.collector.metrics.v1.MetricsService/Export";
      case LOGS -> "opentelemetry.proto.collector.logs.v1.LogsService/Export";
      case PROFILES ->
          "opentelemetry.proto.collector.profiles.v1development.ProfilesService/Export";
    };
  }

  /** One line for the user: what is sent where, header names only. */
  public String describe() {
    String what =
        protocol == Protocol.HTTP
            ? "POST " + address
            : "gRPC " + grpcMethod() + " to " + address + (plaintext ? " (plain text)" : " (TLS)");
    return headers.isEmpty() ? what : what + " with headers " + String.join(", ", headers.keySet());
  }

  /** Replaces every secret value in a text (an error message, a response body) by •••. */
  public String redact(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String s : secretValues) {
      if (!s.isEmpty()) {
        out = out.replace(s, "•••");
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ConnectionTarget[" + describe() + "]";
  }

  private HostPort hostPort() {
    if (protocol == Protocol.HTTP) {
      java.net.URI uri = java.net.URI.create(address);
      int port = uri.getPort() >= 0 ? uri.getPort() : https() ? 443 : 80;
      return new HostPort(uri.getHost() == null ? "" : uri.getHost(), port);
    }
    int colon = address.lastIndexOf(':');
    if (colon < 0) {
      return new HostPort(address, plaintext ? 80 : 443);
    }
    String host = address.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return new HostPort(host, Integer.parseInt(address.substring(colon + 1)));
    } catch (NumberFormatException e) {
      return new HostPort(address, plaintext ? 80 : 443);
    }
  }

  private record HostPort(String host, int port) {}
}
