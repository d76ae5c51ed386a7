package io.refunds.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import java.util.List;
import java.util.stream.Stream;

/** The ArchUnit rules every service's PackageRulesTest shares: no cycles, pure lifecycles, thin resources. */
public final class ArchitectureRules {

    /** What a lifecycle may not touch: Kafka, the database, HTTP, CDI and the outbox. */
    private static final List<String> INFRASTRUCTURE = List.of("io.smallrye..", "io.vertx..", "org.apache.kafka..",
            "io.quarkus..", "jakarta.ws.rs..", "jakarta.enterprise..", "io.refunds.platform.outbox..");

    private ArchitectureRules() {
    }

    /** The service's main classes (tests left out). */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** No cycle between the packages right below {@code rootPackage}. */
    public static ArchRule packagesFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * The classes whose full name matches {@code lifecycleNames} (a regular expression; their nested classes too)
     * use neither Kafka, the database, HTTP, CDI nor the outbox, and no repository: rules that a unit test runs
     * without any of them. An entity that is its own lifecycle passes {@code entityMapping} true: it may carry
     * Hibernate's mapping annotations, never the reactive session or queries.
     */
    public static ArchRule lifecycleIsPure(String lifecycleNames, boolean entityMapping) {
        Stream<String> hibernate = entityMapping
                ? Stream.of("org.hibernate.reactive..", "org.hibernate.query..")
                : Stream.of("org.hibernate..");
        String[] forbidden = Stream.concat(INFRASTRUCTURE.stream(), hibernate).toArray(String[]::new);
        return noClasses().that().haveNameMatching("(" + lifecycleNames + ")(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
    }

    /**
     * A resource translates HTTP: it uses no repository and no outbox, and none of {@code rules} (the service's
     * lifecycles, or a cache it must reach through a service), so every write goes through the one shape of a write.
     */
    public static ArchRule resourcesOnlyTranslateHttp(String... rules) {
        ClassesShouldConjunction rule = noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleName("Outbox");
        for (String name : rules) {
            rule = rule.orShould().dependOnClassesThat().haveSimpleName(name);
        }
        return rule;
    }
}
