package io.odigos.model.render.action;

/** An Action that cannot become a processor; the message is shown to the user as is. */
public class InvalidActionException extends Exception {

  private final String reason;

  public InvalidActionException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A CamelCase condition reason, e.g. {@code MultiplePayloads}. */
  public String reason() {
    return reason;
  }
}
