package io.odigos.console.sampling;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import io.odigos.console.core.Tasks;
import io.odigos.console.forms.FalseConditions;
import io.odigos.console.forms.FormGrid;
import io.odigos.console.forms.GatewayPreviews;
import io.odigos.console.forms.Health;
import io.odigos.console.forms.ItemRow;
import io.odigos.console.forms.ResourceFeatures;
import io.odigos.console.forms.ResourceListView;
import io.odigos.console.forms.ResourceListViewModel;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.model.v1alpha1.SamplingSpec;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Sampling entry: Sampling CRs with their rules, checked by the gateway renderer. */
public final class SamplingFeature implements Feature {

  @Override
  public String id() {
    return Navigation.SAMPLING;
  }

  public static ResourceListViewModel<Sampling, SamplingFormViewModel> model(Tasks tasks) {
    return ResourceFeatures.model(
        tasks,
        "sampling",
        SamplingFormViewModel::create,
        SamplingFormViewModel::edit,
        SamplingFeature::row);
  }

  public static void connect(
      ResourceListViewModel<Sampling, SamplingFormViewModel> model, ClusterSession session) {
    ResourceFeatures.connect(
        model, session, "samplings.odigos.io", Sampling.class, GatewayPreviews::withSampling);
  }

  static ItemRow<Sampling> row(Sampling s) {
    SamplingSpec spec = s.getSpec() == null ? new SamplingSpec() : s.getSpec();
    int noisy = size(spec.getNoisyOperations());
    int relevant = size(spec.getHighlyRelevantOperations());
    int cost = size(spec.getCostReductionRules());
    var conditions =
        s.getStatus() == null
            ? List.<io.fabric8.kubernetes.api.model.Condition>of()
            : s.getStatus().getConditions();
    String name = s.getMetadata().getName();
    return new ItemRow<>(
        name,
        spec.getName() == null || spec.getName().isBlank() ? name : spec.getName(),
        noisy
            + " noisy · "
            + relevant
            + " relevant · "
            + cost
            + " cost reduction"
            + (Boolean.TRUE.equals(spec.getDisabled()) ? " · disabled" : ""),
        FalseConditions.of(conditions),
        Health.of(conditions),
        s);
  }

  private static int size(List<?> l) {
    return l == null ? 0 : l.size();
  }

  static Node fields(SamplingFormViewModel f) {
    FormGrid g = new FormGrid();
    g.text("samplingName", "Name *", f.displayNameProperty(), "e.g. Drop health checks", "");
    g.check("samplingDisabled", "Disabled", f.disabledProperty(), "");
    g.text("samplingNotes", "Notes", f.notesProperty(), "", "");
    VBox rows = new VBox(6);
    Runnable show =
        () -> {
          rows.getChildren().clear();
          int i = 0;
          for (SamplingRuleInput r : f.rules()) {
            rows.getChildren().add(ruleRow(f, r, i++));
          }
        };
    f.rules().addListener((ListChangeListener<SamplingRuleInput>) c -> show.run());
    show.run();
    Button add = new Button("Add rule");
    add.setId("addSamplingRule");
    add.setOnAction(e -> f.addRule());
    Label rulesTitle =
        new Label("Rules (HTTP server operations, matched by route prefix and method)");
    rulesTitle.getStyleClass().add("section-header");
    return new VBox(8, g.node(), rulesTitle, rows, add);
  }

  private static Node ruleRow(SamplingFormViewModel f, SamplingRuleInput r, int index) {
    ComboBox<SamplingRuleInput.Kind> kind = new ComboBox<>();
    kind.setId("ruleKind-" + index);
    kind.getItems().setAll(SamplingRuleInput.Kind.values());
    kind.valueProperty().bindBidirectional(r.kindProperty());
    TextField name = field("ruleName-" + index, r.nameProperty(), "name", 110);
    TextField route = field("ruleRoute-" + index, r.routePrefixProperty(), "/healthz", 120);
    TextField method = field("ruleMethod-" + index, r.methodProperty(), "GET", 60);
    TextField pct = field("rulePercentage-" + index, r.percentageProperty(), "%", 55);
    Button remove = new Button("✕");
    remove.setId("removeRule-" + index);
    remove.setOnAction(e -> f.removeRule(r));
    return new HBox(6, kind, name, route, method, pct, remove);
  }

  private static TextField field(
      String id, javafx.beans.property.StringProperty p, String prompt, double width) {
    TextField t = new TextField();
    t.setId(id);
    t.setPromptText(prompt);
    t.setPrefWidth(width);
    t.textProperty().bindBidirectional(p);
    return t;
  }

  @Override
  public FeatureView create(FeatureContext context) {
    var model = model(context.tasks());
    return ResourceFeatures.view(
        model,
        new ResourceListView<>(model, "sampling", "Sampling", SamplingFeature::fields),
        SamplingFeature::connect);
  }
}
