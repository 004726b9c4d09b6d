package io.odigos.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** View models stay free of JavaFX nodes, so they are unit-testable without a toolkit. */
class ConsoleArchitectureTest {
  private final com.tngtech.archunit.core.domain.JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.odigos.console");

  @Test
  void viewModelsImportNoScene() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..")
        .check(classes);
  }

  @Test
  void theCoreTouchesNodesOnlyInTheViewContract() {
    noClasses()
        .that()
        .resideInAPackage("..console.core..")
        .and()
        .doNotHaveSimpleName("FeatureView")
        .and()
        .doNotBelongToAnyOf(io.odigos.console.core.FeatureView.class) // FeatureView.of's class
        .and()
        .doNotHaveSimpleName("Feature")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..")
        .check(classes);
  }

  @Test
  void featuresDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("..console.destinations..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..console.problems..", "..console.shell..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("..console.problems..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..console.destinations..", "..console.shell..")
        .check(classes);
  }
}
