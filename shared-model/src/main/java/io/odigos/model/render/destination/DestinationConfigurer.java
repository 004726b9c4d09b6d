package io.odigos.model.render.destination;

/**
 * Turns one destination's validated values into collector exporters (and the extensions they need).
 * One implementation per catalog type; pure: no client, no clock, no environment.
 */
public interface DestinationConfigurer {

  /** The catalog type id this configurer handles, e.g. {@code otlp}. */
  String type();

  DestinationExport configure(DestinationValues values) throws InvalidDestinationException;
}
