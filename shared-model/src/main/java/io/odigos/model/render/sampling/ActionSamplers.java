package io.odigos.model.render.sampling;

import io.odigos.model.render.GatewayRender.Rejection;
import io.odigos.model.render.Ottl;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.SamplersConfig;
import io.odigos.model.v1alpha1.SamplersConfig.AttributeCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code samplers} payload of Actions as sampling rules (see {@link SamplingProcessors}):
 * errors and slow endpoints are kept; a sampled service or attribute keeps its share and is taken
 * out of the fallback; the fallback ratios apply to whatever no rule claimed.
 */
final class ActionSamplers {

  private ActionSamplers() {}

  static void addTo(SamplingPlan plan, Action action, Map<String, Rejection> rejections) {
    if (action.getSpec() == null
        || action.getSpec().getSamplers() == null
        || Boolean.TRUE.equals(action.getSpec().getDisabled())) {
      return;
    }
    String name = action.getMetadata().getName();
    SamplersConfig s = action.getSpec().getSamplers();
    List<String> problems = new ArrayList<>();
    if (s.probabilisticSampler() != null) {
      try {
        double p = Double.parseDouble(s.probabilisticSampler().samplingPercentage().strip());
        if (p < 0 || p > 100) {
          throw new NumberFormatException();
        }
        plan.head(p);
      } catch (NumberFormatException | NullPointerException e) {
        problems.add(
            "probabilisticSampler: sampling_percentage must be a number from 0 to 100, got \""
                + s.probabilisticSampler().samplingPercentage()
                + "\"");
      }
    }
    if (s.errorSampler() != null) {
      plan.keep(Policies.statusError(name + "/errors"));
      plan.fallback(s.errorSampler().fallbackSamplingRatio());
    }
    if (s.latencySampler() != null) {
      int i = 0;
      for (var f : s.latencySampler().endpointsFilters()) {
        String rule = name + "/latency/" + i++;
        String endpoint =
            service(f.serviceName())
                + " and attributes[\"http.route\"] == "
                + Ottl.quote(f.httpRoute());
        plan.keep(
            Policies.and(
                rule + "/slow",
                List.of(
                    Policies.ottlSpan(rule + "-endpoint", List.of(endpoint)),
                    Policies.latency(rule + "-threshold", f.minimumLatencyThreshold()))));
        limit(plan, rule, endpoint, f.fallbackSamplingRatio());
      }
    }
    if (s.serviceNameSampler() != null) {
      int i = 0;
      for (var f : s.serviceNameSampler().servicesNameFilters()) {
        String rule = name + "/service/" + i++;
        limit(plan, rule, service(f.serviceName()), f.samplingRatio());
        plan.fallback(f.fallbackSamplingRatio());
      }
    }
    if (s.spanAttributeSampler() != null) {
      int i = 0;
      for (var f : s.spanAttributeSampler().attributeFilters()) {
        String rule = name + "/attribute/" + i++;
        try {
          String match =
              service(f.serviceName()) + " and " + condition(f.attributeKey(), f.condition());
          limit(plan, rule, match, f.samplingRatio());
          plan.fallback(f.fallbackSamplingRatio());
        } catch (IllegalArgumentException e) {
          problems.add("spanAttributeSampler " + f.attributeKey() + ": " + e.getMessage());
        }
      }
    }
    if (s.ignoreHealthChecks() != null) {
      problems.add(
          "ignoreHealthChecks is head sampling by the agents; the gateway does not apply it");
    }
    if (!problems.isEmpty()) {
      rejections.put(
          "Action/" + name,
          new Rejection("InvalidSampler", "action " + name + ": " + String.join("; ", problems)));
    }
  }

  /** Matching traces are kept at {@code percentage} and never by the fallback. */
  private static void limit(SamplingPlan plan, String rule, String condition, Double percentage) {
    plan.limit(condition);
    double p = percentage == null ? 100.0 : percentage;
    if (p <= 0) {
      return;
    }
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(Policies.ottlSpan(rule + "-match", List.of(condition)));
    if (p < 100) {
      all.add(Policies.probabilistic(rule + "-ratio", p));
    }
    plan.keep(Policies.and(rule, all));
  }

  private static String service(String serviceName) {
    return "resource.attributes[\"service.name\"] == " + Ottl.quote(serviceName);
  }

  static String condition(String key, AttributeCondition c) {
    String attr = "attributes[" + Ottl.quote(key) + "]";
    if (c == null) {
      return attr + " != nil";
    }
    if (c.stringCondition() != null) {
      var sc = c.stringCondition();
      String v = sc.expectedValue() == null ? "" : sc.expectedValue();
      return switch (sc.operation()) {
        case EXISTS -> attr + " != nil";
        case EQUALS -> attr + " == " + Ottl.quote(v);
        case NOT_EQUALS -> attr + " != " + Ottl.quote(v);
        case CONTAINS -> "IsMatch(" + attr + ", " + Ottl.quote(Ottl.regexLiteral(v)) + ")";
        case NOT_CONTAINS -> "not IsMatch(" + attr + ", " + Ottl.quote(Ottl.regexLiteral(v)) + ")";
        case REGEX -> "IsMatch(" + attr + ", " + Ottl.quote(v) + ")";
      };
    }
    if (c.numberCondition() != null) {
      var nc = c.numberCondition();
      if (nc.operation() == SamplersConfig.NumberOperation.EXISTS) {
        return attr + " != nil";
      }
      if (nc.expectedValue() == null) {
        throw new IllegalArgumentException("number_condition needs expected_value");
      }
      String op =
          switch (nc.operation()) {
            case EQUALS -> "==";
            case NOT_EQUALS -> "!=";
            case GREATER_THAN -> ">";
            case LESS_THAN -> "<";
            case GREATER_THAN_OR_EQUAL -> ">=";
            case LESS_THAN_OR_EQUAL -> "<=";
            case EXISTS -> throw new IllegalStateException();
          };
      return attr + " " + op + " " + nc.expectedValue();
    }
    if (c.booleanCondition() != null) {
      var bc = c.booleanCondition();
      return switch (bc.operation()) {
        case EXISTS -> attr + " != nil";
        case EQUALS -> attr + " == " + Boolean.TRUE.equals(bc.expectedValue());
      };
    }
    throw new IllegalArgumentException(
        "json_condition is not supported by the gateway yet; use a string_condition with regex");
  }
}
