package io.refunds.order;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.refunds.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Imports between order-service's packages run one way, from the feature on top to the ones below it:
 * {@code cases} → {@code evidence}, {@code returns}, {@code policy}, {@code timeline} → {@code order}, and
 * {@code returns} → {@code policy}, and {@code parcels} → {@code policy}, {@code order}. A lower package that needs something of a higher one declares it (a port such as
 * {@code policy.OpenCases} or {@code evidence.CaseAccess}, or a CDI event such as {@code evidence.QcPhotoAdded}) and
 * the higher one provides it. The rules run on the compiled main classes.
 */
class PackageRulesTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClasses("io.refunds.order");

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.packagesFreeOfCycles("io.refunds.order").check(CLASSES);
    }

    @Test
    void featuresUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cases").definedBy("io.refunds.order.cases..")
                .layer("evidence").definedBy("io.refunds.order.evidence..")
                .layer("returns").definedBy("io.refunds.order.returns..")
                .layer("parcels").definedBy("io.refunds.order.parcels..")
                .layer("policy").definedBy("io.refunds.order.policy..")
                .layer("timeline").definedBy("io.refunds.order.timeline..")
                .layer("order").definedBy("io.refunds.order.order..")
                .layer("metrics").definedBy("io.refunds.order.metrics..")
                .whereLayer("cases").mayNotBeAccessedByAnyLayer()
                .whereLayer("evidence").mayOnlyBeAccessedByLayers("cases")
                .whereLayer("returns").mayOnlyBeAccessedByLayers("cases")
                .whereLayer("parcels").mayOnlyBeAccessedByLayers("cases")
                .whereLayer("policy").mayOnlyBeAccessedByLayers("cases", "returns", "parcels")
                .whereLayer("timeline").mayOnlyBeAccessedByLayers("cases")
                .whereLayer("order").mayOnlyBeAccessedByLayers("cases", "evidence", "policy", "returns", "parcels")
                .whereLayer("metrics").mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void theLifecyclesAreFreeOfKafkaTheDatabaseAndHttp() {
        ArchitectureRules.lifecycleIsPure("io\\.refunds\\.order\\."
                + "(cases\\.(CaseLifecycle|CaseChange)|returns\\.(ReturnLifecycle|ReturnChange))", false)
                .check(CLASSES);
    }

    @Test
    void resourcesOnlyTranslateHttp() {
        ArchitectureRules.resourcesOnlyTranslateHttp("CaseLifecycle", "CachedCaseViews").check(CLASSES);
    }
}
