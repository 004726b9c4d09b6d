package io.odigos.model.v1alpha1;

/** Status of a Processor: conditions only (upstream reports nothing else). */
public class ProcessorStatus extends OdigosStatus {}
