package io.odigos.model.render.destination;

/**
 * An endpoint as the user typed it, parsed by {@link Endpoints#parse}.
 *
 * @param scheme lower-case scheme, or {@code null} when the user gave none
 * @param host host name or IP address (IPv6 in brackets)
 * @param port the port, or -1 when none was given
 * @param path the path without a trailing slash, possibly empty
 * @param query the raw query without {@code ?}, or {@code null}
 */
public record Endpoint(String scheme, String host, int port, String path, String query) {

  public boolean hasScheme() {
    return scheme != null;
  }

  public Endpoint orScheme(String defaultScheme) {
    return hasScheme() ? this : new Endpoint(defaultScheme, host, port, path, query);
  }

  public Endpoint orPort(int defaultPort) {
    return port >= 0 ? this : new Endpoint(scheme, host, defaultPort, path, query);
  }

  public Endpoint orPath(String defaultPath) {
    return path.isEmpty() ? withPath(defaultPath) : this;
  }

  public Endpoint withPath(String newPath) {
    return new Endpoint(scheme, host, port, newPath, query);
  }

  /** {@code host:port}, as gRPC clients want it. */
  public String hostPort(int defaultPort) {
    return host + ":" + (port >= 0 ? port : defaultPort);
  }

  /** The URL form; the endpoint must have a scheme by now. */
  public String url() {
    if (scheme == null) {
      throw new IllegalStateException("no scheme for " + host);
    }
    return scheme
        + "://"
        + host
        + (port >= 0 ? ":" + port : "")
        + path
        + (query == null ? "" : "?" + query);
  }
}
