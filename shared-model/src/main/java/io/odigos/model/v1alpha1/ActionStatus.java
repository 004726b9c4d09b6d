package io.odigos.model.v1alpha1;

/** Status of an Action: conditions only (for example whether it was turned into a Processor). */
public class ActionStatus extends OdigosStatus {}
