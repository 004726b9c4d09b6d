package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.odigos.operator.instrumentor.inject.Conflict.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Edits one container's environment without ever overwriting what the user set: values are appended
 * to, {@code valueFrom} variables are left alone, and values the image sets are carried over (a pod
 * value hides the image's).
 */
final class EnvEditor {
  private final String container;
  private final List<EnvVar> env;
  private final Map<String, String> image;
  private final List<Conflict> conflicts;
  private int prepended;

  EnvEditor(String container, List<EnvVar> env, Map<String, String> image, List<Conflict> out) {
    this.container = container;
    this.env = new ArrayList<>(env == null ? List.of() : env);
    this.image = image;
    this.conflicts = out;
  }

  List<EnvVar> env() {
    return env;
  }

  /** Appends our value to the user's (pod, else image), or sets it when neither has one. */
  void append(AgentVariable v, Kind conflictKindWhenJoined) {
    int i = indexOf(v.name());
    if (i >= 0 && env.get(i).getValueFrom() != null) {
      conflict(Kind.VALUE_FROM, v.name(), "set by valueFrom; left unchanged, so no agent there");
      return;
    }
    String user = i >= 0 ? nullToEmpty(env.get(i).getValue()) : escape(image.get(v.name()));
    if (user != null && user.contains(v.value())) {
      return; // already there: injecting again changes nothing
    }
    String joined = user == null || user.isBlank() ? v.value() : user + v.separator() + v.value();
    if (conflictKindWhenJoined != null && user != null && !user.isBlank()) {
      conflict(conflictKindWhenJoined, v.name(), "user value kept; ours appended");
    }
    put(i, v.name(), joined);
  }

  /** Sets the variable unless the pod or the image sets it; a different value is a conflict. */
  void setIfAbsent(AgentVariable v, Kind conflictKind) {
    int i = indexOf(v.name());
    String user = i >= 0 ? env.get(i).getValue() : image.get(v.name());
    if (i >= 0 && env.get(i).getValueFrom() != null) {
      report(conflictKind, v.name(), "set by valueFrom; kept");
    } else if (user != null) {
      if (!user.equals(v.value())) {
        report(conflictKind, v.name(), "already set to another value; kept");
      }
    } else {
      put(-1, v.name(), v.value());
    }
  }

  /**
   * Puts a downward-API variable at the front, so that values after it may refer to it as {@code
   * $(NAME)}; kept as it is when present.
   */
  void prependFieldRef(String name, String fieldPath) {
    if (indexOf(name) >= 0) {
      return;
    }
    env.add(
        prepended++,
        new EnvVarBuilder()
            .withName(name)
            .withNewValueFrom()
            .withNewFieldRef()
            .withFieldPath(fieldPath)
            .endFieldRef()
            .endValueFrom()
            .build());
  }

  /** The value the process would see: the pod's own, else the image's; empty for valueFrom. */
  Optional<String> effective(String name) {
    int i = indexOf(name);
    return Optional.ofNullable(i >= 0 ? env.get(i).getValue() : image.get(name));
  }

  /** Names the pod or the image sets, in that order. */
  Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    env.forEach(e -> names.add(e.getName()));
    names.addAll(image.keySet());
    return names;
  }

  /** True if the pod sets the variable in any way, or the image does. */
  boolean isSet(String name) {
    return indexOf(name) >= 0 || image.containsKey(name);
  }

  private void report(Kind kind, String name, String message) {
    if (kind != null) {
      conflict(kind, name, message);
    }
  }

  private void conflict(Kind kind, String name, String message) {
    conflicts.add(new Conflict(container, kind, name, name + " " + message));
  }

  private void put(int index, String name, String value) {
    EnvVar v = new EnvVar(name, value, null);
    if (index >= 0) {
      env.set(index, v);
    } else {
      env.add(v);
    }
  }

  private int indexOf(String name) {
    for (int i = 0; i < env.size(); i++) {
      if (name.equals(env.get(i).getName())) {
        return i;
      }
    }
    return -1;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** An image value copied into the pod must not be expanded by the kubelet: {@code $$}. */
  private static String escape(String imageValue) {
    return imageValue == null ? null : imageValue.replace("$(", "$$(");
  }
}
