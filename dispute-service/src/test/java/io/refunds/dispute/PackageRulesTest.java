package io.refunds.dispute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.refunds.testing.ArchitectureRules;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Imports between dispute-service's packages run one way, downwards:
 * <pre>
 * consumer                                   (the one consumer and its handler table)
 * readside                                   (queue, views, history)
 * appeal followup information escalation assignment   (features: never each other)
 * decision
 * dispute                                    (the core: Dispute, DisputeLifecycle, repository, deadline)
 * casefile                                   (the case file built from events)
 * </pre>
 * A resource (a {@code @Path} class) may also render a read-side view as its answer (the assignment answers with
 * the dispute's summary). {@code dashboard} and {@code metrics} stand apart: they use no other package and none uses
 * them.
 */
class PackageRulesTest {

    private static final String ROOT = "io.refunds.dispute";
    private static final String READ_SIDE = "readside";
    private static final Map<String, Integer> LEVELS = Map.ofEntries(
            Map.entry("casefile", 0),
            Map.entry("dispute", 1),
            Map.entry("decision", 2),
            Map.entry("appeal", 3),
            Map.entry("followup", 3),
            Map.entry("information", 3),
            Map.entry("escalation", 3),
            Map.entry("assignment", 3),
            Map.entry(READ_SIDE, 4),
            Map.entry("consumer", 5));
    private static final Set<String> STANDALONE = Set.of("dashboard", "metrics");

    private static final JavaClasses SERVICE = ArchitectureRules.mainClasses(ROOT);

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.packagesFreeOfCycles(ROOT).check(SERVICE);
    }

    @Test
    void everyPackageHasItsPlace() {
        classes().should(new ArchCondition<>("be in a package with a level or standing apart") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String feature = featureOf(type).orElse("");
                if (!LEVELS.containsKey(feature) && !STANDALONE.contains(feature)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is in " + ROOT + "." + feature
                            + ", which PackageRulesTest does not place"));
                }
            }
        }).check(SERVICE);
    }

    @Test
    void importsRunDownwards() {
        classes().should(new ArchCondition<>("depend only on packages below their own") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = featureOf(type).orElse("");
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    Optional<String> to = featureOf(dependency.getTargetClass());
                    if (to.isPresent() && !to.get().equals(from) && !allowed(type, from, to.get())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": " + from + " may not use " + to.get()));
                    }
                }
            }
        }).check(SERVICE);
    }


    @Test
    void theLifecycleIsFreeOfKafkaTheDatabaseAndHttp() {
        ArchitectureRules.lifecycleIsPure("io\\.refunds\\.dispute\\.dispute\\.(DisputeLifecycle|DisputeChange)", false)
                .check(SERVICE);
    }

    @Test
    void resourcesOnlyTranslateHttp() {
        ArchitectureRules.resourcesOnlyTranslateHttp("DisputeLifecycle").check(SERVICE);
    }

    private static boolean allowed(JavaClass origin, String from, String to) {
        if (STANDALONE.contains(from) || STANDALONE.contains(to) || !LEVELS.containsKey(from)
                || !LEVELS.containsKey(to)) {
            return false;
        }
        return LEVELS.get(to) < LEVELS.get(from) || READ_SIDE.equals(to) && isResource(origin);
    }

    private static boolean isResource(JavaClass type) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.isAnnotatedWith(Path.class);
    }

    /** The first package below {@code io.refunds.dispute}: {@code decision} for {@code io.refunds.dispute.decision}. */
    private static Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
