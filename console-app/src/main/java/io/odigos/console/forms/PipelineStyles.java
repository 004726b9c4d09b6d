package io.odigos.console.forms;

/**
 * The stylesheet of the pipeline views (topology, health dots, the diff dialog). It only adds
 * classes on top of the console's base stylesheet and uses its looked-up colours, so both themes
 * work.
 */
public final class PipelineStyles {
  private PipelineStyles() {}

  public static String url() {
    return PipelineStyles.class.getResource("pipeline.css").toExternalForm();
  }
}
