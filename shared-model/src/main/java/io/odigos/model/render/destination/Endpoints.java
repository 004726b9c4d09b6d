package io.odigos.model.render.destination;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the endpoints users type into destination forms ({@code host}, {@code host:port}, {@code
 * scheme://host[:port][/path]}) and turns them into what the collector's exporters expect.
 */
public final class Endpoints {

  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
  private static final Set<String> GRPC_SCHEMES = Set.of("http", "https");

  private Endpoints() {}

  /** A gRPC target: {@code host:port} and whether the connection is plain text. */
  public record GrpcTarget(String endpoint, boolean insecure) {}

  /** Why the text is not an endpoint, or empty when it is one. */
  public static Optional<String> problem(String raw) {
    try {
      read(raw);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Parses an endpoint; the error names the field ({@code label}) and the reason. */
  public static Endpoint parse(String raw, String label) throws InvalidDestinationException {
    try {
      return read(raw);
    } catch (IllegalArgumentException e) {
      throw new InvalidDestinationException(invalid(raw, label, e.getMessage()));
    }
  }

  /**
   * A gRPC endpoint: {@code host[:port]} gets {@code defaultPort}; {@code http://} means plain
   * text, {@code https://} TLS, and no scheme means TLS only if {@code tlsWithoutScheme}.
   */
  public static GrpcTarget grpc(String raw, String label, int defaultPort, boolean tlsWithoutScheme)
      throws InvalidDestinationException {
    Endpoint e = parse(raw, label);
    if (e.hasScheme() && !GRPC_SCHEMES.contains(e.scheme())) {
      throw new InvalidDestinationException(
          invalid(raw, label, "a gRPC endpoint takes http:// or https://, not " + e.scheme()));
    }
    if (!e.path().isEmpty() || e.query() != null) {
      throw new InvalidDestinationException(invalid(raw, label, "a gRPC endpoint has no path"));
    }
    boolean tls = e.hasScheme() ? e.scheme().equals("https") : tlsWithoutScheme;
    int port = e.port() >= 0 ? e.port() : e.hasScheme() && tls ? 443 : defaultPort;
    return new GrpcTarget(e.hostPort(port), !tls);
  }

  /** Fails unless the endpoint's scheme is one of {@code allowed}. */
  public static void requireScheme(Endpoint e, String raw, String label, Set<String> allowed)
      throws InvalidDestinationException {
    if (e.hasScheme() && !allowed.contains(e.scheme())) {
      throw new InvalidDestinationException(
          invalid(
              raw,
              label,
              "scheme "
                  + e.scheme()
                  + " is not supported (use "
                  + String.join(", ", allowed)
                  + ")"));
    }
  }

  static String invalid(String raw, String label, String reason) {
    return "\"" + raw + "\" is not a valid URL for " + label + ": " + reason;
  }

  private static Endpoint read(String raw) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("it is empty");
    }
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("it contains white space");
    }
    int sep = text.indexOf("://");
    String scheme = sep < 0 ? null : text.substring(0, sep).toLowerCase(Locale.ROOT);
    if (scheme != null && !SCHEME.matcher(scheme).matches()) {
      throw new IllegalArgumentException("\"" + text.substring(0, sep) + "\" is not a scheme");
    }
    URI uri;
    try {
      uri = new URI(scheme == null ? "http://" + text : scheme + text.substring(sep));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("expected [scheme://]host[:port][/path]", e);
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("credentials belong in the Secret, not in the URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("expected [scheme://]host[:port][/path]");
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException("a #fragment is not allowed");
    }
    int port = uri.getPort();
    if (port == 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range");
    }
    String host = uri.getHost();
    boolean bare = !host.contains(".") && !host.contains(":") && !host.equals("localhost");
    if (scheme == null && port < 0 && bare) {
      throw new IllegalArgumentException(
          "give a port or a scheme, such as " + host + ":4317 or http://" + host);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    return new Endpoint(scheme, host, port, path, uri.getRawQuery());
  }
}
