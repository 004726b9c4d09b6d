package io.odigos.console.rules;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.console.forms.Inputs;
import io.odigos.console.forms.NamedResourceForm;
import io.odigos.model.v1alpha1.CodeAttributes;
import io.odigos.model.v1alpha1.HeadersCollection;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec;
import io.odigos.model.v1alpha1.PayloadCollection;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.TraceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one InstrumentationRule: name, the workloads it applies to (all when empty), and one
 * of payload collection, header collection, code attributes or turning tracing off. Fields the form
 * does not show (libraries, SDKs, custom instrumentations) are kept on edit.
 */
public final class RuleFormViewModel extends NamedResourceForm<InstrumentationRule> {
  static final Set<String> WORKLOAD_KINDS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "CronJob", "Namespace");
  private static final String HEADER_NAME = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

  private final StringProperty workloads = new SimpleStringProperty("");
  private final ObjectProperty<RuleKind> kind =
      new SimpleObjectProperty<>(RuleKind.PAYLOAD_COLLECTION);
  private final BooleanProperty httpRequest = new SimpleBooleanProperty();
  private final BooleanProperty httpResponse = new SimpleBooleanProperty();
  private final BooleanProperty dbQuery = new SimpleBooleanProperty();
  private final BooleanProperty messaging = new SimpleBooleanProperty();
  private final StringProperty headers = new SimpleStringProperty("");
  private final BooleanProperty codeFunction = new SimpleBooleanProperty();
  private final BooleanProperty codeFilePath = new SimpleBooleanProperty();
  private final BooleanProperty codeLineNumber = new SimpleBooleanProperty();
  private final BooleanProperty codeNamespace = new SimpleBooleanProperty();
  private final BooleanProperty codeStackTrace = new SimpleBooleanProperty();

  private RuleFormViewModel(InstrumentationRule existing) {
    super(existing, "New instrumentation rule", "Edit rule", "rule");
    if (existing != null && existing.getSpec() != null) {
      load(existing.getSpec());
    }
  }

  public static RuleFormViewModel create() {
    return new RuleFormViewModel(null);
  }

  public static RuleFormViewModel edit(InstrumentationRule existing) {
    return new RuleFormViewModel(existing);
  }

  private void load(InstrumentationRuleSpec s) {
    loadShared(s.getRuleName(), s.getNotes(), s.getDisabled());
    if (s.getWorkloads() != null) {
      workloads.set(
          s.getWorkloads().stream()
              .map(w -> w.getNamespace() + "/" + w.getKind() + "/" + w.getName())
              .collect(Collectors.joining("\n")));
    }
    if (s.getPayloadCollection() != null) {
      kind.set(RuleKind.PAYLOAD_COLLECTION);
      PayloadCollection p = s.getPayloadCollection();
      httpRequest.set(p.httpRequest() != null);
      httpResponse.set(p.httpResponse() != null);
      dbQuery.set(p.dbQuery() != null);
      messaging.set(p.messaging() != null);
    } else if (s.getHeadersCollection() != null) {
      kind.set(RuleKind.HEADERS_COLLECTION);
      headers.set(Inputs.join(s.getHeadersCollection().headerKeys()));
    } else if (s.getCodeAttributes() != null) {
      kind.set(RuleKind.CODE_ATTRIBUTES);
      CodeAttributes c = s.getCodeAttributes();
      codeFunction.set(Boolean.TRUE.equals(c.function()));
      codeFilePath.set(Boolean.TRUE.equals(c.filePath()));
      codeLineNumber.set(Boolean.TRUE.equals(c.lineNumber()));
      codeNamespace.set(Boolean.TRUE.equals(c.namespace()));
      codeStackTrace.set(Boolean.TRUE.equals(c.stackTrace()));
    } else if (s.getTraceConfig() != null) {
      kind.set(RuleKind.TRACE_CONFIG);
    }
  }

  @Override
  public Optional<InstrumentationRule> validate() {
    List<String> found = new ArrayList<>();
    String name = checkedName(found);
    InstrumentationRuleSpec spec = base();
    spec.setRuleName(name);
    spec.setNotes(notesOrNull());
    spec.setDisabled(disabledOrNull());
    List<PodWorkload> parsed = workloads(found);
    spec.setWorkloads(parsed.isEmpty() ? null : parsed);
    spec.setPayloadCollection(null);
    spec.setHeadersCollection(null);
    spec.setCodeAttributes(null);
    spec.setTraceConfig(null);
    switch (kind.get() == null ? RuleKind.PAYLOAD_COLLECTION : kind.get()) {
      case PAYLOAD_COLLECTION -> {
        if (!httpRequest.get() && !httpResponse.get() && !dbQuery.get() && !messaging.get()) {
          found.add("Pick at least one payload to collect");
        }
        spec.setPayloadCollection(
            new PayloadCollection(
                httpRequest.get() ? new PayloadCollection.HttpPayload(null, null, null) : null,
                httpResponse.get() ? new PayloadCollection.HttpPayload(null, null, null) : null,
                dbQuery.get() ? new PayloadCollection.Payload(null, null) : null,
                messaging.get() ? new PayloadCollection.Payload(null, null) : null));
      }
      case HEADERS_COLLECTION -> {
        List<String> keys = Inputs.list(headers.get());
        if (keys.isEmpty()) {
          found.add("List at least one HTTP header");
        }
        keys.stream()
            .filter(k -> !k.matches(HEADER_NAME))
            .forEach(k -> found.add("\"" + k + "\" is not an HTTP header name"));
        spec.setHeadersCollection(new HeadersCollection(keys));
      }
      case CODE_ATTRIBUTES -> {
        if (!codeFunction.get()
            && !codeFilePath.get()
            && !codeLineNumber.get()
            && !codeNamespace.get()
            && !codeStackTrace.get()) {
          found.add("Pick at least one code attribute");
        }
        spec.setCodeAttributes(
            new CodeAttributes(
                null,
                on(codeFilePath),
                on(codeFunction),
                on(codeLineNumber),
                on(codeNamespace),
                on(codeStackTrace)));
      }
      case TRACE_CONFIG -> spec.setTraceConfig(new TraceConfig(true));
    }
    problems().setAll(found);
    if (!found.isEmpty()) {
      return Optional.empty();
    }
    InstrumentationRule rule = new InstrumentationRule();
    rule.setMetadata(new ObjectMetaBuilder().withName(objectName()).build());
    rule.setSpec(spec);
    return Optional.of(rule);
  }

  /** On edit, a copy of the old spec so that fields without inputs survive. */
  private InstrumentationRuleSpec base() {
    if (existing == null || existing.getSpec() == null) {
      return new InstrumentationRuleSpec();
    }
    return io.fabric8.kubernetes.client.utils.Serialization.clone(existing.getSpec());
  }

  private static Boolean on(BooleanProperty p) {
    return p.get() ? Boolean.TRUE : null;
  }

  /** Lines of namespace/Kind/name (a namespace alone: Namespace kind). */
  List<PodWorkload> workloads(List<String> found) {
    List<PodWorkload> out = new ArrayList<>();
    for (String line : Inputs.list(workloads.get())) {
      String[] p = line.split("/");
      if (p.length == 1) {
        out.add(new PodWorkload(p[0], "Namespace", p[0]));
      } else if (p.length == 3
          && WORKLOAD_KINDS.contains(p[1])
          && !p[0].isBlank()
          && !p[2].isBlank()) {
        out.add(new PodWorkload(p[0], p[1], p[2]));
      } else {
        found.add(
            "Workload \""
                + line
                + "\" is not namespace/Kind/name with Kind one of "
                + String.join(", ", WORKLOAD_KINDS.stream().sorted().toList()));
      }
    }
    return out;
  }

  public StringProperty ruleNameProperty() {
    return nameInput();
  }

  public StringProperty workloadsProperty() {
    return workloads;
  }

  public ObjectProperty<RuleKind> kindProperty() {
    return kind;
  }

  public BooleanProperty httpRequestProperty() {
    return httpRequest;
  }

  public BooleanProperty httpResponseProperty() {
    return httpResponse;
  }

  public BooleanProperty dbQueryProperty() {
    return dbQuery;
  }

  public BooleanProperty messagingProperty() {
    return messaging;
  }

  public StringProperty headersProperty() {
    return headers;
  }

  public BooleanProperty codeFunctionProperty() {
    return codeFunction;
  }

  public BooleanProperty codeFilePathProperty() {
    return codeFilePath;
  }

  public BooleanProperty codeLineNumberProperty() {
    return codeLineNumber;
  }

  public BooleanProperty codeNamespaceProperty() {
    return codeNamespace;
  }

  public BooleanProperty codeStackTraceProperty() {
    return codeStackTrace;
  }
}
