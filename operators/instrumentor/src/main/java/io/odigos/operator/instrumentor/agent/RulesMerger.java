package io.odigos.operator.instrumentor.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.odigos.model.v1alpha1.CodeAttributes;
import io.odigos.model.v1alpha1.HeadersCollection;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec.InstrumentationLibraryGlobalId;
import io.odigos.model.v1alpha1.PayloadCollection;
import io.odigos.model.v1alpha1.PayloadCollection.HttpPayload;
import io.odigos.model.v1alpha1.PayloadCollection.Payload;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.SdkConfig;
import io.odigos.model.v1alpha1.SdkConfig.InstrumentationLibraryConfig;
import io.odigos.model.v1alpha1.SdkConfig.LibraryId;
import io.odigos.model.v1alpha1.SdkConfig.LibraryTraceConfig;
import io.odigos.model.v1alpha1.SpanKind;
import io.odigos.model.v1alpha1.TraceConfig;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the InstrumentationRules that apply to a workload into one {@link SdkConfig} per language.
 * A rule without {@code instrumentationLibraries} sets the SDK-wide defaults; a rule with them sets
 * those libraries only. Pure, and independent of rule order: where rules disagree, the setting that
 * records more wins (any code attribute asked for, every header asked for, the largest payload, all
 * MIME types when one rule leaves them open), except tracing, which any rule can turn off.
 */
public final class RulesMerger {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RulesMerger() {}

  /**
   * @param rules valid rules only (see {@link RuleValidator})
   * @param languages the workload's languages that have an SDK
   */
  public static List<SdkConfig> merge(
      Collection<InstrumentationRule> rules,
      WorkloadRef workload,
      Collection<ProgrammingLanguage> languages) {
    List<InstrumentationRuleSpec> applying =
        rules.stream()
            .map(InstrumentationRule::getSpec)
            .filter(s -> s != null && !Boolean.TRUE.equals(s.getDisabled()))
            .filter(s -> appliesTo(s, workload))
            .toList();
    return languages.stream()
        .distinct()
        .sorted(Comparator.comparing(ProgrammingLanguage::wireName))
        .map(language -> sdkConfig(language, applying))
        .toList();
  }

  /** True when the rule's workload scope includes the workload (no scope: every workload). */
  public static boolean appliesTo(InstrumentationRuleSpec spec, WorkloadRef workload) {
    if (spec.getWorkloads() == null) {
      return true;
    }
    for (PodWorkload w : spec.getWorkloads()) {
      if (w == null) {
        continue;
      }
      if ("Namespace".equals(w.getKind()) && workload.namespace().equals(w.getName())) {
        return true;
      }
      if (workload.kind().kind().equalsIgnoreCase(String.valueOf(w.getKind()))
          && workload.namespace().equals(w.getNamespace())
          && workload.name().equals(w.getName())) {
        return true;
      }
    }
    return false;
  }

  private static SdkConfig sdkConfig(
      ProgrammingLanguage language, List<InstrumentationRuleSpec> rules) {
    Merged defaults = new Merged();
    Map<String, Merged> libraries = new TreeMap<>();
    Map<String, LibraryId> ids = new TreeMap<>();
    for (InstrumentationRuleSpec rule : rules) {
      if (rule.getInstrumentationLibraries() == null) {
        defaults.add(rule);
        continue;
      }
      for (InstrumentationLibraryGlobalId library : rule.getInstrumentationLibraries()) {
        if (library == null
            || library.language() == null
            || !library.language().accepts(language)) {
          continue;
        }
        SpanKind kind = language == ProgrammingLanguage.GO ? library.spanKind() : null;
        String key = library.name() + "\u0000" + kind;
        ids.putIfAbsent(key, new LibraryId(library.name(), kind));
        libraries.computeIfAbsent(key, k -> new Merged()).add(rule);
      }
    }
    SdkConfig sdk = new SdkConfig();
    sdk.setLanguage(language);
    sdk.setCodeAttributes(defaults.code);
    sdk.setHeadersCollection(defaults.headers());
    sdk.setPayloadCollection(defaults.payloadJson());
    sdk.setTraceConfig(
        defaults.traceDisabled == null ? null : new TraceConfig(defaults.traceDisabled));
    if (!libraries.isEmpty()) {
      List<InstrumentationLibraryConfig> configs = new ArrayList<>();
      libraries.forEach(
          (key, merged) ->
              configs.add(
                  new InstrumentationLibraryConfig(
                      ids.get(key),
                      merged.traceDisabled == null
                          ? null
                          : new LibraryTraceConfig(!merged.traceDisabled),
                      merged.payloadJson(),
                      merged.code,
                      merged.headers())));
      sdk.setInstrumentationLibraryConfigs(configs);
    }
    return sdk;
  }

  /** The settings of several rules folded together. */
  private static final class Merged {
    CodeAttributes code;
    TreeMap<String, String> headerKeys; // lower-case key -> first spelling seen
    PayloadCollection payload;
    Boolean traceDisabled;

    void add(InstrumentationRuleSpec rule) {
      code = code(code, rule.getCodeAttributes());
      if (rule.getHeadersCollection() != null && rule.getHeadersCollection().headerKeys() != null) {
        if (headerKeys == null) {
          headerKeys = new TreeMap<>();
        }
        for (String key : rule.getHeadersCollection().headerKeys()) {
          headerKeys.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), key.strip());
        }
      }
      payload = payload(payload, rule.getPayloadCollection());
      if (rule.getTraceConfig() != null && rule.getTraceConfig().disabled() != null) {
        traceDisabled = or(traceDisabled, rule.getTraceConfig().disabled());
      }
    }

    HeadersCollection headers() {
      return headerKeys == null ? null : new HeadersCollection(List.copyOf(headerKeys.values()));
    }

    ObjectNode payloadJson() {
      return payload == null ? null : JSON.valueToTree(payload);
    }
  }

  static CodeAttributes code(CodeAttributes a, CodeAttributes b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new CodeAttributes(
        or(a.column(), b.column()),
        or(a.filePath(), b.filePath()),
        or(a.function(), b.function()),
        or(a.lineNumber(), b.lineNumber()),
        or(a.namespace(), b.namespace()),
        or(a.stackTrace(), b.stackTrace()));
  }

  static PayloadCollection payload(PayloadCollection a, PayloadCollection b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new PayloadCollection(
        http(a.httpRequest(), b.httpRequest()),
        http(a.httpResponse(), b.httpResponse()),
        plain(a.dbQuery(), b.dbQuery()),
        plain(a.messaging(), b.messaging()));
  }

  private static HttpPayload http(HttpPayload a, HttpPayload b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    List<String> mimeTypes = null; // unset: every type
    if (a.mimeTypes() != null && b.mimeTypes() != null) {
      TreeSet<String> union = new TreeSet<>(a.mimeTypes());
      union.addAll(b.mimeTypes());
      mimeTypes = List.copyOf(union);
    }
    return new HttpPayload(
        mimeTypes,
        max(a.maxPayloadLength(), b.maxPayloadLength()),
        and(a.dropPartialPayloads(), b.dropPartialPayloads()));
  }

  private static Payload plain(Payload a, Payload b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new Payload(
        max(a.maxPayloadLength(), b.maxPayloadLength()),
        and(a.dropPartialPayloads(), b.dropPartialPayloads()));
  }

  private static Boolean or(Boolean a, Boolean b) {
    return a == null || b == null ? (a == null ? b : a) : Boolean.valueOf(a || b);
  }

  /** Dropping a partial payload records less, so it holds only when every rule asks for it. */
  private static Boolean and(Boolean a, Boolean b) {
    return a == null || b == null ? (a == null ? b : a) : Boolean.valueOf(a && b);
  }

  private static Long max(Long a, Long b) {
    return a == null || b == null ? (a == null ? b : a) : Long.valueOf(Math.max(a, b));
  }
}
