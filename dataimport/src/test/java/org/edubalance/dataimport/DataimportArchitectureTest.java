package org.edubalance.dataimport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The module's own share of the house rules (style.md §4 D4, D7–D9), checked where the code lives. */
@AnalyzeClasses(packages = "org.edubalance.dataimport", importOptions = ImportOption.DoNotIncludeTests.class)
class DataimportArchitectureTest {

    @ArchTest
    static final ArchRule fileFormatLibrariesStayInTable = noClasses()
            .that()
            .resideOutsideOfPackage("org.edubalance.dataimport.table..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.poi..", "org.dhatim..", "org.apache.commons.csv..");

    @ArchTest
    static final ArchRule tableKnowsNothingOfTheContracts = noClasses()
            .that()
            .resideInAPackage("org.edubalance.dataimport.table..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.edubalance.dataimport",
                    "org.edubalance.dataimport.school..",
                    "org.edubalance.dataimport.county..",
                    "org.edubalance.core..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages =
            slices().matching("org.edubalance.dataimport.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noBannedNames = noClasses()
            .should()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameStartingWith("Base");
}
