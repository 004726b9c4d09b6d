package io.odigos.console.destinations;

import java.util.List;

/** Reads and writes Destinations and their Secrets in one cluster. Blocking: background only. */
public interface DestinationStore {

  List<StoredDestination> list();

  /** Creates the Destination (and its Secret when the draft has secret values). */
  void create(DestinationDraft draft);

  /**
   * Replaces the Destination's spec; writes to its Secret only the secret fields the user typed
   * anew, keeping the other keys and their values.
   */
  void update(DestinationDraft draft);

  /** Deletes the Destination and the Secret it references. */
  void delete(StoredDestination destination);

  /**
   * Calls {@code changed} (from any thread) whenever a Destination is added, changed (its status
   * included) or removed, until the result is closed. Blocks until the watch is established.
   */
  default AutoCloseable watch(Runnable changed) {
    return () -> {};
  }
}
