package io.odigos.console.rules;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import io.odigos.console.core.Tasks;
import io.odigos.console.forms.FalseConditions;
import io.odigos.console.forms.FormGrid;
import io.odigos.console.forms.Health;
import io.odigos.console.forms.ItemRow;
import io.odigos.console.forms.ResourceFeatures;
import io.odigos.console.forms.ResourceListView;
import io.odigos.console.forms.ResourceListViewModel;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Instrumentation Rules entry: list and forms; rules change the agents, not the gateway. */
public final class RulesFeature implements Feature {

  @Override
  public String id() {
    return Navigation.RULES;
  }

  public static ResourceListViewModel<InstrumentationRule, RuleFormViewModel> model(Tasks tasks) {
    return ResourceFeatures.model(
        tasks,
        "instrumentation rule",
        RuleFormViewModel::create,
        RuleFormViewModel::edit,
        RulesFeature::row);
  }

  /** Rules change the agents, not the gateway: no config diff before saving. */
  public static void connect(
      ResourceListViewModel<InstrumentationRule, RuleFormViewModel> model, ClusterSession session) {
    ResourceFeatures.connect(
        model, session, "instrumentationrules.odigos.io", InstrumentationRule.class, null);
  }

  static ItemRow<InstrumentationRule> row(InstrumentationRule r) {
    InstrumentationRuleSpec s = r.getSpec() == null ? new InstrumentationRuleSpec() : r.getSpec();
    String what =
        s.getPayloadCollection() != null
            ? "payload collection"
            : s.getHeadersCollection() != null
                ? "headers "
                    + String.join(
                        ", ",
                        s.getHeadersCollection().headerKeys() == null
                            ? List.of()
                            : s.getHeadersCollection().headerKeys())
                : s.getCodeAttributes() != null
                    ? "code attributes"
                    : s.getTraceConfig() != null ? "tracing off" : "other";
    String scope =
        s.getWorkloads() == null || s.getWorkloads().isEmpty()
            ? "all workloads"
            : s.getWorkloads().size() + " workload(s)";
    var conditions =
        r.getStatus() == null
            ? List.<io.fabric8.kubernetes.api.model.Condition>of()
            : r.getStatus().getConditions();
    String name = r.getMetadata().getName();
    return new ItemRow<>(
        name,
        s.getRuleName() == null || s.getRuleName().isBlank() ? name : s.getRuleName(),
        what + " · " + scope + (Boolean.TRUE.equals(s.getDisabled()) ? " · disabled" : ""),
        FalseConditions.of(conditions),
        Health.of(conditions),
        r);
  }

  static Node fields(RuleFormViewModel f) {
    FormGrid g = new FormGrid();
    g.text("ruleName", "Name *", f.ruleNameProperty(), "e.g. Collect checkout payloads", "");
    g.area(
        "ruleWorkloads",
        "Workloads",
        f.workloadsProperty(),
        "shop/Deployment/checkout",
        "namespace/Kind/name per line, or a namespace alone; all workloads when empty.");
    ComboBox<RuleKind> kind = new ComboBox<>();
    kind.setId("ruleKind");
    kind.getItems().setAll(RuleKind.values());
    kind.valueProperty().bindBidirectional(f.kindProperty());
    g.row("Rule *", kind, "");
    g.check("ruleDisabled", "Disabled", f.disabledProperty(), "");
    g.text("ruleNotes", "Notes", f.notesProperty(), "", "");
    StackPane specific = new StackPane();
    Runnable show = () -> specific.getChildren().setAll(kindFields(f, f.kindProperty().get()));
    f.kindProperty().addListener((o, a, b) -> show.run());
    show.run();
    return new VBox(8, g.node(), specific);
  }

  private static Node kindFields(RuleFormViewModel f, RuleKind kind) {
    FormGrid g = new FormGrid();
    if (kind == null) {
      return g.node();
    }
    switch (kind) {
      case PAYLOAD_COLLECTION ->
          g.row(
              "Collect *",
              new FlowPane(
                  14,
                  4,
                  FormGrid.checkBox("payloadHttpRequest", "HTTP requests", f.httpRequestProperty()),
                  FormGrid.checkBox(
                      "payloadHttpResponse", "HTTP responses", f.httpResponseProperty()),
                  FormGrid.checkBox("payloadDbQuery", "DB queries", f.dbQueryProperty()),
                  FormGrid.checkBox("payloadMessaging", "Messaging", f.messagingProperty())),
              "Bodies and queries recorded on spans.");
      case HEADERS_COLLECTION ->
          g.text(
              "ruleHeaders",
              "Headers *",
              f.headersProperty(),
              "x-request-id, user-agent",
              "HTTP header names, comma separated.");
      case CODE_ATTRIBUTES ->
          g.row(
              "Record *",
              new FlowPane(
                  14,
                  4,
                  FormGrid.checkBox("codeFunction", "function", f.codeFunctionProperty()),
                  FormGrid.checkBox("codeFilePath", "file path", f.codeFilePathProperty()),
                  FormGrid.checkBox("codeLineNumber", "line number", f.codeLineNumberProperty()),
                  FormGrid.checkBox("codeNamespace", "namespace", f.codeNamespaceProperty()),
                  FormGrid.checkBox("codeStackTrace", "stack trace", f.codeStackTraceProperty())),
              "OpenTelemetry code.* attributes.");
      case TRACE_CONFIG ->
          g.row(
              "",
              new javafx.scene.control.Label(
                  "The selected workloads' agents stop recording traces."),
              "");
    }
    return g.node();
  }

  @Override
  public FeatureView create(FeatureContext context) {
    var model = model(context.tasks());
    return ResourceFeatures.view(
        model,
        new ResourceListView<>(model, "rule", "Instrumentation Rules", RulesFeature::fields),
        RulesFeature::connect);
  }
}
