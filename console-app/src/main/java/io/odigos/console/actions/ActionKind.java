package io.odigos.console.actions;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Action payloads the console has a form for, by their wire name in the spec. An Action carries
 * exactly one of them; the others (URL templatization, span renamer...) are shown but not editable
 * here.
 */
public enum ActionKind {
  ADD_CLUSTER_INFO("addClusterInfo", "Add cluster info", "Adds fixed resource attributes."),
  DELETE_ATTRIBUTE("deleteAttribute", "Delete attributes", "Removes attributes by key."),
  RENAME_ATTRIBUTE("renameAttribute", "Rename attributes", "Renames attribute keys."),
  PII_MASKING("piiMasking", "PII masking", "Masks personal data in attribute values."),
  K8S_ATTRIBUTES(
      "k8sAttributes", "Kubernetes attributes", "Adds labels and uids, in the node collector."),
  SAMPLERS("samplers", "Trace sampling", "Tail sampling of whole traces in the gateway.");

  private final String wireName;
  private final String title;
  private final String help;

  ActionKind(String wireName, String title, String help) {
    this.wireName = wireName;
    this.title = title;
    this.help = help;
  }

  public String wireName() {
    return wireName;
  }

  public String title() {
    return title;
  }

  public String help() {
    return help;
  }

  public static Optional<ActionKind> ofWireName(String wire) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(wire)).findFirst();
  }

  @Override
  public String toString() {
    return title;
  }
}
