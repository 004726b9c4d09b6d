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
 * Legacy sampler that keeps traces by span attribute values; the same as an Action with {@code
 * samplers.spanAttributeSampler}.
 */
@Group(ActionsApi.GROUP)
@Version(ActionsApi.VERSION)
@Kind("SpanAttributeSampler")
@Plural("spanattributesamplers")
@Singular("spanattributesampler")
@ShortNames("sas")
@Labels("odigos.io/system-object=true")
public class SpanAttributeSampler
    extends CustomResource<SpanAttributeSamplerSpec, LegacyActionStatus> implements Namespaced {}
