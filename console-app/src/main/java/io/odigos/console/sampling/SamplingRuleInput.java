package io.odigos.console.sampling;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One rule row of a Sampling form: its kind, name, the HTTP operation it matches, a percentage. */
public final class SamplingRuleInput {
  /** The three rule lists of a Sampling. */
  public enum Kind {
    NOISY("Noisy operation (keep at most %)"),
    HIGHLY_RELEVANT("Highly relevant (keep at least %)"),
    COST_REDUCTION("Cost reduction (keep at most %)");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    @Override
    public String toString() {
      return title;
    }
  }

  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.NOISY);
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty routePrefix = new SimpleStringProperty("");
  private final StringProperty method = new SimpleStringProperty("");
  private final StringProperty percentage = new SimpleStringProperty("");

  public SamplingRuleInput() {}

  SamplingRuleInput(Kind kind, String name, String routePrefix, String method, Double percentage) {
    this.kind.set(kind);
    this.name.set(name == null ? "" : name);
    this.routePrefix.set(routePrefix == null ? "" : routePrefix);
    this.method.set(method == null ? "" : method);
    this.percentage.set(percentage == null ? "" : stripZero(percentage));
  }

  private static String stripZero(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty routePrefixProperty() {
    return routePrefix;
  }

  public StringProperty methodProperty() {
    return method;
  }

  public StringProperty percentageProperty() {
    return percentage;
  }
}
