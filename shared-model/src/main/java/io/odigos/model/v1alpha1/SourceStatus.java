package io.odigos.model.v1alpha1;

/** Status of a Source: conditions only. */
public class SourceStatus extends OdigosStatus {}
