package io.odigos.console.problems;

import java.util.List;

/** Where problems come from: a live watch, and the full object behind a problem. */
public interface ProblemSource {

  /** Receives, from any thread, the complete list of one object's problems (empty: none left). */
  interface Sink {
    void replace(String uid, List<Problem> problems);
  }

  /** Starts watching; blocking until the first listing is in. Close the result to stop. */
  AutoCloseable watch(Sink sink);

  /** The object's YAML as last seen, for the details panel. */
  String describe(Problem problem);
}
