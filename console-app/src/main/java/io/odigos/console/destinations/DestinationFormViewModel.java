package io.odigos.console.destinations;

import io.odigos.console.destinations.connection.ConnectionPlan;
import io.odigos.console.destinations.connection.ConnectionTargets;
import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.render.destination.DestinationValues;
import io.odigos.model.render.destination.InvalidDestinationException;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one destination, generated from its catalog type: an input per field (defaults filled
 * in, secrets empty), a check box per signal the type supports, and the validation of
 * shared-model's {@link DestinationValues} before anything is saved.
 */
public final class DestinationFormViewModel {
  private final DestinationType type;
  private final StoredDestination existing;
  private final StringProperty displayName = new SimpleStringProperty("");
  private final List<FieldInput> inputs;
  private final Map<ObservabilitySignal, BooleanProperty> signals = new LinkedHashMap<>();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final boolean testable;
  private final ObjectProperty<ConnectionState> connectionState =
      new SimpleObjectProperty<>(ConnectionState.IDLE);
  private final StringProperty connectionMessage = new SimpleStringProperty("");

  /** Where the form's connection test is. */
  public enum ConnectionState {
    IDLE,
    TESTING,
    OK,
    FAILED
  }

  private DestinationFormViewModel(DestinationType type, StoredDestination existing) {
    this.type = type;
    this.existing = existing;
    List<FieldInput> list = new ArrayList<>();
    for (DestinationField f : type.fields()) {
      if (f.secret()) {
        list.add(
            new FieldInput(f, "", existing != null && existing.secretKeys().contains(f.name())));
      } else if (existing != null) {
        list.add(new FieldInput(f, existing.data().get(f.name()), false));
      } else {
        list.add(new FieldInput(f, f.defaultValue(), false));
      }
    }
    this.inputs = List.copyOf(list);
    for (ObservabilitySignal s : type.signals()) {
      boolean on = existing == null || existing.signals().contains(s);
      signals.put(s, new SimpleBooleanProperty(on));
    }
    if (existing != null) {
      displayName.set(existing.displayName());
    }
    this.testable = ConnectionTargets.supports(type);
    if (!testable) {
      connectionMessage.set(ConnectionTargets.NO_TEST + ".");
    }
  }

  /** Whether the type's exporter is OTLP, so that a connection test exists for it. */
  public boolean testable() {
    return testable;
  }

  public ObjectProperty<ConnectionState> connectionStateProperty() {
    return connectionState;
  }

  public StringProperty connectionMessageProperty() {
    return connectionMessage;
  }

  /** The target a connection test would use with what the form holds now (not validated). */
  public ConnectionPlan connectionPlan() {
    DestinationDraft d = draft(displayName.get() == null ? "" : displayName.get().strip());
    return ConnectionTargets.plan(
        type, d.data(), d.newSecrets(), d.storedSecretKeys(), d.signals());
  }

  /** An empty form for a new destination of the type. */
  public static DestinationFormViewModel create(DestinationType type) {
    return new DestinationFormViewModel(type, null);
  }

  /** The form of an existing destination: its values, its secrets only as "unchanged". */
  public static DestinationFormViewModel edit(DestinationType type, StoredDestination existing) {
    return new DestinationFormViewModel(type, existing);
  }

  public boolean editing() {
    return existing != null;
  }

  public DestinationType type() {
    return type;
  }

  public StringProperty displayNameProperty() {
    return displayName;
  }

  public List<FieldInput> inputs() {
    return inputs;
  }

  public Optional<FieldInput> input(String field) {
    return inputs.stream().filter(i -> i.field().name().equals(field)).findFirst();
  }

  /** One check box per supported signal, in the catalog's order. */
  public Map<ObservabilitySignal, BooleanProperty> signals() {
    return signals;
  }

  public ObservableList<String> problems() {
    return problems;
  }

  /** The object name: kept on edit, made from the display name on create. */
  public String objectName() {
    return existing != null ? existing.name() : DestinationObjects.objectName(displayName.get());
  }

  /** Checks the form; fills {@link #problems()} and returns the draft only when there is none. */
  public Optional<DestinationDraft> validate() {
    List<String> found = new ArrayList<>();
    String name = displayName.get() == null ? "" : displayName.get().strip();
    if (name.isEmpty()) {
      found.add("Name is required");
    } else if (objectName().isEmpty()) {
      found.add("Name needs at least one letter or digit");
    }
    DestinationDraft draft = draft(name);
    Set<String> secretKeys = new HashSet<>(draft.storedSecretKeys());
    secretKeys.addAll(draft.newSecrets().keySet());
    try {
      DestinationValues.of(
          type,
          objectName().isEmpty() ? "destination" : objectName(),
          draft.data(),
          secretKeys,
          draft.signals());
    } catch (InvalidDestinationException e) {
      found.addAll(sentences(e.getMessage()));
    }
    problems.setAll(found);
    return found.isEmpty() ? Optional.of(draft) : Optional.empty();
  }

  private DestinationDraft draft(String name) {
    Map<String, String> data = new HashMap<>();
    Map<String, String> newSecrets = new HashMap<>();
    Set<String> stored = new HashSet<>();
    for (FieldInput in : inputs) {
      String v = in.trimmed();
      if (in.field().secret()) {
        if (!v.isEmpty()) {
          newSecrets.put(in.field().name(), v);
        }
        if (in.stored()) {
          stored.add(in.field().name());
        }
      } else if (!v.isEmpty()) {
        data.put(in.field().name(), v);
      }
    }
    Set<ObservabilitySignal> chosen = EnumSet.noneOf(ObservabilitySignal.class);
    signals.forEach(
        (s, on) -> {
          if (on.get()) {
            chosen.add(s);
          }
        });
    return new DestinationDraft(objectName(), name, type.type(), data, newSecrets, stored, chosen);
  }

  /** "Honeycomb destination "x" is not valid: a; b" → [A, B]. */
  static List<String> sentences(String message) {
    String body = message;
    int colon = message.indexOf(" is not valid: ");
    if (colon >= 0) {
      body = message.substring(colon + " is not valid: ".length());
    }
    return Arrays.stream(body.split("; "))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
        .toList();
  }
}
