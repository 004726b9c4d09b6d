package io.odigos.console.actions;

import io.odigos.console.forms.FormGrid;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The inputs of an Action form: common fields, the kind, and the fields of that kind. */
final class ActionFields {
  private ActionFields() {}

  static Node of(ActionFormViewModel f) {
    FormGrid common = new FormGrid();
    common.text("actionName", "Name *", f.displayNameProperty(), "e.g. Cluster name", "");
    ComboBox<ActionKind> kind = new ComboBox<>();
    kind.setId("actionKind");
    kind.getItems().setAll(ActionKind.values());
    kind.valueProperty().bindBidirectional(f.kindProperty());
    kind.setMaxWidth(Double.MAX_VALUE);
    common.row("Kind *", kind, "One action does one thing; add several actions for more.");
    FlowPane signals = new FlowPane(14, 4);
    f.signals()
        .forEach(
            (s, on) ->
                signals
                    .getChildren()
                    .add(FormGrid.checkBox("signal-" + s.name(), capital(s.name()), on)));
    common.row("Signals *", signals, "Sampling actions work on traces only.");
    common.check(
        "actionDisabled", "Disabled", f.disabledProperty(), "Keep it without applying it.");
    common.text("actionNotes", "Notes", f.notesProperty(), "", "Why the action exists.");

    StackPane specific = new StackPane();
    Runnable show =
        () -> specific.getChildren().setAll(kindFields(f, f.kindProperty().get()).node());
    f.kindProperty().addListener((o, a, b) -> show.run());
    show.run();
    return new VBox(8, common.node(), specific);
  }

  private static FormGrid kindFields(ActionFormViewModel f, ActionKind kind) {
    FormGrid g = new FormGrid();
    if (kind == null) {
      return g;
    }
    switch (kind) {
      case ADD_CLUSTER_INFO -> {
        g.area(
            "clusterAttributes",
            "Attributes *",
            f.clusterAttributesProperty(),
            "k8s.cluster.name=prod-eu-1",
            "One attribute=value per line.");
        g.check(
            "overwrite",
            "Overwrite",
            f.overwriteProperty(),
            "Replace values the telemetry already carries.");
      }
      case DELETE_ATTRIBUTE ->
          g.text(
              "attributesToDelete",
              "Attributes *",
              f.attributesToDeleteProperty(),
              "http.request.header.authorization",
              "Keys to remove, comma separated.");
      case RENAME_ATTRIBUTE ->
          g.area(
              "renames",
              "Renames *",
              f.renamesProperty(),
              "user_id=enduser.id",
              "One old=new per line.");
      case PII_MASKING -> {
        FlowPane cats = new FlowPane(14, 4);
        f.piiCategories()
            .forEach(
                (c, on) ->
                    cats.getChildren().add(FormGrid.checkBox("pii-" + c.name(), c.name(), on)));
        g.row("Categories", cats, "Kinds of personal data to mask.");
        g.area(
            "customRegexes",
            "Custom patterns",
            f.customRegexesProperty(),
            "EMP-[0-9]{6}",
            "RE2 regular expressions, one per line.");
      }
      case K8S_ATTRIBUTES -> {
        g.check(
            "containerAttributes",
            "Container attributes",
            f.containerAttributesProperty(),
            "k8s.container.name, container.id, image name and tag.");
        g.check("workloadUid", "Workload UID", f.workloadUidProperty(), "");
        g.check("clusterUid", "Cluster UID", f.clusterUidProperty(), "");
        g.area(
            "labels",
            "Labels",
            f.labelsProperty(),
            "app.kubernetes.io/name=app.name",
            "One label=attribute per line.");
      }
      case SAMPLERS -> {
        g.text(
            "samplingPercentage",
            "Keep % of traces",
            f.samplingPercentageProperty(),
            "10",
            "Probabilistic sampling of all traces, 0 to 100.");
        g.text(
            "errorFallback",
            "Keep errors, and % of others",
            f.errorFallbackProperty(),
            "",
            "Keeps every error trace and this percentage of the rest.");
      }
    }
    return g;
  }

  private static String capital(String s) {
    return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
