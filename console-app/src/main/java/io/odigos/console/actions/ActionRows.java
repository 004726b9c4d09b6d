package io.odigos.console.actions;

import io.odigos.console.forms.FalseConditions;
import io.odigos.console.forms.Health;
import io.odigos.console.forms.ItemRow;
import io.odigos.model.render.action.ActionProcessors;
import io.odigos.model.render.action.InvalidActionException;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an Action appears in the list: title, kind and signals, and its False conditions. Pure. */
final class ActionRows {
  private ActionRows() {}

  static ItemRow<Action> of(Action a) {
    ActionSpec spec = a.getSpec() == null ? new ActionSpec() : a.getSpec();
    String name = a.getMetadata().getName();
    String kind;
    try {
      String payload = ActionProcessors.payloadName(name, spec);
      kind = ActionKind.ofWireName(payload).map(ActionKind::title).orElse(payload);
    } catch (InvalidActionException e) {
      kind = e.reason();
    }
    String signals =
        spec.getSignals() == null
            ? ""
            : spec.getSignals().stream()
                .sorted(java.util.Comparator.comparingInt(ActionsFeature.SIGNALS::indexOf))
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    var conditions =
        a.getStatus() == null
            ? List.<io.fabric8.kubernetes.api.model.Condition>of()
            : a.getStatus().getConditions();
    return new ItemRow<>(
        name,
        spec.getActionName() == null || spec.getActionName().isBlank()
            ? name
            : spec.getActionName(),
        kind + " · " + signals + (Boolean.TRUE.equals(spec.getDisabled()) ? " · disabled" : ""),
        FalseConditions.of(conditions),
        Health.of(conditions),
        a);
  }
}
