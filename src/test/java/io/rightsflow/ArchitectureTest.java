package io.rightsflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.rightsflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Features call each other's public services in one direction only; extension points break cycles. */
    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles =
            slices().matching("io.rightsflow.(*)..").should().beFreeOfCycles();

    /** A move to Operaton (the maintained fork) must stay a change of the workflow package. */
    @ArchTest
    static final ArchRule onlyTheWorkflowPackageWiresTheEngineInternals = noClasses()
            .that().resideOutsideOfPackage("io.rightsflow.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..");

    /** Only the link package sees token hashes; features act through LinkAction and Links. */
    @ArchTest
    static final ArchRule onlyTheLinkPackageTouchesLinkTokens = noClasses()
            .that().resideOutsideOfPackage("io.rightsflow.link..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.rightsflow.link.LinkToken");

    @ArchTest
    static final ArchRule mailGoesOutOnlyThroughTheMailPackage = noClasses()
            .that().resideOutsideOfPackage("io.rightsflow.mail..")
            .should().dependOnClassesThat().resideInAPackage("io.quarkus.mailer..");
}
