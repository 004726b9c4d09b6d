package io.odigos.model.v1alpha1;

/** Status of a Destination: conditions only. */
public class DestinationStatus extends OdigosStatus {}
