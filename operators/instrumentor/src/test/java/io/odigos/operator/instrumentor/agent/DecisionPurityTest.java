package io.odigos.operator.instrumentor.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The decisions of the Source and agent parts are pure functions: they never talk to the cluster,
 * so what they decide is what their unit tests show.
 */
@AnalyzeClasses(
    packages = {"io.odigos.operator.instrumentor.agent", "io.odigos.operator.instrumentor.source"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class DecisionPurityTest {
  @ArchTest
  static final ArchRule decisionsUseNoClientAndNoOperatorFramework =
      noClasses()
          .that()
          .haveSimpleNameStartingWith("DistroSelector")
          .or()
          .haveSimpleNameStartingWith("AgentPlanner")
          .or()
          .haveSimpleNameStartingWith("ContainerDecisions")
          .or()
          .haveSimpleNameStartingWith("AgentsMetaHash")
          .or()
          .haveSimpleNameStartingWith("PipelineState")
          .or()
          .haveSimpleNameStartingWith("EffectiveSettings")
          .or()
          .haveSimpleNameStartingWith("RulesMerger")
          .or()
          .haveSimpleNameStartingWith("RuleValidator")
          .or()
          .haveSimpleNameStartingWith("InstrumentationPlanner")
          .or()
          .haveSimpleNameStartingWith("WorkloadObject")
          .or()
          .haveSimpleNameStartingWith("Marking")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.fabric8.kubernetes.client.dsl..",
              "io.fabric8.kubernetes.client.informers..",
              "io.javaoperatorsdk..",
              "org.slf4j..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.fabric8.kubernetes.client.KubernetesClient")
          .orShould()
          .accessClassesThat()
          .haveFullyQualifiedName("java.time.Clock");
}
