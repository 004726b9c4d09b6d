package io.odigos.console.sampling;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.console.forms.Inputs;
import io.odigos.console.forms.NamedResourceForm;
import io.odigos.console.sampling.SamplingRuleInput.Kind;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.sampling.SamplingProcessors;
import io.odigos.model.v1alpha1.CostReductionRule;
import io.odigos.model.v1alpha1.HeadSamplingOperationMatcher;
import io.odigos.model.v1alpha1.HighlyRelevantOperation;
import io.odigos.model.v1alpha1.NoisyOperation;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.model.v1alpha1.SamplingSpec;
import io.odigos.model.v1alpha1.TailSamplingOperationMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one Sampling: its name and a list of rules, each a noisy operation, a highly relevant
 * operation or a cost-reduction rule on an HTTP route prefix and method. Checked by shared-model's
 * {@link SamplingProcessors} before saving (it rejects rules it cannot apply).
 */
public final class SamplingFormViewModel extends NamedResourceForm<Sampling> {
  private final ObservableList<SamplingRuleInput> rules = FXCollections.observableArrayList();

  private SamplingFormViewModel(Sampling existing) {
    super(existing, "New sampling", "Edit sampling", "sampling");
    if (existing != null && existing.getSpec() != null) {
      load(existing.getSpec());
    }
    if (rules.isEmpty()) {
      rules.add(new SamplingRuleInput());
    }
  }

  public static SamplingFormViewModel create() {
    return new SamplingFormViewModel(null);
  }

  public static SamplingFormViewModel edit(Sampling existing) {
    return new SamplingFormViewModel(existing);
  }

  private void load(SamplingSpec s) {
    loadShared(s.getName(), s.getNotes(), s.getDisabled());
    if (s.getNoisyOperations() != null) {
      for (NoisyOperation n : s.getNoisyOperations()) {
        var http = n.operation() == null ? null : n.operation().httpServer();
        rules.add(
            http == null
                ? rule(Kind.NOISY, n.name(), null, null, n.percentageAtMost())
                : rule(
                    Kind.NOISY,
                    n.name(),
                    http.routePrefix(),
                    http.route(),
                    http.method(),
                    n.percentageAtMost()));
      }
    }
    if (s.getHighlyRelevantOperations() != null) {
      for (HighlyRelevantOperation h : s.getHighlyRelevantOperations()) {
        var http = h.operation() == null ? null : h.operation().httpServer();
        rules.add(
            http == null
                ? rule(Kind.HIGHLY_RELEVANT, h.name(), null, null, h.percentageAtLeast())
                : rule(
                    Kind.HIGHLY_RELEVANT,
                    h.name(),
                    http.routePrefix(),
                    http.route(),
                    http.method(),
                    h.percentageAtLeast()));
      }
    }
    if (s.getCostReductionRules() != null) {
      for (CostReductionRule c : s.getCostReductionRules()) {
        var http = c.operation() == null ? null : c.operation().httpServer();
        rules.add(
            http == null
                ? rule(Kind.COST_REDUCTION, c.name(), null, null, c.percentageAtMost())
                : rule(
                    Kind.COST_REDUCTION,
                    c.name(),
                    http.routePrefix(),
                    http.route(),
                    http.method(),
                    c.percentageAtMost()));
      }
    }
  }

  /** A rule row of a rule with no HTTP operation, or whose route is already chosen. */
  private static SamplingRuleInput rule(
      Kind kind, String name, String route, String method, Double percentage) {
    return new SamplingRuleInput(kind, name, route, method, percentage);
  }

  /** A rule row of a rule on an HTTP operation: the route prefix, else the exact route. */
  private static SamplingRuleInput rule(
      Kind kind, String name, String routePrefix, String route, String method, Double percentage) {
    return rule(kind, name, first(routePrefix, route), method, percentage);
  }

  private static String first(String a, String b) {
    return a != null && !a.isEmpty() ? a : b;
  }

  public void addRule() {
    rules.add(new SamplingRuleInput());
  }

  public void removeRule(SamplingRuleInput rule) {
    rules.remove(rule);
  }

  @Override
  public Optional<Sampling> validate() {
    List<String> found = new ArrayList<>();
    String name = checkedName(found);
    if (rules.isEmpty()) {
      found.add("Add at least one rule");
    }
    List<NoisyOperation> noisy = new ArrayList<>();
    List<HighlyRelevantOperation> relevant = new ArrayList<>();
    List<CostReductionRule> cost = new ArrayList<>();
    int i = 1;
    for (SamplingRuleInput r : rules) {
      String label = "Rule " + i++;
      String ruleName = blankToNull(r.nameProperty().get());
      String prefix = blankToNull(r.routePrefixProperty().get());
      String method = blankToNull(r.methodProperty().get());
      if (method != null) {
        method = method.toUpperCase(Locale.ROOT);
      }
      Optional<Double> pct =
          Inputs.number(r.percentageProperty().get(), label + ": percentage", 0, 100, found);
      Kind kind = r.kindProperty().get() == null ? Kind.NOISY : r.kindProperty().get();
      if (prefix != null && !prefix.startsWith("/")) {
        found.add(label + ": the route prefix starts with /");
      }
      boolean hasOperation = prefix != null || method != null;
      switch (kind) {
        case NOISY ->
            noisy.add(
                new NoisyOperation(
                    ruleName,
                    null,
                    null,
                    hasOperation
                        ? new HeadSamplingOperationMatcher(
                            new HeadSamplingOperationMatcher.HttpServer(null, prefix, method, null),
                            null,
                            null,
                            null)
                        : null,
                    pct.orElse(null),
                    null));
        case HIGHLY_RELEVANT ->
            relevant.add(
                new HighlyRelevantOperation(
                    ruleName,
                    null,
                    null,
                    null,
                    null,
                    hasOperation ? tailMatcher(prefix, method) : null,
                    pct.orElse(null),
                    null));
        case COST_REDUCTION -> {
          if (pct.isEmpty()
              && (r.percentageProperty().get() == null || r.percentageProperty().get().isBlank())) {
            found.add(label + ": a cost reduction rule needs a percentage");
          }
          cost.add(
              new CostReductionRule(
                  ruleName,
                  null,
                  null,
                  hasOperation ? tailMatcher(prefix, method) : null,
                  pct.orElse(0.0),
                  null));
        }
      }
    }
    SamplingSpec spec = new SamplingSpec();
    spec.setName(name);
    spec.setNotes(notesOrNull());
    spec.setDisabled(disabledOrNull());
    spec.setNoisyOperations(noisy.isEmpty() ? null : noisy);
    spec.setHighlyRelevantOperations(relevant.isEmpty() ? null : relevant);
    spec.setCostReductionRules(cost.isEmpty() ? null : cost);
    Sampling sampling = new Sampling();
    sampling.setMetadata(
        new ObjectMetaBuilder()
            .withName(objectName().isEmpty() ? "sampling" : objectName())
            .build());
    sampling.setSpec(spec);
    if (found.isEmpty()) {
      var rejection =
          SamplingProcessors.render(
                  List.of(), List.of(sampling), GatewaySettings.defaults("preview"))
              .rejections()
              .get("Sampling/" + sampling.getMetadata().getName());
      if (rejection != null) {
        found.addAll(Inputs.sentences(rejection.message()));
      }
    }
    problems().setAll(found);
    return found.isEmpty() ? Optional.of(sampling) : Optional.empty();
  }

  /** The matcher of tail-sampling rules (highly relevant, cost reduction) on an HTTP operation. */
  private static TailSamplingOperationMatcher tailMatcher(String routePrefix, String method) {
    return new TailSamplingOperationMatcher(
        new TailSamplingOperationMatcher.HttpServer(null, routePrefix, method), null, null);
  }

  public StringProperty displayNameProperty() {
    return nameInput();
  }

  public ObservableList<SamplingRuleInput> rules() {
    return rules;
  }
}
