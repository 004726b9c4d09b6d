package io.odigos.model.v1alpha1;

/**
 * Status of an InstrumentationRule: conditions only (for example the result of validating the
 * rule).
 */
public class InstrumentationRuleStatus extends OdigosStatus {}
