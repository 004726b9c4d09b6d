package io.odigos.model.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Marks a workload, or a whole namespace, for auto-instrumentation. Lives in the workload's
 * namespace.
 */
@Group(OdigosApi.GROUP)
@Version(OdigosApi.VERSION)
@Kind("Source")
@Plural("sources")
@Singular("source")
@Labels("odigos.io/system-object=true")
@AdditionalPrinterColumn(name = "Workload", jsonPath = ".spec.workload.name")
@AdditionalPrinterColumn(name = "Kind", jsonPath = ".spec.workload.kind")
@AdditionalPrinterColumn(name = "Namespace", jsonPath = ".spec.workload.namespace")
@AdditionalPrinterColumn(name = "Disabled", jsonPath = ".spec.disableInstrumentation")
public class Source extends CustomResource<SourceSpec, SourceStatus> implements Namespaced {}
