package io.refunds.messaging;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.refunds.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Imports between messaging-service's packages run one way, top to bottom: {@code inbound} (the one consumer and the
 * deadline handlers) and {@code conversation} (its resource and services) over {@code offer}, over
 * {@code negotiation} (the conversation aggregate, its lifecycle, repositories and recorder), over {@code deadline}
 * (the seller's clock and its rows); {@code upstream} (the refund filed on the marketplace) is used by
 * {@code inbound} and uses {@code negotiation} and {@code marketplace} (the port and its adapters); {@code metrics}
 * stands apart.
 */
class PackageRulesTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClasses("io.refunds.messaging");

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.packagesFreeOfCycles("io.refunds.messaging").check(CLASSES);
    }

    @Test
    void featurePackagesUseLowerOnesNeverTheReverse() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("inbound").definedBy("io.refunds.messaging.inbound..")
                .layer("conversation").definedBy("io.refunds.messaging.conversation..")
                .layer("offer").definedBy("io.refunds.messaging.offer..")
                .layer("negotiation").definedBy("io.refunds.messaging.negotiation..")
                .layer("deadline").definedBy("io.refunds.messaging.deadline..")
                .layer("upstream").definedBy("io.refunds.messaging.upstream..")
                .layer("marketplace").definedBy("io.refunds.messaging.marketplace..")
                .layer("metrics").definedBy("io.refunds.messaging.metrics..")
                .whereLayer("inbound").mayNotBeAccessedByAnyLayer()
                .whereLayer("conversation").mayNotBeAccessedByAnyLayer()
                .whereLayer("offer").mayOnlyBeAccessedByLayers("conversation")
                .whereLayer("negotiation").mayOnlyBeAccessedByLayers("inbound", "conversation", "offer", "upstream")
                .whereLayer("upstream").mayOnlyBeAccessedByLayers("inbound")
                .whereLayer("marketplace").mayOnlyBeAccessedByLayers("upstream")
                .whereLayer("deadline").mayOnlyBeAccessedByLayers("inbound", "negotiation")
                .whereLayer("metrics").mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void theLifecycleIsFreeOfKafkaTheDatabaseAndHttp() {
        ArchitectureRules.lifecycleIsPure("io\\.refunds\\.messaging\\.negotiation\\.ConversationLifecycle", false)
                .check(CLASSES);
        ArchitectureRules.lifecycleIsPure("io\\.refunds\\.messaging\\.upstream\\.UpstreamRefundLifecycle", false)
                .check(CLASSES);
    }

    @Test
    void resourcesOnlyTranslateHttp() {
        ArchitectureRules.resourcesOnlyTranslateHttp("ConversationLifecycle", "UpstreamRefundLifecycle").check(CLASSES);
    }
}
