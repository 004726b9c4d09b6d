package io.odigos.console.forms;

import io.odigos.model.render.ConfigPreview;
import java.util.List;

/**
 * What saving a change would do to the gateway: the rendered config's diff and the renderer's
 * rejection of the changed object, if any (then it must not be saved).
 *
 * @param preview the gateway config without and with the change
 * @param rejections messages of the renderer about the changed object
 */
public record ChangePreview(ConfigPreview preview, List<String> rejections) {
  public ChangePreview {
    rejections = List.copyOf(rejections);
  }

  public boolean rejected() {
    return !rejections.isEmpty();
  }
}
