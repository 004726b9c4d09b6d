package io.odigos.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The model is shared by operators, odiglet and console: it must stay free of cluster I/O and of UI
 * code.
 */
@AnalyzeClasses(packages = "io.odigos.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

  @ArchTest
  static final ArchRule noKubernetesClient =
      noClasses()
          .should()
          .dependOnClassesThat(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "a Kubernetes client class (anything in io.fabric8.kubernetes.client but the CustomResource base)",
                  c ->
                      c.getPackageName().startsWith("io.fabric8.kubernetes.client")
                          && !c.getName().equals("io.fabric8.kubernetes.client.CustomResource")))
          .because(
              "shared-model is pure data and pure functions; cluster I/O belongs to operators, odiglet and console");

  @ArchTest
  static final ArchRule noJavaFx =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..")
          .because("shared-model is used by headless operators");

  @ArchTest
  static final ArchRule noOtherKubernetesClients =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.kubernetes.client..", "io.javaoperatorsdk..")
          .because("shared-model must not reach a cluster");
}
