package io.refunds.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Imports between order-service's packages run one way, from the feature on top to the ones below it:
 * {@code cases} → {@code evidence}, {@code returns}, {@code policy}, {@code timeline} → {@code order}, and
 * {@code returns} → {@code policy}. A lower package that needs something of a higher one declares it (a port such as
 * {@code policy.OpenCases} or {@code evidence.CaseAccess}, or a CDI event such as {@code evidence.QcPhotoAdded}) and
 * the higher one provides it. The rules run on the compiled main classes.
 */
class PackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.refunds.order");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.refunds.order.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featuresUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cases").definedBy("io.refunds.order.cases..")
                .layer("evidence").definedBy("io.refunds.order.evidence..")
                .layer("returns").definedBy("io.refunds.order.returns..")
                .layer("policy").definedBy("io.refunds.order.policy..")
                .layer("timeline").definedBy("io.refunds.order.timeline..")
                .layer("order").definedBy("io.refunds.order.order..")
                .layer("metrics").definedBy("io.refunds.order.metrics..")
                .whereLayer("cases").mayNotBeAccessedByAnyLayer()
                .whereLayer("evidence").mayOnlyBeAccessedByLayers("cases")
                .whereLayer("returns").mayOnlyBeAccessedByLayers("cases")
                .whereLayer("policy").mayOnlyBeAccessedByLayers("cases", "returns")
                .whereLayer("timeline").mayOnlyBeAccessedByLayers("cases")
                .whereLayer("order").mayOnlyBeAccessedByLayers("cases", "evidence", "policy", "returns")
                .whereLayer("metrics").mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void theLifecyclesAreFreeOfKafkaTheDatabaseAndHttp() {
        noClasses().that().haveNameMatching("io\\.refunds\\.order\\."
                + "(cases\\.(CaseLifecycle|CaseChange)|returns\\.(ReturnLifecycle|ReturnChange))(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("io.smallrye..", "io.vertx..", "org.apache.kafka..",
                        "org.hibernate..", "io.quarkus..", "jakarta.ws.rs..", "jakarta.enterprise..",
                        "io.refunds.platform.outbox..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void resourcesOnlyTranslateHttp() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleName("Outbox")
                .orShould().dependOnClassesThat().haveSimpleName("CaseLifecycle")
                .orShould().dependOnClassesThat().haveSimpleName("CachedCaseViews")
                .check(CLASSES);
    }
}
