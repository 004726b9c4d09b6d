package io.odigos.model.render.destination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Client authentication extensions for exporters: {@code basicauth} and {@code bearertokenauth}
 * (both in the collector distribution; {@code headers_setter} is not). Passwords and tokens are
 * always {@code ${env:...}} references.
 */
final class Authenticators {

  private Authenticators() {}

  /** A client-side {@code basicauth/<id>} extension. */
  static Map<String, Object> basicAuth(String username, String passwordRef) {
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("username", username);
    client.put("password", passwordRef);
    return Map.of("client_auth", client);
  }

  /** A {@code bearertokenauth/<id>} extension sending {@code Authorization: Bearer <token>}. */
  static Map<String, Object> bearerToken(String tokenRef) {
    return Map.of("token", tokenRef);
  }

  /**
   * Adds {@code basicauth/<id>} to the export when both the user name and the password key are
   * given, and returns its id; fails when only one of them is.
   */
  static Optional<String> optionalBasicAuth(
      DestinationValues v, ExportBuilder export, String userField, String passwordField)
      throws InvalidDestinationException {
    Optional<String> user = v.value(userField);
    Optional<String> password = v.secretRef(passwordField);
    if (user.isEmpty() && password.isEmpty()) {
      return Optional.empty();
    }
    if (user.isEmpty() || password.isEmpty()) {
      throw new InvalidDestinationException(
          "basic authentication needs both "
              + userField
              + " (in data) and "
              + passwordField
              + " (in the Secret)");
    }
    String id = v.componentId(CollectorTypes.BASIC_AUTH);
    export.extension(id, basicAuth(user.get(), password.get()));
    return Optional.of(id);
  }

  /** Adds the always-needed {@code basicauth/<id>} of a managed service and returns its id. */
  static String requiredBasicAuth(
      DestinationValues v, ExportBuilder export, String userField, String passwordField)
      throws InvalidDestinationException {
    String id = v.componentId(CollectorTypes.BASIC_AUTH);
    export.extension(id, basicAuth(v.required(userField), Secrets.required(v, passwordField)));
    return id;
  }
}
