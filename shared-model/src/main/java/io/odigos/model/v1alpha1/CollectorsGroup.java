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
 * Desired shape of one collector deployment (the cluster gateway or the node collector): resources,
 * metric sources, exporter settings. Written by the scheduler, read by the autoscaler.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("CollectorsGroup")
@Plural("collectorsgroups")
@Singular("collectorsgroup")
@Labels("odigos.io/system-object=true")
public class CollectorsGroup extends CustomResource<CollectorsGroupSpec, CollectorsGroupStatus>
    implements Namespaced {}
