package io.refunds.refund;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.refunds.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Package imports run one way: {@code provider} (the payment-provider port and its Stripe adapter) and {@code ledger}
 * at the bottom, importing nothing of the service; {@code refund} (the aggregate, its rules, its persistence, its
 * HTTP and its consumer) on them, and {@code clawback} (what buyers owe back for found parcels) between the consumer
 * and the ledger; {@code payout} (provider attempts on their deadlines) and {@code wallet} on top,
 * used by nothing; {@code metrics} on its own.
 */
class PackageRulesTest {

    private static final JavaClasses SERVICE = ArchitectureRules.mainClasses("io.refunds.refund");

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.packagesFreeOfCycles("io.refunds.refund").check(SERVICE);
    }

    @Test
    void featurePackagesUseOnlyLowerOnes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("payout").definedBy("io.refunds.refund.payout..")
                .layer("wallet").definedBy("io.refunds.refund.wallet..")
                .layer("metrics").definedBy("io.refunds.refund.metrics..")
                .layer("refund").definedBy("io.refunds.refund.refund..")
                .layer("clawback").definedBy("io.refunds.refund.clawback..")
                .layer("ledger").definedBy("io.refunds.refund.ledger..")
                .layer("provider").definedBy("io.refunds.refund.provider..")
                .whereLayer("payout").mayNotBeAccessedByAnyLayer()
                .whereLayer("wallet").mayNotBeAccessedByAnyLayer()
                .whereLayer("metrics").mayNotBeAccessedByAnyLayer()
                .whereLayer("refund").mayOnlyBeAccessedByLayers("payout")
                .whereLayer("clawback").mayOnlyBeAccessedByLayers("refund", "wallet")
                .whereLayer("ledger").mayOnlyBeAccessedByLayers("refund", "payout", "wallet", "clawback")
                .whereLayer("provider").mayOnlyBeAccessedByLayers("refund", "payout")
                .check(SERVICE);
    }

    @Test
    void everyClassIsInAFeaturePackage() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .should().resideInAnyPackage("io.refunds.refund.payout..", "io.refunds.refund.wallet..",
                        "io.refunds.refund.metrics..", "io.refunds.refund.refund..", "io.refunds.refund.ledger..",
                        "io.refunds.refund.clawback..",
                        "io.refunds.refund.provider..")
                .check(SERVICE);
    }

    /** The refund is its own lifecycle: an entity whose mapping annotations are its only tie to Hibernate. */
    @Test
    void theLifecycleIsFreeOfKafkaTheDatabaseAndHttp() {
        ArchitectureRules.lifecycleIsPure("io\\.refunds\\.refund\\.refund\\.(Refund|RefundChange)", true)
                .check(SERVICE);
    }

    @Test
    void resourcesOnlyTranslateHttp() {
        ArchitectureRules.resourcesOnlyTranslateHttp("Refund").check(SERVICE);
    }
}
