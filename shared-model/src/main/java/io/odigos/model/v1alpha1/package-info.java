/**
 * The {@code odigos.io/v1alpha1} API: custom resources whose field names follow upstream Odigos, so
 * upstream manifests apply unchanged. CRD YAML is generated from these classes at build time
 * (fabric8 crd-generator) and copied into the Helm chart; never edit that YAML by hand.
 */
package io.odigos.model.v1alpha1;
