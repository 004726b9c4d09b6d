package io.odigos.console.describe;

import io.odigos.console.describe.WorkloadStory.ConditionLine;
import io.odigos.console.describe.WorkloadStory.EnvLine;
import io.odigos.console.describe.WorkloadStory.EventLine;
import io.odigos.console.describe.WorkloadStory.InstanceLine;
import io.odigos.console.describe.WorkloadStory.PodLine;
import io.odigos.console.describe.WorkloadStory.SourceLine;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One workload's story in tabs: conditions (first: they say why), pods and their agent, the
 * injected env, events, agent health and Sources.
 */
public final class DescribeView {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final VBox root = new VBox(6);

  public DescribeView(DescribeViewModel model) {
    root.setId("describeView");
    root.getStyleClass().add("view-body");
    Label title = new Label();
    title.setId("describeTitle");
    title.getStyleClass().add("section-header");
    title.textProperty().bind(model.titleProperty());
    Label summary = new Label();
    summary.setId("describeSummary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summaryProperty());
    Label status = new Label();
    status.setId("describeStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(model.statusProperty());

    TableView<ConditionLine> conditions =
        Tables.table("describeConditions", model.conditions(), "No InstrumentationConfig yet.");
    conditions.getColumns().add(Tables.column("Condition", 140, ConditionLine::type));
    conditions.getColumns().add(Tables.column("Status", 60, ConditionLine::status));
    conditions.getColumns().add(Tables.column("Reason", 170, ConditionLine::reason));
    conditions.getColumns().add(Tables.column("Since", 140, c -> time(c.since())));
    conditions.getColumns().add(Tables.column("Message", 300, ConditionLine::message));

    TableView<PodLine> pods = Tables.table("describePods", model.pods(), "No pods.");
    pods.getColumns().add(Tables.column("Pod", 220, PodLine::name));
    pods.getColumns().add(Tables.column("Phase", 80, PodLine::phase));
    pods.getColumns().add(Tables.column("Node", 120, PodLine::node));
    pods.getColumns()
        .add(Tables.column("Agent", 200, p -> p.agent() ? "yes (" + p.agentHash() + ")" : "no"));

    TableView<EnvLine> env = Tables.table("describeEnv", model.env(), "No environment variables.");
    env.getColumns().add(Tables.column("Container", 110, EnvLine::container));
    env.getColumns().add(Tables.column("Variable", 220, EnvLine::name));
    env.getColumns().add(Tables.column("Injected", 70, e -> e.injected() ? "injected" : ""));
    env.getColumns().add(Tables.column("Value", 320, EnvLine::value));
    Label envPod = new Label();
    envPod.getStyleClass().add("muted");
    envPod
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.envPodProperty().get().isEmpty()
                        ? "The workload's template (no pod yet)."
                        : "Pod " + model.envPodProperty().get() + " (secrets masked)",
                model.envPodProperty()));
    VBox envBox = new VBox(4, envPod, env);
    VBox.setVgrow(env, Priority.ALWAYS);

    TableView<EventLine> events = Tables.table("describeEvents", model.events(), "No events.");
    events.getColumns().add(Tables.column("Time", 140, e -> time(e.time())));
    events.getColumns().add(Tables.column("Type", 70, EventLine::type));
    events.getColumns().add(Tables.column("Object", 200, EventLine::object));
    events.getColumns().add(Tables.column("Reason", 130, EventLine::reason));
    events.getColumns().add(Tables.column("Message", 300, e -> e.message() + count(e.count())));

    TableView<InstanceLine> instances =
        Tables.table("describeInstances", model.instances(), "No agent has reported.");
    instances.getColumns().add(Tables.column("Pod", 200, InstanceLine::pod));
    instances.getColumns().add(Tables.column("Container", 110, InstanceLine::container));
    instances.getColumns().add(Tables.column("Health", 90, InstanceLine::health));
    instances.getColumns().add(Tables.column("Reason", 130, InstanceLine::reason));
    instances.getColumns().add(Tables.column("Message", 260, InstanceLine::message));

    TableView<SourceLine> sources = Tables.table("describeSources", model.sources(), "No Source.");
    sources.getColumns().add(Tables.column("Source", 180, SourceLine::name));
    sources.getColumns().add(Tables.column("Scope", 90, SourceLine::scope));
    sources.getColumns().add(Tables.column("Effect", 90, SourceLine::effect));
    sources.getColumns().add(Tables.column("Applied", 300, SourceLine::applied));

    TabPane tabs =
        new TabPane(
            tab("Conditions", conditions),
            tab("Pods", pods),
            tab("Env", envBox),
            tab("Events", events),
            tab("Agents", instances),
            tab("Sources", sources));
    tabs.setId("describeTabs");
    VBox.setVgrow(tabs, Priority.ALWAYS);
    root.getChildren().addAll(title, summary, status, tabs);
  }

  private static Tab tab(String title, Node content) {
    Tab t = new Tab(title, content);
    t.setClosable(false);
    t.setId("describeTab" + title);
    return t;
  }

  private static String time(Instant t) {
    return Instant.EPOCH.equals(t) ? "" : TIME.format(t);
  }

  private static String count(int n) {
    return n > 1 ? " (×" + n + ")" : "";
  }

  public Node node() {
    return root;
  }
}
