package io.odigos.console.connect;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the last context in the user's Java preferences ({@code ~/.java/.userPrefs} on Linux;
 * {@code -Djava.util.prefs.userRoot} moves it). A store that cannot be written only costs the
 * convenience, so failures are logged, not raised.
 */
public final class PreferencesLastContextStore implements LastContextStore {
  private static final Logger log = LoggerFactory.getLogger(PreferencesLastContextStore.class);
  private static final String KEY = "lastContext";

  private final Preferences node;

  public PreferencesLastContextStore(Preferences node) {
    this.node = node;
  }

  public static PreferencesLastContextStore forUser() {
    return new PreferencesLastContextStore(
        Preferences.userRoot().node("io/odigos/console/connect"));
  }

  @Override
  public Optional<String> last() {
    return Optional.ofNullable(node.get(KEY, null));
  }

  @Override
  public void remember(String context) {
    node.put(KEY, context);
    try {
      node.flush();
    } catch (BackingStoreException e) {
      log.warn("Cannot save the last context: {}", e.getMessage());
    }
  }
}
