package io.odigos.console.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The console's logging configuration, found by logback through {@code META-INF/services} before it
 * looks for any {@code logback.xml}: the console's class path also carries the instrumentor's jar
 * (for the injection dry run) and with it the instrumentor's {@code logback.xml}, so a file lookup
 * would depend on the jar order. Configured in code, it is the same whatever the class path holds,
 * and cheaper at start-up than parsing XML. Our own packages log at INFO, the rest at WARN, to
 * standard output.
 *
 * <p>An explicit {@code -Dlogback.configurationFile} or a {@code logback-test.xml} on the class
 * path (the console's tests) still wins: this configurator then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {
  /** The pattern of every line: time, level, a shortened logger name, the message. */
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || ConsoleLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
    out.setContext(context);
    out.setName("OUT");
    out.setEncoder(encoder);
    out.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(out);
    context.getLogger("io.odigos").setLevel(Level.INFO);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
