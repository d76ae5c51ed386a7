package io.refunds.messaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Imports between messaging-service's packages run one way, top to bottom: {@code inbound} (the one consumer and the
 * deadline handlers) and {@code conversation} (its resource and services) over {@code offer}, over
 * {@code negotiation} (the conversation aggregate, its lifecycle, repositories and recorder), over {@code deadline}
 * (the seller's clock and its rows); {@code metrics} stands apart.
 */
class PackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.refunds.messaging");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.refunds.messaging.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featurePackagesUseLowerOnesNeverTheReverse() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("inbound").definedBy("io.refunds.messaging.inbound..")
                .layer("conversation").definedBy("io.refunds.messaging.conversation..")
                .layer("offer").definedBy("io.refunds.messaging.offer..")
                .layer("negotiation").definedBy("io.refunds.messaging.negotiation..")
                .layer("deadline").definedBy("io.refunds.messaging.deadline..")
                .layer("metrics").definedBy("io.refunds.messaging.metrics..")
                .whereLayer("inbound").mayNotBeAccessedByAnyLayer()
                .whereLayer("conversation").mayNotBeAccessedByAnyLayer()
                .whereLayer("offer").mayOnlyBeAccessedByLayers("conversation")
                .whereLayer("negotiation").mayOnlyBeAccessedByLayers("inbound", "conversation", "offer")
                .whereLayer("deadline").mayOnlyBeAccessedByLayers("inbound", "negotiation")
                .whereLayer("metrics").mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void theLifecycleIsFreeOfKafkaTheDatabaseAndHttp() {
        noClasses().that().haveNameMatching("io\\.refunds\\.messaging\\.negotiation\\.ConversationLifecycle(\\$.*)?")
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
                .orShould().dependOnClassesThat().haveSimpleName("ConversationLifecycle")
                .check(CLASSES);
    }
}
