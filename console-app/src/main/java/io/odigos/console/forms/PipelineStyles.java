package io.odigos.console.forms;

/**
 * The stylesheet of the pipeline views (topology, health dots, the diff dialog). It only adds
 * classes on top of the console's base stylesheet and uses its looked-up colours, so both themes
 * work.
 */
public final class PipelineStyles {
  /** The class of each pipeline view's root, where the sheet's own colour variables live. */
  public static final String VIEW_CLASS = "pipeline-view";

  private PipelineStyles() {}

  public static String url() {
    return PipelineStyles.class.getResource("pipeline.css").toExternalForm();
  }
}
