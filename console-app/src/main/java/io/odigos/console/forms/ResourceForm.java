package io.odigos.console.forms;

import java.util.Optional;
import javafx.collections.ObservableList;

/**
 * The form of one custom resource: its inputs live in the implementation; this is what the list
 * view model needs to save it.
 *
 * @param <T> the custom resource class
 */
public interface ResourceForm<T> {

  /** Whether the form edits an existing object (else it creates one). */
  boolean editing();

  /** "New action", "Edit rule payload-all"... */
  String title();

  /** The validation messages of the last {@link #validate()}; empty when the form is clean. */
  ObservableList<String> problems();

  /** Checks every input; fills {@link #problems()} and returns the resource only when clean. */
  Optional<T> validate();
}
