package org.ogireview.gui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the window's code (docs/architecture.md): its rooms (common, document, form, reportlist, …) depend
 * on each other without cycles, common on none of them; view models hold state and actions, never scene-graph
 * nodes, so they are tested without a window; only the composition root (the gui package itself) knows them all.
 */
class GuiArchitectureTest {

    private static JavaClasses gui;

    @BeforeAll
    static void importClasses() {
        gui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ogireview.gui");
    }

    @Test
    void theGuiSubPackagesFormNoCycles() {
        slices().matching("org.ogireview.gui.(*)..").should().beFreeOfCycles().check(gui);
    }

    @Test
    void commonDependsOnNoOtherPartOfTheWindow() {
        noClasses().that().resideInAPackage("org.ogireview.gui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ogireview.gui.bodies..",
                        "org.ogireview.gui.checks..", "org.ogireview.gui.document..", "org.ogireview.gui.exporting..",
                        "org.ogireview.gui.form..", "org.ogireview.gui.importing..", "org.ogireview.gui.own..",
                        "org.ogireview.gui.reportlist..", "org.ogireview.gui.review..")
                .check(gui);
    }

    @Test
    void viewModelsHoldNoSceneGraphNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveNameMatching(".*ViewModel\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "org.fxmisc..")
                .check(gui);
    }

    @Test
    void onlyTheCompositionRootReachesIntoTheSubPackagesFromAbove() {
        classes().that().resideInAPackage("org.ogireview.gui").should().onlyBeAccessed()
                .byClassesThat().resideInAnyPackage("org.ogireview.gui", "org.ogireview")
                .check(gui);
    }
}
