package io.odigos.model.v1alpha1;

/** Status of a Sampling: conditions only. */
public class SamplingStatus extends OdigosStatus {}
