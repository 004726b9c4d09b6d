package io.odigos.model.v1alpha1;

import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * One OpenTelemetry Collector processor that Odigos inserts into the pipelines of the selected
 * collector roles. Usually created from an Action, but may also be written by hand.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("Processor")
@Plural("processors")
@Singular("processor")
@Labels("odigos.io/system-object=true")
public class Processor extends CustomResource<ProcessorSpec, ProcessorStatus>
    implements Namespaced {}
