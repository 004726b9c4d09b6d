package io.odigos.model.actions.v1alpha1;

import io.odigos.model.v1alpha1.OdigosStatus;

/** Status of every legacy action kind: conditions only, as upstream reports. */
public class LegacyActionStatus extends OdigosStatus {}
