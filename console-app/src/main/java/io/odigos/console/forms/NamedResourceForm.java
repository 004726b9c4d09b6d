package io.odigos.console.forms;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Action, Instrumentation Rule and Sampling forms share: the object they edit (or none
 * when creating), the validation problems, and the inputs every one of them has — a display name
 * that also makes the object name on create, notes and a "disabled" switch — with the name checks
 * and the titles.
 *
 * @param <T> the custom resource class
 */
public abstract class NamedResourceForm<T extends HasMetadata> implements ResourceForm<T> {
  /** The object being edited; null when the form creates one. */
  protected final T existing;

  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty notes = new SimpleStringProperty("");
  private final BooleanProperty disabled = new SimpleBooleanProperty();
  private final String newTitle;
  private final String editTitle;
  private final String namePrefix;

  /**
   * @param newTitle the title when creating ("New action")
   * @param editTitle the title when editing, followed by the object name ("Edit action")
   * @param namePrefix the prefix of object names made from the display name ("action")
   */
  protected NamedResourceForm(T existing, String newTitle, String editTitle, String namePrefix) {
    this.existing = existing;
    this.newTitle = newTitle;
    this.editTitle = editTitle;
    this.namePrefix = namePrefix;
  }

  /** Fills the shared inputs from an existing spec: no display name shows the object name. */
  protected final void loadShared(String displayName, String notesText, Boolean isDisabled) {
    name.set(displayName == null ? existing.getMetadata().getName() : displayName);
    notes.set(notesText == null ? "" : notesText);
    disabled.set(Boolean.TRUE.equals(isDisabled));
  }

  @Override
  public boolean editing() {
    return existing != null;
  }

  @Override
  public String title() {
    return existing == null ? newTitle : editTitle + " " + existing.getMetadata().getName();
  }

  @Override
  public ObservableList<String> problems() {
    return problems;
  }

  /** The object name: kept on edit, made from the display name on create. */
  public String objectName() {
    return existing != null
        ? existing.getMetadata().getName()
        : Inputs.objectName(namePrefix, name.get());
  }

  /** The display name, stripped; adds to {@code found} when it is missing or makes no name. */
  protected final String checkedName(List<String> found) {
    String stripped = name.get() == null ? "" : name.get().strip();
    if (stripped.isEmpty()) {
      found.add("Name is required");
    } else if (objectName().isEmpty()) {
      found.add("Name needs at least one letter or digit");
    }
    return stripped;
  }

  /** The notes as the spec stores them (null when blank). */
  protected final String notesOrNull() {
    return blankToNull(notes.get());
  }

  /** The disabled switch as the spec stores it (null when off). */
  protected final Boolean disabledOrNull() {
    return disabled.get() ? Boolean.TRUE : null;
  }

  protected static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The display name input. */
  protected final StringProperty nameInput() {
    return name;
  }

  public StringProperty notesProperty() {
    return notes;
  }

  public BooleanProperty disabledProperty() {
    return disabled;
  }
}
