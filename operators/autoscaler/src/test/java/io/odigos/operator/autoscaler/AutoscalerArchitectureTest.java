package io.odigos.operator.autoscaler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Desired state stays pure: the builders never talk to the cluster. */
@AnalyzeClasses(
    packages = "io.odigos.operator.autoscaler",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AutoscalerArchitectureTest {
  @ArchTest
  static final ArchRule pureLogicUsesNoClientAndNoOperatorFramework =
      noClasses()
          .that()
          .resideInAnyPackage("..autoscaler.collectors.desired..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.fabric8.kubernetes.client.dsl..",
              "io.fabric8.kubernetes.client.informers..",
              "io.javaoperatorsdk..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.fabric8.kubernetes.client.KubernetesClient");
}
