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
 * A telemetry backend (vendor or self-hosted) that the cluster gateway exports to. Lives in the
 * Odigos namespace; credentials are kept in a Secret referenced by the spec.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("Destination")
@Plural("destinations")
@Singular("destination")
@Labels("odigos.io/system-object=true")
public class Destination extends CustomResource<DestinationSpec, DestinationStatus>
    implements Namespaced {}
