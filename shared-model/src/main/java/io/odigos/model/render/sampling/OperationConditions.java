package io.odigos.model.render.sampling;

import io.odigos.model.render.Ottl;
import io.odigos.model.v1alpha1.HeadSamplingOperationMatcher;
import io.odigos.model.v1alpha1.TailSamplingOperationMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OTTL span conditions (semantic-convention attributes) for the operation matchers of the Sampling
 * CR. Empty when the matcher is absent, i.e. it matches every operation.
 */
final class OperationConditions {

  private OperationConditions() {}

  static Optional<String> of(TailSamplingOperationMatcher m) {
    if (m == null) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>();
    if (m.httpServer() != null) {
      all.add("kind == SPAN_KIND_SERVER");
      http(all, m.httpServer().route(), m.httpServer().routePrefix(), m.httpServer().method());
    }
    if (m.kafkaConsumer() != null) {
      all.add("kind == SPAN_KIND_CONSUMER");
      eq(all, "messaging.destination.name", m.kafkaConsumer().kafkaTopic());
    }
    if (m.kafkaProducer() != null) {
      all.add("kind == SPAN_KIND_PRODUCER");
      eq(all, "messaging.destination.name", m.kafkaProducer().kafkaTopic());
    }
    return join(all);
  }

  static Optional<String> of(HeadSamplingOperationMatcher m) {
    if (m == null) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>();
    if (m.httpServer() != null) {
      all.add("kind == SPAN_KIND_SERVER");
      http(all, m.httpServer().route(), m.httpServer().routePrefix(), m.httpServer().method());
    }
    if (m.httpClient() != null) {
      all.add("kind == SPAN_KIND_CLIENT");
      eq(all, "server.address", m.httpClient().serverAddress());
      eq(all, "url.template", m.httpClient().templatedPath());
      prefix(all, "url.template", m.httpClient().templatedPathPrefix());
      eq(all, "http.request.method", m.httpClient().method());
    }
    if (m.grpcServer() != null) {
      all.add("kind == SPAN_KIND_SERVER");
      eq(all, "rpc.method", m.grpcServer().method());
      eq(all, "rpc.service", m.grpcServer().service());
    }
    if (m.grpcClient() != null) {
      all.add("kind == SPAN_KIND_CLIENT");
      eq(all, "rpc.method", m.grpcClient().method());
      eq(all, "rpc.service", m.grpcClient().service());
      eq(all, "server.address", m.grpcClient().serverAddress());
    }
    return join(all);
  }

  private static void http(List<String> all, String route, String routePrefix, String method) {
    eq(all, "http.route", route);
    prefix(all, "http.route", routePrefix);
    eq(all, "http.request.method", method);
  }

  static void eq(List<String> all, String key, String value) {
    if (value != null && !value.isEmpty()) {
      all.add("attributes[" + Ottl.quote(key) + "] == " + Ottl.quote(value));
    }
  }

  private static void prefix(List<String> all, String key, String value) {
    if (value != null && !value.isEmpty()) {
      all.add(
          "IsMatch(attributes["
              + Ottl.quote(key)
              + "], "
              + Ottl.quote("^" + Ottl.regexLiteral(value))
              + ")");
    }
  }

  private static Optional<String> join(List<String> all) {
    return all.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", all));
  }
}
