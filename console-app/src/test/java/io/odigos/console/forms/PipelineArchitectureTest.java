package io.odigos.console.forms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pipeline views keep MVVM: their view models and pure builders import no JavaFX nodes, and the
 * features share code only through {@code forms}.
 */
class PipelineArchitectureTest {
  private static final String[] FEATURES = {
    "..console.actions..",
    "..console.rules..",
    "..console.sampling..",
    "..console.collectors..",
    "..console.overview.."
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.odigos.console");

  @Test
  void viewModelsAndBuildersImportNoScene() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .or()
        .haveSimpleNameEndingWith("Builder")
        .or()
        .haveSimpleNameEndingWith("States")
        .or()
        .haveSimpleName("GatewayPreviews")
        .or()
        .haveSimpleName("PrometheusText")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..")
        .check(classes);
  }

  @Test
  void pipelineFeaturesDoNotDependOnEachOtherNorOnTheShell() {
    for (String feature : FEATURES) {
      java.util.List<String> others = new java.util.ArrayList<>(java.util.List.of(FEATURES));
      others.remove(feature);
      others.add("..console.shell..");
      others.add("..console.destinations..");
      others.add("..console.problems..");
      noClasses()
          .that()
          .resideInAPackage(feature)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others.toArray(String[]::new))
          .check(classes);
    }
  }
}
