package io.odigos.console.sources;

import io.odigos.console.describe.DescribeView;
import io.odigos.console.describe.DescribeViewModel;
import io.odigos.console.describe.Tables;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Sources as one virtualized table grouped by namespace (a header row, then its workloads), a
 * filter box, the actions on the selection, and the Describe panel of the workload picked by
 * double-click or the Describe button. Instrumenting opens the dry-run dialog first.
 */
final class SourcesView {
  /** Where the divider goes when Describe opens: the table keeps a little over half. */
  static final double DESCRIBE_DIVIDER = 0.56;

  private final SplitPane root = new SplitPane();
  private final TextField filter = new TextField();
  private final TableView<SourcesRow> table;
  private final SourcesViewModel model;
  private final DescribeViewModel describe;
  private Dialog<ButtonType> dryRun;
  private TextArea dryRunText;
  private boolean restoringSelection;
  private final Node describePane;

  SourcesView(SourcesViewModel model, DescribeViewModel describe) {
    this.model = model;
    this.describe = describe;
    root.setId("sourcesView");
    root.getStylesheets()
        .add(
            SourcesView.class
                .getResource("/io/odigos/console/sources/sources.css")
                .toExternalForm());

    table = Tables.table("sourcesTable", model.rows(), "No workloads.");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    // alone, the table fills the width (the Reason column takes the rest); see openDescribe
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(atLeast(nameColumn(), 220));
    table
        .getColumns()
        .add(
            atLeast(
                Tables.column("Kind", 95, r -> r instanceof WorkloadRow w ? w.key().kind() : ""),
                90));
    table
        .getColumns()
        .add(Tables.column("Language", 90, r -> r instanceof WorkloadRow w ? w.language() : ""));
    table
        .getColumns()
        .add(
            Tables.column(
                "Runtime", 80, r -> r instanceof WorkloadRow w ? w.runtimeVersion() : ""));
    table.getColumns().add(atLeast(agentColumn(), 135));
    table
        .getColumns()
        .add(
            Tables.column(
                "Source",
                200,
                r ->
                    switch (r) {
                      case WorkloadRow w -> w.sourceText();
                      case NamespaceRow n -> n.sourceText();
                    }));
    table
        .getColumns()
        .add(
            atLeast(
                Tables.column("Reason", 300, r -> r instanceof WorkloadRow w ? w.reason() : ""),
                160));
    table.setRowFactory(t -> new GroupRow());
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<SourcesRow>)
                c -> {
                  if (!restoringSelection) {
                    model.select(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
                  }
                });
    model.rows().addListener((ListChangeListener<SourcesRow>) c -> restoreSelection());
    VBox.setVgrow(table, Priority.ALWAYS);

    filter.setId("sourcesFilter");
    filter.setPromptText("Filter namespaces and workloads (Ctrl+F)");
    filter.textProperty().bindBidirectional(model.filterProperty());
    HBox.setHgrow(filter, Priority.ALWAYS);
    Label count = new Label();
    count.setId("sourcesCount");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.workloadCountProperty().get() + " workloads",
                model.workloadCountProperty()));
    Label title = new Label("Sources");
    title.getStyleClass().add("view-title");
    HBox bar = new HBox(10, title, filter, count);
    bar.getStyleClass().add("view-toolbar");

    // the buttons wrap to a second line when Describe leaves the table little width
    FlowPane actions =
        new FlowPane(
            8,
            6,
            button(
                "instrumentNamespace",
                "Instrument namespace",
                "A namespace Source: every workload, future ones too",
                model::instrumentNamespaces),
            button(
                "instrumentSelected",
                "Instrument selected",
                "A Source per selected workload",
                model::instrumentSelected),
            button(
                "optOutSelected",
                "Opt out",
                "Keep the selected workloads uninstrumented, also in an instrumented namespace",
                model::optOutSelected),
            button(
                "removeSource",
                "Remove Source",
                "Delete the Sources of the selection",
                model::removeSelected),
            button(
                "describeSelected",
                "Describe",
                "The workload's whole story",
                this::describeSelected));
    Label status = new Label();
    status.setId("sourcesStatus");
    status.getStyleClass().add("muted");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());

    VBox left = new VBox(6, bar, actions, status, table);
    left.getStyleClass().add("view-body");
    describePane = describePane(new DescribeView(describe).node());
    root.setOrientation(Orientation.HORIZONTAL);
    // Describe opens beside the table when asked for, so the table has the whole width until then
    root.getItems().add(left);

    model
        .proposalProperty()
        .addListener(
            (o, a, p) -> {
              if (p != null) {
                showDryRun(p);
              }
            });
  }

  private TableColumn<SourcesRow, String> nameColumn() {
    return Tables.column(
        "Namespace / workload",
        320,
        r ->
            switch (r) {
              // the namespace and its workload count here, how many are instrumented under Agent
              case NamespaceRow n -> n.namespace() + "  (" + n.workloads() + ")";
              case WorkloadRow w -> "    " + w.key().name();
            });
  }

  private TableColumn<SourcesRow, String> agentColumn() {
    return Tables.column(
        "Agent",
        140,
        r ->
            switch (r) {
              case WorkloadRow w -> w.state().label();
              case NamespaceRow n -> n.instrumented() + " instrumented";
            });
  }

  private static Button button(String id, String text, String tip, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    return b;
  }

  private void describeSelected() {
    SourcesRow r = table.getSelectionModel().getSelectedItem();
    if (r instanceof WorkloadRow w) {
      openDescribe(w);
    }
  }

  /** Describes the workload in the panel beside the table, opening the panel if it was closed. */
  private void openDescribe(WorkloadRow w) {
    describe.describe(w.key());
    if (!root.getItems().contains(describePane)) {
      root.getItems().add(describePane);
      // the columns keep their widths and the table scrolls sideways, rather than squeezing them
      table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
      root.setDividerPositions(DESCRIBE_DIVIDER);
    }
  }

  private void closeDescribe() {
    root.getItems().remove(describePane);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
  }

  private VBox describePane(Node describeView) {
    Button close =
        button("closeDescribe", "Close", "Close the Describe panel", this::closeDescribe);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, spacer, close);
    header.setPadding(new Insets(6, 8, 0, 8));
    VBox pane = new VBox(header, describeView);
    VBox.setVgrow(describeView, Priority.ALWAYS);
    pane.setMinWidth(360);
    SplitPane.setResizableWithParent(pane, false);
    return pane;
  }

  private static <T> TableColumn<SourcesRow, T> atLeast(TableColumn<SourcesRow, T> c, double min) {
    c.setMinWidth(min);
    return c;
  }

  /** After the list was rebuilt, select again the rows (by identity) that were selected. */
  private void restoreSelection() {
    restoringSelection = true;
    try {
      List<Integer> indices = new ArrayList<>();
      List<SourcesRow> rows = model.rows();
      for (int i = 0; i < rows.size(); i++) {
        if (model.isSelected(rows.get(i))) {
          indices.add(i);
        }
      }
      table.getSelectionModel().clearSelection();
      for (int i : indices) {
        table.getSelectionModel().select(i);
      }
    } finally {
      restoringSelection = false;
    }
  }

  private void showDryRun(DryRunProposal p) {
    if (dryRun == null) {
      dryRun = new Dialog<>();
      dryRun.setResizable(true);
      ButtonType apply = new ButtonType("Instrument", ButtonBar.ButtonData.OK_DONE);
      dryRun.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
      dryRun.getDialogPane().lookupButton(apply).setId("dryRunApply");
      dryRun.getDialogPane().lookupButton(ButtonType.CANCEL).setId("dryRunCancel");
      dryRunText = new TextArea();
      dryRunText.setId("dryRunText");
      dryRunText.setEditable(false);
      dryRunText.getStyleClass().add("code");
      dryRunText.setPrefSize(760, 480);
      ComboBox<ProgrammingLanguage> language = new ComboBox<>();
      language.setId("dryRunLanguage");
      language.getItems().add(null);
      language
          .getItems()
          .addAll(
              ProgrammingLanguage.JAVA,
              ProgrammingLanguage.PYTHON,
              ProgrammingLanguage.JAVASCRIPT,
              ProgrammingLanguage.DOTNET,
              ProgrammingLanguage.GO,
              ProgrammingLanguage.PHP,
              ProgrammingLanguage.RUBY);
      language.setConverter(
          new StringConverter<>() {
            @Override
            public String toString(ProgrammingLanguage l) {
              return l == null ? "as detected" : l.wireName();
            }

            @Override
            public ProgrammingLanguage fromString(String s) {
              return null;
            }
          });
      language.valueProperty().bindBidirectional(model.assumedLanguageProperty());
      HBox assume = new HBox(8, new Label("Language of containers not inspected yet:"), language);
      VBox content = new VBox(8, assume, dryRunText);
      VBox.setVgrow(dryRunText, Priority.ALWAYS);
      dryRun.getDialogPane().setContent(content);
      dryRun.getDialogPane().setId("dryRunDialog");
      if (root.getScene() != null) {
        dryRun.initOwner(root.getScene().getWindow());
      }
      dryRun.setOnHidden(
          e -> {
            if (dryRun.getResult() == apply) {
              model.confirm();
            } else {
              model.cancel();
            }
          });
    }
    dryRun.setTitle("Dry run: " + p.title());
    dryRun.setHeaderText(p.title() + ": what changes in the pods");
    dryRunText.setText(p.text());
    if (!dryRun.isShowing()) {
      dryRun.show();
    }
  }

  /** Workload rows plain, namespace rows as group headers; double-click describes. */
  private final class GroupRow extends TableRow<SourcesRow> {
    GroupRow() {
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY
                && e.getClickCount() == 2
                && getItem() instanceof WorkloadRow w) {
              openDescribe(w);
            }
          });
    }

    @Override
    protected void updateItem(SourcesRow item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("namespace-row", "agent-failed", "agent-instrumented");
      if (!empty && item instanceof NamespaceRow) {
        getStyleClass().add("namespace-row");
      } else if (!empty && item instanceof WorkloadRow w) {
        if (w.state() == AgentState.FAILED) {
          getStyleClass().add("agent-failed");
        } else if (w.state() == AgentState.INSTRUMENTED) {
          getStyleClass().add("agent-instrumented");
        }
      }
    }
  }

  Node node() {
    return root;
  }

  void focusSearch() {
    filter.requestFocus();
    filter.selectAll();
  }
}
