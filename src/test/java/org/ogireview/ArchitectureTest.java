package org.ogireview;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Everything outside the gui package stays plain Java, usable from the CLI and tests with no display. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ogireview");
    }

    @Test
    void onlyTheGuiPackageTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.ogireview.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.ogireview.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.ogireview.model..", "org.ogireview.ingest..",
                        "org.ogireview.extract..", "org.ogireview.check..", "org.ogireview.store..",
                        "org.ogireview.export..", "org.ogireview.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ogireview.gui..", "org.ogireview.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.ogireview.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ogireview.ingest..",
                        "org.ogireview.extract..", "org.ogireview.store..", "org.ogireview.check..",
                        "org.ogireview.export..")
                .check(classes);
    }
}
