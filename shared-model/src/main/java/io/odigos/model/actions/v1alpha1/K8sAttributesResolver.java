package io.odigos.model.actions.v1alpha1;

import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Legacy action that adds Kubernetes metadata as resource attributes; the same as an Action with
 * {@code k8sAttributes}.
 */
@Group(ActionsApi.GROUP)
@Version(ActionsApi.VERSION)
@Kind("K8sAttributesResolver")
@Plural("k8sattributesresolvers")
@Singular("k8sattributesresolver")
@Labels("odigos.io/system-object=true")
public class K8sAttributesResolver
    extends CustomResource<K8sAttributesResolverSpec, LegacyActionStatus> implements Namespaced {}
