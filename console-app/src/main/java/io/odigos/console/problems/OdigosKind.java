package io.odigos.console.problems;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;

/**
 * The {@code odigos.io/v1alpha1} kinds whose status carries conditions, watched by Problems.
 *
 * @param kind the kind
 * @param plural its resource name
 */
public record OdigosKind(String kind, String plural) {
  static final String GROUP = "odigos.io";
  static final String VERSION = "v1alpha1";

  public static final List<OdigosKind> WITH_CONDITIONS =
      List.of(
          new OdigosKind("InstrumentationConfig", "instrumentationconfigs"),
          new OdigosKind("Source", "sources"),
          new OdigosKind("Destination", "destinations"),
          new OdigosKind("Action", "actions"),
          new OdigosKind("InstrumentationRule", "instrumentationrules"),
          new OdigosKind("Sampling", "samplings"),
          new OdigosKind("CollectorsGroup", "collectorsgroups"),
          new OdigosKind("Processor", "processors"),
          new OdigosKind("InstrumentationInstance", "instrumentationinstances"));

  /** The CRD's name, {@code <plural>.odigos.io}. */
  public String crdName() {
    return plural + "." + GROUP;
  }

  ResourceDefinitionContext context() {
    return new ResourceDefinitionContext.Builder()
        .withGroup(GROUP)
        .withVersion(VERSION)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(true)
        .build();
  }
}
