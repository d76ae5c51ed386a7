package io.refunds.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports in libs/platform run one way, down these layers:
 * <ol>
 * <li>adapters — {@code consumer} (the one consumer over the inbox), {@code metrics} (Micrometer behind the inbox's
 * dead-letter count, gauges over the tables), {@code health}, {@code openapi};</li>
 * <li>features — {@code inbox}, {@code deadline}, {@code idempotency}, {@code negotiation}, {@code api}: siblings that
 * never use each other;</li>
 * <li>messaging — {@code outbox} (the relay and the CloudEvents headers the inbox reads back);</li>
 * <li>problems — {@code problem} (problem+json);</li>
 * <li>foundation — {@code text}, {@code tracing}, {@code notify}, {@code security}, {@code parties},
 * {@code payment}, {@code outbound} (an outside API's answer back on the caller's context).</li>
 * </ol>
 * A layer may use the layers below it, never one above; no two packages import each other, in any layer.
 */
class PackageRulesTest {

    private static final String ROOT = "io.refunds.platform";
    private static final String[] ADAPTERS = packages("consumer", "metrics", "health", "openapi");
    private static final String[] FEATURES = packages("inbox", "deadline", "idempotency", "negotiation", "api");
    private static final String[] MESSAGING = packages("outbox");
    private static final String[] PROBLEMS = packages("problem");
    private static final String[] FOUNDATION = packages("text", "tracing", "notify", "security", "parties", "payment",
            "outbound");

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noTwoPackagesImportEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PLATFORM);
    }

    @Test
    void importsRunDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("adapters").definedBy(ADAPTERS)
                .layer("features").definedBy(FEATURES)
                .layer("messaging").definedBy(MESSAGING)
                .layer("problems").definedBy(PROBLEMS)
                .layer("foundation").definedBy(FOUNDATION)
                .whereLayer("adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("features").mayOnlyBeAccessedByLayers("adapters")
                .whereLayer("messaging").mayOnlyBeAccessedByLayers("adapters", "features")
                .whereLayer("problems").mayOnlyBeAccessedByLayers("adapters", "features", "messaging")
                .check(PLATFORM);
    }

    @Test
    void featuresNeverUseEachOther() {
        neverUseEachOther(FEATURES);
    }

    @Test
    void adaptersNeverUseEachOther() {
        neverUseEachOther(ADAPTERS);
    }

    /** A new package must be placed in a layer here, or the rules above would not see it. */
    @Test
    void everyPackageHasItsLayer() {
        Set<String> placed = Stream.of(ADAPTERS, FEATURES, MESSAGING, PROBLEMS, FOUNDATION).flatMap(Stream::of)
                .map(pattern -> pattern.substring(0, pattern.length() - 2))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = PLATFORM.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(ROOT + "."))
                .map(name -> ROOT + "." + name.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(placed, present);
    }

    private static void neverUseEachOther(String[] siblings) {
        for (String sibling : siblings) {
            String[] others = Stream.of(siblings).filter(other -> !other.equals(sibling)).toArray(String[]::new);
            noClasses().that().resideInAPackage(sibling)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(PLATFORM);
        }
    }

    private static String[] packages(String... names) {
        return Stream.of(names).map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    }
}
