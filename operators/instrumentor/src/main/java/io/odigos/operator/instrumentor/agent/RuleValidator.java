package io.odigos.operator.instrumentor.agent;

import io.odigos.model.v1alpha1.HeadersCollection;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec.InstrumentationLibraryGlobalId;
import io.odigos.model.v1alpha1.PayloadCollection;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what makes an InstrumentationRule unusable, in words a person can act on. A rule with any
 * problem is left out of every workload's SDK settings (and says so in its status) rather than
 * applied in part. Pure.
 */
public final class RuleValidator {
  private RuleValidator() {}

  /** Every problem of the rule; empty when it can be applied. */
  public static List<String> problems(InstrumentationRule rule) {
    List<String> problems = new ArrayList<>();
    InstrumentationRuleSpec spec = rule.getSpec();
    if (spec == null) {
      problems.add("spec is missing");
      return problems;
    }
    if (spec.getWorkloads() != null) {
      for (int i = 0; i < spec.getWorkloads().size(); i++) {
        workload(problems, "workloads[" + i + "]", spec.getWorkloads().get(i));
      }
    }
    if (spec.getInstrumentationLibraries() != null) {
      for (int i = 0; i < spec.getInstrumentationLibraries().size(); i++) {
        library(
            problems,
            "instrumentationLibraries[" + i + "]",
            spec.getInstrumentationLibraries().get(i));
      }
    }
    headers(problems, spec.getHeadersCollection());
    payload(problems, spec.getPayloadCollection());
    distros(problems, spec.getOtelDistros());
    return problems;
  }

  private static void workload(List<String> problems, String at, PodWorkload w) {
    if (w == null) {
      problems.add(at + " is empty");
      return;
    }
    boolean namespaceKind = "Namespace".equals(w.getKind());
    if (!namespaceKind && WorkloadKind.of(w.getKind()).isEmpty()) {
      problems.add(
          at
              + ".kind '"
              + w.getKind()
              + "' is not one of Deployment, StatefulSet, DaemonSet, CronJob, Namespace");
    }
    if (blank(w.getName())) {
      problems.add(at + ".name is empty");
    }
    if (!namespaceKind && blank(w.getNamespace())) {
      problems.add(at + ".namespace is empty");
    }
  }

  private static void library(
      List<String> problems, String at, InstrumentationLibraryGlobalId library) {
    if (library == null) {
      problems.add(at + " is empty");
      return;
    }
    if (blank(library.name())) {
      problems.add(at + ".name is empty");
    }
    if (library.language() == null) {
      problems.add(at + ".language is missing");
    }
  }

  private static void headers(List<String> problems, HeadersCollection headers) {
    if (headers == null || headers.headerKeys() == null) {
      return;
    }
    for (int i = 0; i < headers.headerKeys().size(); i++) {
      String key = headers.headerKeys().get(i);
      if (blank(key) || !key.strip().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        problems.add(
            "headersCollection.headerKeys[" + i + "] '" + key + "' is not an HTTP header name");
      }
    }
  }

  private static void payload(List<String> problems, PayloadCollection payload) {
    if (payload == null) {
      return;
    }
    http(problems, "payloadCollection.httpRequest", payload.httpRequest());
    http(problems, "payloadCollection.httpResponse", payload.httpResponse());
    if (payload.dbQuery() != null) {
      length(problems, "payloadCollection.dbQuery", payload.dbQuery().maxPayloadLength());
    }
    if (payload.messaging() != null) {
      length(problems, "payloadCollection.messaging", payload.messaging().maxPayloadLength());
    }
  }

  private static void http(List<String> problems, String at, PayloadCollection.HttpPayload http) {
    if (http == null) {
      return;
    }
    length(problems, at, http.maxPayloadLength());
    if (http.mimeTypes() != null && http.mimeTypes().stream().anyMatch(RuleValidator::blank)) {
      problems.add(at + ".mimeTypes has an empty entry");
    }
  }

  private static void length(List<String> problems, String at, Long max) {
    if (max != null && max <= 0) {
      problems.add(at + ".maxPayloadLength must be positive, not " + max);
    }
  }

  private static void distros(List<String> problems, InstrumentationRuleSpec.OtelDistros distros) {
    if (distros == null) {
      return;
    }
    if (distros.otelDistroNames() == null || distros.otelDistroNames().isEmpty()) {
      problems.add("otelDistros.otelDistroNames is empty");
      return;
    }
    Map<ProgrammingLanguage, String> perLanguage = new HashMap<>();
    for (String name : distros.otelDistroNames()) {
      Optional<ProgrammingLanguage> language = DistroSelector.languageOf(name);
      if (language.isEmpty()) {
        problems.add(
            "otelDistros names unknown distribution '"
                + name
                + "'; known: "
                + String.join(", ", DistroSelector.distroNames()));
      } else if (perLanguage.putIfAbsent(language.get(), name) != null) {
        problems.add(
            "otelDistros names two distributions for "
                + language.get().wireName()
                + ": "
                + perLanguage.get(language.get())
                + " and "
                + name);
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
