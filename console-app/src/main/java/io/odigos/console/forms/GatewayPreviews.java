package io.odigos.console.forms;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.odigos.model.render.ConfigPreview;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.GatewayRender;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Sampling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The gateway config before and after one Action, Sampling or Destination is created, changed or (a
 * Destination) deleted, rendered by shared-model's {@link GatewayConfigRenderer} from the same
 * snapshot, so the diff shows only what the change does. The renderer's rejection of the changed
 * object is what the form shows. Pure.
 */
public final class GatewayPreviews {
  /** Both renderings use the same settings; the diff does not depend on them. */
  static final GatewaySettings SETTINGS = GatewaySettings.defaults("preview");

  private final GatewayConfigRenderer renderer;

  public GatewayPreviews(GatewayConfigRenderer renderer) {
    this.renderer = renderer;
  }

  public ChangePreview withAction(PipelineSnapshot now, Action proposed) {
    List<Action> after = replaced(now.actions(), proposed);
    GatewayRender before = render(now, now.actions(), now.samplings());
    GatewayRender changed = render(now, after, now.samplings());
    return preview(before, changed, "Action/" + proposed.getMetadata().getName());
  }

  public ChangePreview withSampling(PipelineSnapshot now, Sampling proposed) {
    List<Sampling> after = replaced(now.samplings(), proposed);
    GatewayRender before = render(now, now.actions(), now.samplings());
    GatewayRender changed = render(now, now.actions(), after);
    return preview(before, changed, "Sampling/" + proposed.getMetadata().getName());
  }

  /** A Destination created or changed ({@code proposed} carries its Secret's keys only). */
  public ChangePreview withDestination(PipelineSnapshot now, RenderableDestination proposed) {
    List<RenderableDestination> after = new ArrayList<>();
    for (RenderableDestination d : now.destinations()) {
      if (!d.name().equals(proposed.name())) {
        after.add(d);
      }
    }
    after.add(proposed);
    after.sort(Comparator.comparing(RenderableDestination::name));
    GatewayRender before = render(now, now.destinations(), now.actions(), now.samplings());
    GatewayRender changed = render(now, after, now.actions(), now.samplings());
    List<String> rejections = new ArrayList<>();
    String error = changed.destinationErrors().get(proposed.name());
    if (error != null) {
      rejections.addAll(Inputs.sentences(error));
    }
    return new ChangePreview(ConfigPreview.of(before.yaml(), changed), rejections);
  }

  /** A Destination deleted: the gateway without it. */
  public ChangePreview withoutDestination(PipelineSnapshot now, String name) {
    List<RenderableDestination> after =
        now.destinations().stream().filter(d -> !d.name().equals(name)).toList();
    GatewayRender before = render(now, now.destinations(), now.actions(), now.samplings());
    GatewayRender changed = render(now, after, now.actions(), now.samplings());
    return new ChangePreview(ConfigPreview.of(before.yaml(), changed), List.of());
  }

  private GatewayRender render(
      PipelineSnapshot now, List<Action> actions, List<Sampling> samplings) {
    return render(now, now.destinations(), actions, samplings);
  }

  private GatewayRender render(
      PipelineSnapshot now,
      List<RenderableDestination> destinations,
      List<Action> actions,
      List<Sampling> samplings) {
    return renderer.render(destinations, actions, now.processors(), samplings, SETTINGS);
  }

  private static ChangePreview preview(GatewayRender before, GatewayRender after, String key) {
    List<String> rejections = new ArrayList<>();
    var rejection = after.actionErrors().get(key);
    if (rejection != null) {
      rejections.addAll(Inputs.sentences(rejection.message()));
    }
    return new ChangePreview(ConfigPreview.of(before.yaml(), after), rejections);
  }

  /** The list with the object of the same name replaced (or added), sorted by name. */
  static <T extends HasMetadata> List<T> replaced(List<T> all, T proposed) {
    List<T> out = new ArrayList<>();
    for (T t : all) {
      if (!Objects.equals(t.getMetadata().getName(), proposed.getMetadata().getName())) {
        out.add(t);
      }
    }
    out.add(proposed);
    out.sort(Comparator.comparing(t -> t.getMetadata().getName()));
    return out;
  }
}
