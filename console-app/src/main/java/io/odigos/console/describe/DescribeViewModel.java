package io.odigos.console.describe;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import io.odigos.console.describe.WorkloadStory.ConditionLine;
import io.odigos.console.describe.WorkloadStory.EnvLine;
import io.odigos.console.describe.WorkloadStory.EventLine;
import io.odigos.console.describe.WorkloadStory.InstanceLine;
import io.odigos.console.describe.WorkloadStory.PodLine;
import io.odigos.console.describe.WorkloadStory.SourceLine;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Describe: one workload's whole story, kept live by the source's watch (a condition that changes
 * on its InstrumentationConfig shows up without a click). One workload at a time; describing
 * another stops the old watch.
 */
public final class DescribeViewModel {
  private static final Logger log = LoggerFactory.getLogger(DescribeViewModel.class);

  private final Tasks tasks;
  private final ObjectProperty<WorkloadKey> workload = new SimpleObjectProperty<>();
  private final StringProperty title = new SimpleStringProperty("Describe");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty envPod = new SimpleStringProperty("");
  private final ObservableList<SourceLine> sources = FXCollections.observableArrayList();
  private final ObservableList<ConditionLine> conditions = FXCollections.observableArrayList();
  private final ObservableList<PodLine> pods = FXCollections.observableArrayList();
  private final ObservableList<EnvLine> env = FXCollections.observableArrayList();
  private final ObservableList<EventLine> events = FXCollections.observableArrayList();
  private final ObservableList<InstanceLine> instances = FXCollections.observableArrayList();

  private StorySource source;
  private AutoCloseable watch;
  private long generation;

  public DescribeViewModel(Tasks tasks) {
    this.tasks = tasks;
  }

  /** The cluster changed ({@code null}: disconnected): forget the workload. */
  public void useSource(StorySource next) {
    stop();
    source = next;
    workload.set(null);
    show(WorkloadStory.empty(null));
    title.set("Describe");
    status.set(next == null ? "Not connected." : "Pick a workload in Sources to describe it.");
  }

  /** Describes the workload, live, until another one is picked. */
  public void describe(WorkloadKey key) {
    stop();
    long mine = ++generation;
    workload.set(key);
    title.set(key.toString());
    show(WorkloadStory.empty(key));
    StorySource s = source;
    if (s == null) {
      status.set("Not connected.");
      return;
    }
    status.set("Reading…");
    tasks.run(
        "Describing " + key,
        () ->
            s.watch(
                key,
                story ->
                    tasks.onUi(
                        () -> {
                          if (mine == generation) {
                            show(story);
                            status.set("Live");
                          }
                        })),
        w -> {
          if (mine == generation) {
            watch = w;
          } else {
            close(w);
          }
        },
        e -> {
          if (mine == generation) {
            status.set("Cannot describe: " + ErrorText.of(e));
          }
        });
  }

  private void show(WorkloadStory story) {
    sources.setAll(story.sources());
    conditions.setAll(story.conditions());
    pods.setAll(story.pods());
    env.setAll(story.env());
    events.setAll(story.events());
    instances.setAll(story.instances());
    envPod.set(story.envPod());
    summary.set(summary(story));
  }

  /** One paragraph: is the workload there, who instruments it, does the agent run. Pure. */
  public static String summary(WorkloadStory story) {
    if (story.workload() == null) {
      return "";
    }
    if (!story.workloadFound()) {
      return story.workload() + " was not found (yet).";
    }
    StringBuilder s = new StringBuilder();
    if (story.sources().isEmpty()) {
      s.append("No Source selects it: not instrumented.");
    } else {
      s.append(
          story.sources().stream()
              .map(
                  l ->
                      l.scope()
                          + " Source "
                          + l.name()
                          + ("opts out".equals(l.effect()) ? " opts it out" : " instruments it"))
              .collect(Collectors.joining("; ", "", ".")));
    }
    story.conditions().stream()
        .filter(c -> "AgentEnabled".equals(c.type()))
        .findFirst()
        .ifPresent(
            c ->
                s.append(" Agent: ")
                    .append("True".equals(c.status()) ? "enabled" : "not enabled")
                    .append(c.message().isBlank() ? "" : " — " + c.message())
                    .append('.'));
    long withAgent = story.pods().stream().filter(PodLine::agent).count();
    s.append(' ')
        .append(story.pods().size())
        .append(story.pods().size() == 1 ? " pod, " : " pods, ")
        .append(withAgent)
        .append(" with the agent.");
    return s.toString();
  }

  private void stop() {
    generation++;
    if (watch != null) {
      close(watch);
      watch = null;
    }
  }

  private static void close(AutoCloseable w) {
    try {
      w.close();
    } catch (Exception e) {
      log.debug("Closing a describe watch: {}", e.getMessage());
    }
  }

  public void close() {
    stop();
  }

  public ReadOnlyObjectProperty<WorkloadKey> workloadProperty() {
    return workload;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  /** The pod whose env is listed, "" when the template's env is shown. */
  public ReadOnlyStringProperty envPodProperty() {
    return envPod;
  }

  public ObservableList<SourceLine> sources() {
    return sources;
  }

  public ObservableList<ConditionLine> conditions() {
    return conditions;
  }

  public ObservableList<PodLine> pods() {
    return pods;
  }

  public ObservableList<EnvLine> env() {
    return env;
  }

  public ObservableList<EventLine> events() {
    return events;
  }

  public ObservableList<InstanceLine> instances() {
    return instances;
  }
}
