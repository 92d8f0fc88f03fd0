package org.ogireview;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package picture of docs/architecture.md: everything outside the gui package stays plain Java; the import
 * pipeline runs model <- ingest <- extract <- check, the store below it depends on the model alone, the pipeline
 * ({@code importing}) sits above both, the exports read the store, and only cli and gui sit on top.
 */
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
                        "org.ogireview.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ogireview.gui..", "org.ogireview.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.ogireview.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ogireview.ingest..",
                        "org.ogireview.extract..", "org.ogireview.store..", "org.ogireview.check..",
                        "org.ogireview.export..")
                .check(classes);
    }

    /**
     * The store depends on the model alone among our packages, and on nothing but the JDK, JDBC and the database
     * libraries (H2, Flyway, the PostgreSQL driver) outside them: folded text and resolved bodies are handed to it.
     */
    @Test
    void theStoreUsesOnlyTheModelTheJdkAndTheDatabaseLibraries() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.ogireview.store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.ogireview.store..",
                        "org.ogireview.model..", "java..", "javax.sql..", "org.h2..", "org.flywaydb..",
                        "org.postgresql..")
                .check(classes);
    }

    private static final String P = "org.ogireview.";

    /** Each package and the ones it may use (besides itself and libraries): the picture in docs/architecture.md. */
    private static final java.util.Map<String, java.util.List<String>> ALLOWED = java.util.Map.ofEntries(
            java.util.Map.entry("model", java.util.List.of()),
            java.util.Map.entry("logging", java.util.List.of()),
            java.util.Map.entry("ingest", java.util.List.of("model")),
            java.util.Map.entry("extract", java.util.List.of("model", "ingest")),
            java.util.Map.entry("check", java.util.List.of("model", "ingest", "extract")),
            java.util.Map.entry("eval", java.util.List.of("model", "ingest", "extract")),
            java.util.Map.entry("store", java.util.List.of("model")),
            java.util.Map.entry("importing", java.util.List.of("model", "ingest", "extract", "check", "store")),
            java.util.Map.entry("export", java.util.List.of("model", "store")),
            // double coding and agreement (issue 13): reads the store, runs the checks, writes CSV
            java.util.Map.entry("coding", java.util.List.of("model", "ingest", "extract", "check", "store",
                    "export")));

    private static final java.util.List<String> ALL = java.util.List.of("model", "logging", "ingest", "extract",
            "check", "eval", "store", "importing", "export", "coding", "cli", "gui");

    /**
     * The pipeline order, explicit: a package uses only the ones below it. cli and gui may use everything but each
     * other.
     */
    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        ALLOWED.forEach((pkg, allowed) -> {
            String[] forbidden = ALL.stream().filter(o -> !o.equals(pkg) && !allowed.contains(o))
                    .map(o -> P + o + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(P + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .as(pkg + " uses only " + allowed)
                    .check(classes);
        });
        noClasses().that().resideInAPackage(P + "cli..").should().dependOnClassesThat()
                .resideInAPackage(P + "gui..").check(classes);
        noClasses().that().resideInAPackage(P + "gui..").should().dependOnClassesThat()
                .resideInAPackage(P + "cli..").check(classes);
    }
}
