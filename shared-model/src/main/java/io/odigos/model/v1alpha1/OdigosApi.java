package io.odigos.model.v1alpha1;

/** Constants of the {@code odigos.io/v1alpha1} API group. */
public final class OdigosApi {
  public static final String GROUP = "odigos.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;

  private OdigosApi() {}
}
