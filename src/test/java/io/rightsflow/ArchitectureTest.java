package io.rightsflow;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

@AnalyzeClasses(packages = "io.rightsflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages every feature builds on; they know no feature (features plug in through their interfaces). */
    static final String[] FOUNDATION = { "io.rightsflow.system..", "io.rightsflow.security..", "io.rightsflow.audit..",
            "io.rightsflow.mail..", "io.rightsflow.link..", "io.rightsflow.account..", "io.rightsflow.catalog..",
            "io.rightsflow.request..", "io.rightsflow.workflow..", "io.rightsflow.web.." };

    /**
     * A feature's entities are its own: other features get records from its public services.
     * The catalogue is read-only reference data, shared by all.
     */
    @ArchTest
    static final ArchRule entitiesAreUsedOnlyInsideTheirFeature = classes()
            .that().areAnnotatedWith(Entity.class).and().resideOutsideOfPackage("io.rightsflow.catalog..")
            .should(beUsedOnlyFromTheirOwnPackage());

    @ArchTest
    static final ArchRule theFoundationDependsOnNoFeature = noClasses()
            .that().resideInAnyPackage(FOUNDATION)
            .should().dependOnClassesThat(resideInAPackage("io.rightsflow..").and(resideOutsideOfPackages(FOUNDATION)));

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

    /**
     * A page is written on its own worker thread (Pages.html): returned as a TemplateInstance, Qute
     * writes it on the I/O thread, where the layout cannot look up who is signed in.
     */
    @ArchTest
    static final ArchRule pagesAreWrittenBeforeTheyLeaveTheirMethod = methods()
            .that().areAnnotatedWith(jakarta.ws.rs.GET.class).or().areAnnotatedWith(jakarta.ws.rs.POST.class)
            .should().notHaveRawReturnType(io.quarkus.qute.TemplateInstance.class);

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (Dependency use : entity.getDirectDependenciesToSelf()) {
                    if (!use.getOriginClass().getPackageName().equals(entity.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }
}
