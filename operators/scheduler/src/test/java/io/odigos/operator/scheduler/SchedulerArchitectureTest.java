package io.odigos.operator.scheduler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The decisions stay pure: configuration and desired state never talk to the cluster. */
@AnalyzeClasses(
    packages = "io.odigos.operator.scheduler",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SchedulerArchitectureTest {
  @ArchTest
  static final ArchRule pureLogicUsesNoClientAndNoOperatorFramework =
      noClasses()
          .that()
          .resideInAnyPackage("..scheduler.config..", "..scheduler.desired..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.fabric8.kubernetes.client.dsl..",
              "io.fabric8.kubernetes.client.informers..",
              "io.javaoperatorsdk..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.fabric8.kubernetes.client.KubernetesClient");

  @ArchTest
  static final ArchRule configurationKnowsNothingOfKubernetesObjects =
      noClasses()
          .that()
          .resideInAPackage("..scheduler.config..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.fabric8..", "io.odigos.model..");
}
