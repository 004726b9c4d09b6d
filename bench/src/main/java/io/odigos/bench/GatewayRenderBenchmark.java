package io.odigos.bench;

import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.GatewayRender;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to render the gateway's collector config, from the CRs to the YAML text, for a small
 * pipeline (the baseline: 1 destination, 1 action) and the target size (100 destinations × 50
 * actions; PRODUCT.md asks for ≤ 20 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GatewayRenderBenchmark {

  @Param({"1x1", "100x50"})
  public String size;

  private List<RenderableDestination> destinations;
  private List<Action> actions;
  private final GatewayConfigRenderer renderer = new GatewayConfigRenderer();
  private final GatewaySettings settings = GatewaySettings.defaults("v1.0.0-bench");

  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = size.split("x");
    destinations = PipelineFixtures.destinations(Integer.parseInt(parts[0]));
    actions = PipelineFixtures.actions(Integer.parseInt(parts[1]));
    GatewayRender check = render();
    if (!check.destinationErrors().isEmpty() || !check.actionErrors().isEmpty()) {
      throw new IllegalStateException(
          "fixtures do not render cleanly: " + check.destinationErrors() + check.actionErrors());
    }
  }

  @Benchmark
  public GatewayRender render() {
    return renderer.render(destinations, actions, List.of(), List.of(), settings);
  }
}
