package io.odigos.console.connect;

import java.util.Optional;

/** Remembers the context the user last connected to, across runs. */
public interface LastContextStore {

  Optional<String> last();

  void remember(String context);

  /** A store that forgets when the app closes (tests, {@code --no-remember}). */
  static LastContextStore inMemory() {
    return new LastContextStore() {
      private volatile String last;

      @Override
      public Optional<String> last() {
        return Optional.ofNullable(last);
      }

      @Override
      public void remember(String context) {
        last = context;
      }
    };
  }
}
