package org.edubalance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The dependency rules D1–D9 of docs/style.md §4, checked over every production class of the reactor. It lives in
 * the CLI module because that module sees all others (the CLI depends on the app for {@code serve}).
 */
@AnalyzeClasses(
        packages = "org.edubalance",
        importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule statisticsUsesOnlyTheJdk = classes()
            .that()
            .resideInAPackage("org.edubalance.statistics..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "org.edubalance.statistics..")
            .as("D1: statistics depends only on java.. and org.jspecify..");

    @ArchTest
    static final ArchRule coreIsFrameworkFree = classes()
            .that()
            .resideInAPackage("org.edubalance.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "org.edubalance.statistics..", "org.edubalance.core..")
            .as("D2: core depends only on java.., org.jspecify.., statistics and itself");

    @ArchTest
    static final ArchRule coreDoesNotUseSql = noClasses()
            .that()
            .resideInAPackage("org.edubalance.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.springframework..", "jakarta..", "com.fasterxml..", "ai.timefold..")
            .as("D2: core uses no SQL, Spring, Jakarta, Jackson or Timefold");

    @ArchTest
    static final ArchRule timefoldStaysInPlanning = noClasses()
            .that()
            .resideOutsideOfPackages("org.edubalance.planning..", "org.edubalance.app.config..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ai.timefold..")
            .as("D3: Timefold appears only in planning (and app.config)");

    @ArchTest
    static final ArchRule solversStayInPlanning = noClasses()
            .that()
            .resideOutsideOfPackage("org.edubalance.planning..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.google.ortools..")
            .as("OR-Tools (the exact solvers) appears only in planning");

    @ArchTest
    static final ArchRule planningSeesOnlyTheCore = noClasses()
            .that()
            .resideInAPackage("org.edubalance.planning..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.edubalance.dataimport..",
                    "org.edubalance.report..",
                    "org.edubalance.persistence..",
                    "org.edubalance.app..",
                    "org.edubalance.cli..",
                    "org.springframework..")
            .as("D3: planning runs and is tested without files, Spring or the app");

    @ArchTest
    static final ArchRule yamlIsFenced = noClasses()
            .that()
            .resideOutsideOfPackage("org.edubalance.dataimport.table..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.yaml..")
            .as("D4: the YAML parser only in dataimport.table (policy files are read into plain maps there)");

    @ArchTest
    static final ArchRule spreadsheetLibrariesAreFenced = noClasses()
            .that()
            .resideOutsideOfPackages("org.edubalance.dataimport.table..", "org.edubalance.report.render..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.poi..", "org.apache.commons.csv..", "org.dhatim..")
            .as("D4: POI, Commons CSV and fastexcel only in dataimport.table and report.render");

    @ArchTest
    static final ArchRule pdfLibrariesAreFenced = noClasses()
            .that()
            .resideOutsideOfPackage("org.edubalance.report.render..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..", "org.apache.batik..")
            .as("D4: openhtmltopdf, PDFBox and Batik (the PDF renderer's libraries) only in report.render");

    @ArchTest
    static final ArchRule reportBuildersKnowNoFileFormat = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.edubalance.report.model..",
                    "org.edubalance.report.document..",
                    "org.edubalance.report.equity..",
                    "org.edubalance.report.selfevaluation..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.edubalance.report.render..")
            .as("Report builders produce the format-neutral model; only report.render knows file formats");

    @ArchTest
    static final ArchRule tableReadersKnowNothingOfTheContracts = noClasses()
            .that()
            .resideInAPackage("org.edubalance.dataimport.table..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.edubalance.dataimport",
                    "org.edubalance.dataimport.school..",
                    "org.edubalance.dataimport.county..",
                    "org.edubalance.core..")
            .as("D4: dataimport.table only turns files into rows of text; the contracts live above it");

    @ArchTest
    static final ArchRule sqlOnlyInPersistence = noClasses()
            .that()
            .resideOutsideOfPackage("org.edubalance.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "org.flywaydb..")
            .as("D5: SQL, Spring JDBC and Flyway only in persistence");

    @ArchTest
    static final ArchRule webOnlyInApp = noClasses()
            .that()
            .resideOutsideOfPackage("org.edubalance.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "jakarta.servlet..")
            .as("D6: web APIs only in app");

    @ArchTest
    static final ArchRule persistenceImplementsCorePortsOnly = noClasses()
            .that()
            .resideInAPackage("org.edubalance.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.edubalance.app..",
                    "org.edubalance.cli..",
                    "org.edubalance.dataimport..",
                    "org.edubalance.report..",
                    "org.springframework.web..",
                    "jakarta.servlet..",
                    "com.fasterxml..",
                    "tools.jackson..")
            .as("D5: persistence stores core types through core ports; it knows no web, JSON, import or report code");

    @ArchTest
    static final ArchRule controllersDoNotSeePersistence = noClasses()
            .that()
            .haveSimpleNameEndingWith("PageController")
            .or()
            .haveSimpleNameEndingWith("ApiController")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.edubalance.persistence..")
            .as("D6: controllers do not depend on persistence");

    @ArchTest
    static final ArchRule onlyAppConfigNamesPersistence = noClasses()
            .that()
            .resideInAPackage("org.edubalance.app..")
            .and()
            .resideOutsideOfPackage("org.edubalance.app.config..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.edubalance.persistence..")
            .as("D6: only app.config names persistence classes, to wire them; the rest sees core ports");

    @ArchTest
    static final ArchRule controllersLiveInTheApp = classes()
            .that()
            .haveSimpleNameEndingWith("ApiController")
            .or()
            .haveSimpleNameEndingWith("PageController")
            .should()
            .resideInAPackage("org.edubalance.app..")
            .as("D6: controllers live in app");

    @ArchTest
    static final ArchRule springStaysOutOfThePureModules = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.edubalance.statistics..",
                    "org.edubalance.core..",
                    "org.edubalance.dataimport..",
                    "org.edubalance.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.flywaydb..", "io.zonky..")
            .as("D2/D5: no Spring, Flyway or database in statistics, core, dataimport or report");

    @ArchTest
    static final ArchRule theCliNamesOnlyTheAppEntryPoint = noClasses()
            .that()
            .resideInAPackage("org.edubalance.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.edubalance.persistence..")
            .as("Lean CLI: only `serve` touches the app, through EduBalanceApplication; no Spring class in cli");

    @ArchTest
    static final ArchRule innerModulesDoNotSeeOuterOnes = noClasses()
            .that()
            .resideInAnyPackage("org.edubalance.statistics..", "org.edubalance.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.edubalance.dataimport..",
                    "org.edubalance.report..",
                    "org.edubalance.cli..",
                    "org.edubalance.planning..",
                    "org.edubalance.persistence..",
                    "org.edubalance.app..")
            .as("The core never depends on the modules around it");

    @ArchTest
    static final ArchRule importAndReportDoNotSeeTheCli = noClasses()
            .that()
            .resideInAnyPackage("org.edubalance.dataimport..", "org.edubalance.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.edubalance.cli..", "org.edubalance.app..")
            .as("Importers and renderers never depend on the CLI or the app");

    @ArchTest
    static final ArchRule noCyclesBetweenModules =
            slices().matching("org.edubalance.(*)..").should().beFreeOfCycles().as("D7: no cycles between modules");

    @ArchTest
    static final ArchRule noCyclesInsideCore = slices().matching("org.edubalance.core.(*)..")
            .should()
            .beFreeOfCycles()
            .as("D7: no cycles inside core");

    @ArchTest
    static final ArchRule noCyclesInsideModules = slices().matching("org.edubalance.(*).(*)..")
            .should()
            .beFreeOfCycles()
            .as("D7: no cycles between the packages of a module");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.as(
            "D8: no System.out / System.err (the CLI writes through picocli's writers)");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noClockReadsInThePureModules = noClasses()
            .that()
            .resideInAnyPackage("org.edubalance.statistics..", "org.edubalance.core..", "org.edubalance.planning..")
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .as("D8: statistics, core and planning take dates or a Clock, never the wall clock");

    @ArchTest
    static final ArchRule bannedClassNames = noClasses()
            .should()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameStartingWith("Base")
            .as("D9: no *Utils, *Helper, *Manager, *Impl or Base* classes");
}
