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
 * Health report of one running agent (SDK) in one container of one pod. Owned by the pod; deleted
 * when the agent stops.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("InstrumentationInstance")
@Plural("instrumentationinstances")
@Singular("instrumentationinstance")
@Labels({"odigos.io/system-object=true", "odigos.io/config=1"})
public class InstrumentationInstance
    extends CustomResource<InstrumentationInstanceSpec, InstrumentationInstanceStatus>
    implements Namespaced {}
