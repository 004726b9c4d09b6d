package io.odigos.console.sources;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sources: namespaces and their workloads, each with language, runtime version, agent state and the
 * reason in words, kept live by the store's watch. Watch events are queued and applied in batches
 * on the UI executor (10,000 workloads arrive as a handful of list updates, not 10,000); the filter
 * matches every word against a lower-case key computed once per row. Actions turn the selection
 * into Source writes ({@link SourcePlans}); instrumenting first shows the injection dry run and
 * waits for {@link #confirm()}.
 */
public final class SourcesViewModel {
  private static final Logger log = LoggerFactory.getLogger(SourcesViewModel.class);

  /** At most this many workloads are dry-run before an action. */
  public static final int MAX_PREVIEWS = 20;

  private final Tasks tasks;
  private final TreeMap<String, Namespace> namespaces = new TreeMap<>();
  private final Map<WorkloadKey, InstrumentationConfig> ics = new HashMap<>();
  private final ObservableList<SourcesRow> visible = FXCollections.observableArrayList();
  private final StringProperty filter = new SimpleStringProperty("");
  private final IntegerProperty workloadCount = new SimpleIntegerProperty();
  private final StringProperty status = new SimpleStringProperty("");
  private final ObjectProperty<DryRunProposal> proposal = new SimpleObjectProperty<>();
  private final ObjectProperty<ProgrammingLanguage> assumedLanguage = new SimpleObjectProperty<>();
  private final Set<Object> selected = new LinkedHashSet<>();

  private final ConcurrentLinkedQueue<Consumer<Dirty>> updates = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private SourceStore store;
  private AutoCloseable watch;
  private long generation;
  private String[] tokens = new String[0];

  /** One namespace's workloads (rows by key, sorted) and Sources (by name). */
  private static final class Namespace {
    final String name;
    final TreeMap<WorkloadKey, WorkloadRow> rows = new TreeMap<>();
    final Map<String, Source> sources = new HashMap<>();
    NamespaceRow header;

    Namespace(String name) {
      this.name = name;
      header = NamespaceRow.of(name, 0, 0, "");
    }
  }

  /** What a batch of watch events touched. */
  private static final class Dirty {
    final Set<String> namespaces = new HashSet<>();
    final Set<WorkloadKey> workloads = new HashSet<>();
  }

  public SourcesViewModel(Tasks tasks) {
    this.tasks = tasks;
    filter.addListener((o, a, text) -> applyFilter(text));
    assumedLanguage.addListener((o, a, lang) -> repreview());
  }

  /** Stops the old watch and starts one on the new store ({@code null}: not connected). */
  public void useStore(SourceStore next) {
    stopWatch();
    long mine = ++generation;
    store = next;
    namespaces.clear();
    ics.clear();
    selected.clear();
    updates.clear();
    proposal.set(null);
    rebuild();
    if (next == null) {
      status.set("Connect to a cluster with Odigos to see its workloads.");
      return;
    }
    status.set("Loading workloads…");
    tasks.run(
        "Watching workloads and Sources",
        () -> next.watch(sink(mine)),
        w -> {
          if (mine == generation) {
            watch = w;
            status.set("Live");
          } else {
            close(w);
          }
        },
        e -> {
          if (mine == generation) {
            status.set("Cannot watch: " + ErrorText.of(e));
          }
        });
  }

  private SourceStore.Sink sink(long mine) {
    return new SourceStore.Sink() {
      @Override
      public void namespace(String name, boolean present) {
        enqueue(
            mine,
            d -> {
              if (present) {
                namespaces.computeIfAbsent(name, Namespace::new);
              } else {
                namespaces.remove(name);
                ics.keySet().removeIf(k -> k.namespace().equals(name));
              }
              d.namespaces.add(name);
            });
      }

      @Override
      public void workload(WorkloadKey key, boolean present) {
        enqueue(
            mine,
            d -> {
              Namespace ns = namespaces.computeIfAbsent(key.namespace(), Namespace::new);
              if (present) {
                if (!ns.rows.containsKey(key)) {
                  ns.rows.put(key, row(ns, key));
                  d.workloads.add(key);
                }
              } else {
                ns.rows.remove(key);
              }
              d.namespaces.add(key.namespace());
            });
      }

      @Override
      public void source(Source s, boolean present) {
        String nsName = s.getMetadata().getNamespace();
        enqueue(
            mine,
            d -> {
              Namespace ns = namespaces.computeIfAbsent(nsName, Namespace::new);
              if (present) {
                ns.sources.put(s.getMetadata().getName(), s);
              } else {
                ns.sources.remove(s.getMetadata().getName());
              }
              d.workloads.addAll(ns.rows.keySet());
              d.namespaces.add(nsName);
            });
      }

      @Override
      public void instrumentationConfig(InstrumentationConfig ic, boolean present) {
        WorkloadKey key =
            WorkloadKey.ofInstrumentationConfig(
                ic.getMetadata().getNamespace(), ic.getMetadata().getName());
        if (key == null) {
          return;
        }
        enqueue(
            mine,
            d -> {
              if (present) {
                ics.put(key, ic);
              } else {
                ics.remove(key);
              }
              d.workloads.add(key);
              d.namespaces.add(key.namespace());
            });
      }
    };
  }

  private void enqueue(long mine, Consumer<Dirty> update) {
    updates.add(
        d -> {
          if (mine == generation) {
            update.accept(d);
          }
        });
    if (drainScheduled.compareAndSet(false, true)) {
      tasks.onUi(this::drain);
    }
  }

  /** Applies every queued watch event, then recomputes what they touched, once. */
  private void drain() {
    drainScheduled.set(false);
    Dirty dirty = new Dirty();
    Consumer<Dirty> u;
    while ((u = updates.poll()) != null) {
      u.accept(dirty);
    }
    for (WorkloadKey key : dirty.workloads) {
      Namespace ns = namespaces.get(key.namespace());
      if (ns != null && ns.rows.containsKey(key)) {
        ns.rows.put(key, row(ns, key));
      }
    }
    for (String name : dirty.namespaces) {
      Namespace ns = namespaces.get(name);
      if (ns != null) {
        ns.header = header(ns);
      }
    }
    rebuild();
  }

  private WorkloadRow row(Namespace ns, WorkloadKey key) {
    return WorkloadStatus.row(key, ns.sources.values(), ics.get(key));
  }

  private static NamespaceRow header(Namespace ns) {
    int instrumented =
        (int) ns.rows.values().stream().filter(r -> r.state() == AgentState.INSTRUMENTED).count();
    String text = "";
    for (Source s : ns.sources.values()) {
      var w = s.getSpec() == null ? null : s.getSpec().getWorkload();
      if (w != null && SourcePlans.NAMESPACE.equals(w.getKind()) && ns.name.equals(w.getName())) {
        if (s.getSpec().disablesInstrumentation()) {
          text = "opted out by Source " + s.getMetadata().getName();
          break;
        }
        text = "instrumented by namespace Source " + s.getMetadata().getName();
      }
    }
    return NamespaceRow.of(ns.name, ns.rows.size(), instrumented, text);
  }

  private void applyFilter(String text) {
    tokens =
        text == null || text.isBlank()
            ? new String[0]
            : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    rebuild();
  }

  /** The visible rows: every namespace with its matching workloads, in order. */
  private void rebuild() {
    List<SourcesRow> rows = new ArrayList<>(visible.size() + 64);
    int total = 0;
    for (Namespace ns : namespaces.values()) {
      total += ns.rows.size();
      int headerAt = rows.size();
      boolean any = false;
      for (WorkloadRow r : ns.rows.values()) {
        if (matches(r.searchKey())) {
          if (!any) {
            rows.add(ns.header);
            any = true;
          }
          rows.add(r);
        }
      }
      if (!any && matches(ns.header.searchKey())) {
        rows.add(headerAt, ns.header);
      }
    }
    workloadCount.set(total);
    visible.setAll(rows);
  }

  private boolean matches(String key) {
    for (String t : tokens) {
      if (!key.contains(t)) {
        return false;
      }
    }
    return true;
  }

  // ---- selection and actions

  /** The rows the user selected (the view calls this on every selection change). */
  public void select(List<? extends SourcesRow> rows) {
    selected.clear();
    rows.forEach(r -> selected.add(id(r)));
  }

  /** A row's identity across updates: the namespace name or the workload key. */
  public static Object id(SourcesRow r) {
    return r instanceof WorkloadRow w ? w.key() : r.namespace();
  }

  /** Whether the row is among the selected ones (after the list was rebuilt). */
  public boolean isSelected(SourcesRow r) {
    return selected.contains(id(r));
  }

  private List<WorkloadKey> selectedWorkloads() {
    return selected.stream()
        .filter(WorkloadKey.class::isInstance)
        .map(WorkloadKey.class::cast)
        .toList();
  }

  private List<String> selectedNamespaces() {
    return selected.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  private List<Source> sourcesOf(String namespace) {
    Namespace ns = namespaces.get(namespace);
    return ns == null ? List.of() : List.copyOf(ns.sources.values());
  }

  /** Instrument the selected namespaces (or those of the selected workloads), after a dry run. */
  public void instrumentNamespaces() {
    Set<String> names = new LinkedHashSet<>(selectedNamespaces());
    selectedWorkloads().forEach(k -> names.add(k.namespace()));
    if (names.isEmpty()) {
      status.set("Select a namespace first.");
      return;
    }
    SourcePlans.Plan plan = SourcePlans.instrumentNamespaces(names, this::sourcesOf);
    List<WorkloadKey> affected = new ArrayList<>();
    for (String n : names) {
      Namespace ns = namespaces.get(n);
      if (ns != null) {
        ns.rows.values().stream()
            .filter(r -> r.state() == AgentState.NOT_INSTRUMENTED)
            .forEach(r -> affected.add(r.key()));
      }
    }
    propose(
        "Instrument namespace" + (names.size() > 1 ? "s " : " ") + String.join(", ", names),
        plan,
        affected);
  }

  /** Instrument the selected workloads with workload Sources, after a dry run. */
  public void instrumentSelected() {
    List<WorkloadKey> keys = selectedWorkloads();
    if (keys.isEmpty()) {
      status.set("Select workloads first.");
      return;
    }
    propose(
        "Instrument " + keys.size() + (keys.size() == 1 ? " workload" : " workloads"),
        SourcePlans.instrumentWorkloads(keys, this::sourcesOf),
        keys);
  }

  /** Opt the selected workloads out (also from a namespace Source). */
  public void optOutSelected() {
    List<WorkloadKey> keys = selectedWorkloads();
    if (keys.isEmpty()) {
      status.set("Select workloads first.");
      return;
    }
    apply(SourcePlans.optOut(keys, this::sourcesOf));
  }

  /** Delete the Sources of the selected workloads and namespaces. */
  public void removeSelected() {
    if (selected.isEmpty()) {
      status.set("Select workloads or namespaces first.");
      return;
    }
    apply(SourcePlans.remove(selectedWorkloads(), selectedNamespaces(), this::sourcesOf));
  }

  private void propose(String title, SourcePlans.Plan plan, List<WorkloadKey> affected) {
    if (plan.isEmpty()) {
      status.set(String.join("; ", plan.notes()));
      return;
    }
    List<WorkloadKey> previewed = affected.stream().limit(MAX_PREVIEWS).toList();
    int more = affected.size() - previewed.size();
    SourceStore s = store;
    long mine = generation;
    ProgrammingLanguage assumed = assumedLanguage.get();
    tasks.run(
        "Dry run of " + title,
        () -> s.preview(previewed, assumed),
        previews -> {
          if (mine == generation) {
            proposal.set(
                new DryRunProposal(
                    title, plan, previewed, more, notes(plan) + DryRunText.render(previews, more)));
          }
        },
        e -> status.set("Dry run failed: " + ErrorText.of(e)));
  }

  private void repreview() {
    DryRunProposal p = proposal.get();
    if (p != null) {
      proposal.set(null);
      List<WorkloadKey> all = new ArrayList<>(p.previewed());
      propose(p.title(), p.plan(), all);
    }
  }

  private static String notes(SourcePlans.Plan plan) {
    StringBuilder s = new StringBuilder("Will ");
    s.append(plan.changes().stream().map(SourceChange::describe).collect(Collectors.joining(", ")));
    s.append(".\n");
    plan.notes().forEach(n -> s.append("Note: ").append(n).append('\n'));
    return s.append('\n').toString();
  }

  /** The user accepted the dry run: write the Sources. */
  public void confirm() {
    DryRunProposal p = proposal.get();
    proposal.set(null);
    if (p != null) {
      apply(p.plan());
    }
  }

  /** The user declined the dry run. */
  public void cancel() {
    proposal.set(null);
    status.set("Nothing changed.");
  }

  private void apply(SourcePlans.Plan plan) {
    if (plan.isEmpty()) {
      status.set(plan.notes().isEmpty() ? "Nothing to change." : String.join("; ", plan.notes()));
      return;
    }
    SourceStore s = store;
    String what =
        plan.changes().size() == 1
            ? plan.changes().getFirst().describe()
            : plan.changes().size() + " Source changes";
    tasks.run(
        "Sources: " + what,
        () -> {
          s.apply(plan.changes());
          return plan;
        },
        done ->
            status.set(
                "Done: "
                    + what
                    + (done.notes().isEmpty() ? "" : ". " + String.join("; ", done.notes()))),
        e -> status.set("Failed: " + ErrorText.of(e)));
  }

  private void stopWatch() {
    if (watch != null) {
      close(watch);
      watch = null;
    }
  }

  private static void close(AutoCloseable w) {
    try {
      w.close();
    } catch (Exception e) {
      log.debug("Closing a watch: {}", e.getMessage());
    }
  }

  public void close() {
    generation++;
    stopWatch();
  }

  /** The grouped, filtered rows: namespace headers each followed by their workloads. */
  public ObservableList<SourcesRow> rows() {
    return visible;
  }

  public StringProperty filterProperty() {
    return filter;
  }

  /** All workloads known, filtered or not. */
  public ReadOnlyIntegerProperty workloadCountProperty() {
    return workloadCount;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  /** The dry run waiting for {@link #confirm()} or {@link #cancel()}; null when none. */
  public ReadOnlyObjectProperty<DryRunProposal> proposalProperty() {
    return proposal;
  }

  /** The language the dry run assumes for containers not inspected yet; null: none. */
  public ObjectProperty<ProgrammingLanguage> assumedLanguageProperty() {
    return assumedLanguage;
  }
}
