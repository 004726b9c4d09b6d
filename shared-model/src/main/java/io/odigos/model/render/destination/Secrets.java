package io.odigos.model.render.destination;

/** Secret references that a configurer cannot do without. */
final class Secrets {

  private Secrets() {}

  /** The {@code ${env:...}} reference of a secret field, or a message naming the missing key. */
  static String required(DestinationValues v, String field) throws InvalidDestinationException {
    return v.secretRef(field)
        .orElseThrow(
            () ->
                new InvalidDestinationException(
                    "field \""
                        + v.label(field)
                        + "\" ("
                        + field
                        + ") is required: the destination's Secret has no key "
                        + field));
  }
}
