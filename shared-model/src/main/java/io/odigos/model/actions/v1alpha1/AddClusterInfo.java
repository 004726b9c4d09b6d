package io.odigos.model.actions.v1alpha1;

import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Legacy action that adds fixed resource attributes (cluster name, environment...) to all
 * telemetry; the same as an Action with {@code addClusterInfo}.
 */
@Group(ActionsApi.GROUP)
@Version(ActionsApi.VERSION)
@Kind("AddClusterInfo")
@Plural("addclusterinfos")
@Singular("addclusterinfo")
@ShortNames("aci")
@Labels("odigos.io/system-object=true")
public class AddClusterInfo extends CustomResource<AddClusterInfoSpec, LegacyActionStatus>
    implements Namespaced {}
