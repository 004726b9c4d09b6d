package io.odigos.model.render.action;

import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Translates an {@link Action} into the collector processors that carry it out. Pure; every way an
 * Action can be wrong ends in an {@link InvalidActionException} with a message for the user.
 */
public final class ActionProcessors {

  /** Where each kind of action sits in the gateway chain: enrich, then rename, delete, mask. */
  static final int ORDER_ADD_CLUSTER_INFO = 10;

  static final int ORDER_RENAME = 20;
  static final int ORDER_DELETE = 30;
  static final int ORDER_PII_MASKING = 40;

  /** The payload fields of an Action, by their wire name; exactly one must be set. */
  private static final Map<String, Function<ActionSpec, Object>> PAYLOADS = payloads();

  private ActionProcessors() {}

  /** Empty when the action is disabled or only affects the node collector's k8sattributes. */
  public static List<ProcessorDefinition> translate(Action action) throws InvalidActionException {
    ActionSpec spec = action.getSpec();
    String name = action.getMetadata().getName();
    if (spec == null) {
      throw new InvalidActionException("MissingSpec", "action " + name + " has no spec");
    }
    String payload = payloadName(name, spec);
    Set<ObservabilitySignal> signals = signals(name, spec);
    if (Boolean.TRUE.equals(spec.getDisabled())) {
      return List.of();
    }
    return switch (payload) {
      case "addClusterInfo" -> {
        if (spec.getAddClusterInfo().clusterAttributes() == null
            || spec.getAddClusterInfo().clusterAttributes().isEmpty()) {
          throw invalid(name, "addClusterInfo needs at least one entry in clusterAttributes");
        }
        yield gateway(
            "resource/" + name,
            AttributeActions.addClusterInfo(spec.getAddClusterInfo()),
            signals,
            ORDER_ADD_CLUSTER_INFO);
      }
      case "deleteAttribute" -> {
        List<String> keys = spec.getDeleteAttribute().attributeNamesToDelete();
        if (keys == null
            || keys.isEmpty()
            || keys.stream().anyMatch(k -> k == null || k.isBlank())) {
          throw invalid(name, "deleteAttribute needs one or more non-empty attributeNamesToDelete");
        }
        yield gateway(
            "transform/" + name,
            AttributeActions.deleteAttribute(spec.getDeleteAttribute(), signals),
            signals,
            ORDER_DELETE);
      }
      case "renameAttribute" -> {
        Map<String, String> renames = spec.getRenameAttribute().renames();
        if (renames == null || renames.isEmpty()) {
          throw invalid(name, "renameAttribute needs at least one old-to-new entry in renames");
        }
        for (var e : renames.entrySet()) {
          if (e.getKey().isBlank() || e.getValue() == null || e.getValue().isBlank()) {
            throw invalid(name, "renameAttribute cannot rename to or from an empty key");
          }
          if (e.getKey().equals(e.getValue())) {
            throw invalid(name, "renameAttribute renames \"" + e.getKey() + "\" to itself");
          }
        }
        yield gateway(
            "transform/" + name,
            AttributeActions.renameAttribute(spec.getRenameAttribute(), signals),
            signals,
            ORDER_RENAME);
      }
      case "piiMasking" -> {
        var categories = spec.getPiiMasking().piiCategories();
        var custom = spec.getPiiMasking().customRegexes();
        boolean noCategory = categories == null || categories.isEmpty();
        if ((noCategory && (custom == null || custom.isEmpty()))
            || (categories != null && categories.stream().anyMatch(Objects::isNull))) {
          throw invalid(
              name,
              "piiMasking needs piiCategories from: CREDIT_CARD, EMAIL, JWT, UUID, or"
                  + " customRegexes");
        }
        for (String regex : custom == null ? List.<String>of() : custom) {
          var problem = PiiPatterns.checkCustom(regex);
          if (problem.isPresent()) {
            throw invalid(name, problem.get());
          }
        }
        yield gateway(
            "redaction/" + name,
            AttributeActions.piiMasking(spec.getPiiMasking()),
            signals,
            ORDER_PII_MASKING);
      }
      // applied to the node collector's k8sattributes processor, see NodeCollectorConfigRenderer
      case "k8sAttributes" -> List.of();
      // a trace-level decision: all samplers of all actions become one tail_sampling processor
      case "samplers" -> List.of();
      default ->
          throw new InvalidActionException(
              "UnsupportedAction",
              "action "
                  + name
                  + ": "
                  + payload
                  + " is not supported by this collector distribution yet");
    };
  }

  /** The wire name of the single payload an Action carries. */
  public static String payloadName(String name, ActionSpec spec) throws InvalidActionException {
    List<String> set = new ArrayList<>();
    PAYLOADS.forEach(
        (field, getter) -> {
          if (getter.apply(spec) != null) {
            set.add(field);
          }
        });
    if (set.isEmpty()) {
      throw new InvalidActionException(
          "NoPayload",
          "action " + name + " sets no action; set exactly one of " + PAYLOADS.keySet());
    }
    if (set.size() > 1) {
      throw new InvalidActionException(
          "MultiplePayloads",
          "action "
              + name
              + " sets "
              + set.size()
              + " actions ("
              + String.join(", ", set)
              + "); an Action carries exactly one");
    }
    return set.getFirst();
  }

  private static Set<ObservabilitySignal> signals(String name, ActionSpec spec)
      throws InvalidActionException {
    if (spec.getSignals() == null || spec.getSignals().isEmpty()) {
      throw new InvalidActionException(
          "NoSignals", "action " + name + " lists no signals (TRACES, METRICS, LOGS)");
    }
    Set<ObservabilitySignal> signals = EnumSet.noneOf(ObservabilitySignal.class);
    spec.getSignals().stream().filter(Objects::nonNull).forEach(signals::add);
    signals.remove(ObservabilitySignal.PROFILES);
    if (signals.isEmpty()) {
      throw new InvalidActionException(
          "NoSignals", "action " + name + " applies to no signal it can process");
    }
    return signals;
  }

  private static List<ProcessorDefinition> gateway(
      String id, Map<String, Object> config, Set<ObservabilitySignal> signals, int order) {
    return List.of(
        new ProcessorDefinition(id, config, signals, CollectorsGroupRole.CLUSTER_GATEWAY, order));
  }

  private static InvalidActionException invalid(String name, String message) {
    return new InvalidActionException("InvalidPayload", "action " + name + ": " + message);
  }

  private static Map<String, Function<ActionSpec, Object>> payloads() {
    Map<String, Function<ActionSpec, Object>> m = new LinkedHashMap<>();
    m.put("addClusterInfo", ActionSpec::getAddClusterInfo);
    m.put("deleteAttribute", ActionSpec::getDeleteAttribute);
    m.put("renameAttribute", ActionSpec::getRenameAttribute);
    m.put("piiMasking", ActionSpec::getPiiMasking);
    m.put("k8sAttributes", ActionSpec::getK8sAttributes);
    m.put("urlTemplatization", ActionSpec::getUrlTemplatization);
    m.put("spanRenamer", ActionSpec::getSpanRenamer);
    m.put("extractAttribute", ActionSpec::getExtractAttribute);
    m.put("dbQueryTemplatization", ActionSpec::getDbQueryTemplatization);
    m.put("inferDbAttributes", ActionSpec::getInferDbAttributes);
    m.put("samplers", ActionSpec::getSamplers);
    return m;
  }
}
