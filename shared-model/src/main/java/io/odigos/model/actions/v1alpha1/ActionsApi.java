package io.odigos.model.actions.v1alpha1;

/** Constants of the legacy {@code actions.odigos.io/v1alpha1} API group. */
public final class ActionsApi {
  public static final String GROUP = "actions.odigos.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;

  private ActionsApi() {}
}
