package org.xbarlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

/**
 * Packages trace the pipeline and dependencies point one way (STYLE.md R1), checked on the
 * compiled classes (fully qualified names and sub-packages included): a stage uses only the root
 * package and the stages before it; siblings (train, remap) do not use each other; fault, a study
 * of programmed chips, sits above cost (it fine-tunes on each chip and costs its conductances);
 * {@code notebook} is on top and nothing uses it; no cycles between stages.
 */
class PipelineLayersTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.xbarlab");

  /** The stages in data-flow order under {@code base}; each layer lists who may use it. */
  static LayeredArchitecture pipeline(String base) {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("data").definedBy(base + ".data..")
        .layer("nn").definedBy(base + ".nn..")
        .layer("device").definedBy(base + ".device..")
        .layer("noise").definedBy(base + ".noise..")
        .layer("crossbar").definedBy(base + ".crossbar..")
        .layer("train").definedBy(base + ".train..")
        .layer("remap").definedBy(base + ".remap..")
        .layer("cost").definedBy(base + ".cost..")
        .layer("fault").definedBy(base + ".fault..")
        .layer("optimize").definedBy(base + ".optimize..")
        .layer("nax").definedBy(base + ".nax..")
        .layer("notebook").definedBy(base + ".notebook..")
        .whereLayer("notebook").mayNotBeAccessedByAnyLayer()
        .whereLayer("nax").mayOnlyBeAccessedByLayers("notebook")
        .whereLayer("optimize").mayOnlyBeAccessedByLayers("nax", "notebook")
        .whereLayer("fault").mayOnlyBeAccessedByLayers("optimize", "nax", "notebook")
        .whereLayer("cost").mayOnlyBeAccessedByLayers("fault", "optimize", "nax", "notebook")
        .whereLayer("remap").mayOnlyBeAccessedByLayers("cost", "optimize", "nax", "notebook")
        .whereLayer("train").mayOnlyBeAccessedByLayers("cost", "fault", "optimize", "nax", "notebook")
        .whereLayer("crossbar").mayOnlyBeAccessedByLayers("train", "remap", "fault", "cost",
            "optimize", "nax", "notebook")
        .whereLayer("noise").mayOnlyBeAccessedByLayers("crossbar", "train", "remap", "fault", "cost",
            "optimize", "nax", "notebook")
        .whereLayer("device").mayOnlyBeAccessedByLayers("noise", "crossbar", "train", "remap",
            "fault", "cost", "optimize", "nax", "notebook")
        .whereLayer("nn").mayOnlyBeAccessedByLayers("device", "noise", "crossbar", "train", "remap",
            "fault", "cost", "optimize", "nax", "notebook")
        .whereLayer("data").mayOnlyBeAccessedByLayers("nn", "device", "noise", "crossbar", "train",
            "remap", "fault", "cost", "optimize", "nax", "notebook");
  }

  @Test
  void everyStageUsesOnlyEarlierStages() {
    pipeline("org.xbarlab").check(MAIN);
  }

  @Test
  void theRootPackageUsesNoStage() {
    noClasses().that().resideInAPackage("org.xbarlab")
        .should().dependOnClassesThat().resideInAPackage("org.xbarlab.(*)..")
        .check(MAIN);
  }

  @Test
  void theOptimiserCoreKnowsNothingOfCrossbars() {
    // optimize (not optimize.reram) is a general multi-objective optimiser.
    noClasses().that().resideInAPackage("org.xbarlab.optimize")
        .should().dependOnClassesThat().resideInAnyPackage("org.xbarlab.data..", "org.xbarlab.nn..",
            "org.xbarlab.device..", "org.xbarlab.noise..", "org.xbarlab.crossbar..",
            "org.xbarlab.train..", "org.xbarlab.cost..", "org.xbarlab.optimize.reram..",
            "org.deeplearning4j..", "org.nd4j..")
        .check(MAIN);
  }

  @Test
  void noCyclesBetweenStages() {
    slices().matching("org.xbarlab.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theRuleReportsABackEdge() {
    JavaClasses fixture = new ClassFileImporter().importPackages("org.xbarlab.archfixture");
    ArchRule rule = pipeline("org.xbarlab.archfixture");
    EvaluationResult result = rule.evaluate(fixture);
    assertTrue(result.hasViolation(), "data -> cost is a back edge");
    assertTrue(result.getFailureReport().toString().contains("EarlyStage"),
        result.getFailureReport().toString());
    assertFalse(pipeline("org.xbarlab.archfixture").evaluate(
        new ClassFileImporter().importClasses(org.xbarlab.archfixture.cost.LateStage.class))
        .hasViolation(), "a class with no back edge passes");
  }
}
