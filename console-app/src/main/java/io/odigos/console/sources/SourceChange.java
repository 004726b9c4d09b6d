package io.odigos.console.sources;

import io.odigos.model.v1alpha1.Source;

/** One write to the cluster's Sources that an action of the Sources view makes. */
public sealed interface SourceChange {

  String namespace();

  String name();

  /** The change in words, for the status bar. */
  String describe();

  /** Creates the Source. */
  record Create(Source source) implements SourceChange {
    @Override
    public String namespace() {
      return source.getMetadata().getNamespace();
    }

    @Override
    public String name() {
      return source.getMetadata().getName();
    }

    @Override
    public String describe() {
      var w = source.getSpec().getWorkload();
      return "create Source "
          + namespace()
          + "/"
          + name()
          + (source.getSpec().disablesInstrumentation() ? " opting out " : " for ")
          + w.getKind()
          + " "
          + w.getName();
    }
  }

  /** Sets or clears {@code spec.disableInstrumentation} of an existing Source. */
  record SetDisabled(String namespace, String name, boolean disabled) implements SourceChange {
    @Override
    public String describe() {
      return (disabled ? "opt out with" : "re-enable") + " Source " + namespace + "/" + name;
    }
  }

  /** Deletes the Source. */
  record Delete(String namespace, String name) implements SourceChange {
    @Override
    public String describe() {
      return "delete Source " + namespace + "/" + name;
    }
  }
}
