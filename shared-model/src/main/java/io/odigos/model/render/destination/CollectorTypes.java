package io.odigos.model.render.destination;

/**
 * Component type names of collector v0.159.0, as its {@code components} command lists them. The
 * older spellings ({@code otlp}, {@code otlphttp}, {@code prometheusremotewrite}) still load but
 * log a deprecation warning, so the renderer uses these.
 */
public final class CollectorTypes {

  public static final String OTLP_GRPC = "otlp_grpc";
  public static final String OTLP_HTTP = "otlp_http";
  public static final String PROMETHEUS_REMOTE_WRITE = "prometheus_remote_write";
  public static final String CLICKHOUSE = "clickhouse";
  public static final String KAFKA = "kafka";
  public static final String DEBUG = "debug";
  public static final String BASIC_AUTH = "basicauth";
  public static final String BEARER_TOKEN_AUTH = "bearertokenauth";

  private CollectorTypes() {}
}
