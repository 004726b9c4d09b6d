package io.odigos.console.actions;

import io.odigos.model.render.RenderableDestination;

/** Shares the test destination with tests of other packages. */
public final class ActionsViewModelTestAccess {
  private ActionsViewModelTestAccess() {}

  public static RenderableDestination debug() {
    return ActionsViewModelTest.debugDestination();
  }
}
