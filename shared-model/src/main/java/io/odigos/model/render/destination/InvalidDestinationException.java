package io.odigos.model.render.destination;

/** A destination that cannot be rendered; the message is shown to the user as is. */
public class InvalidDestinationException extends Exception {

  public InvalidDestinationException(String message) {
    super(message);
  }
}
