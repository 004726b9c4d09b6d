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
 * Legacy sampler that keeps traces with errors; the same as an Action with {@code
 * samplers.errorSampler}.
 */
@Group(ActionsApi.GROUP)
@Version(ActionsApi.VERSION)
@Kind("ErrorSampler")
@Plural("errorsamplers")
@Singular("errorsampler")
@ShortNames("es")
@Labels("odigos.io/system-object=true")
public class ErrorSampler extends CustomResource<ErrorSamplerSpec, LegacyActionStatus>
    implements Namespaced {}
