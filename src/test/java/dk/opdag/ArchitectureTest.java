package dk.opdag;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature boundaries of DESIGN.md, enforced: each top-level package under {@code dk.opdag} is a feature
 * slice. Known repository uses across features that could not be removed yet are frozen in
 * {@code src/test/resources/archunit_store} (see {@code archunit.properties}): they are listed there, and any new
 * one fails this test. Cycles between features are not frozen: there are none.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.opdag");
    }

    /** No cycle is frozen: the last one (account and shell) is gone, so every new one fails at once. */
    @Test
    void featureSlicesAreFreeOfCycles() {
        slices().matching("dk.opdag.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeatureAndNeverFromUi() {
        ArchRule rule = classes().that().haveSimpleNameEndingWith("Repository")
                .and().resideInAPackage("dk.opdag..")
                .should(beUsedOnlyByTheirOwnFeatureOutsideUi());
        FreezingArchRule.freeze(rule).check(production);
    }

    @Test
    void experimentEngineDependsOnTheJdkAndJacksonOnly() {
        ArchRule rule = classes().that().resideInAPackage("dk.opdag.experiment..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dk.opdag.experiment..", "java..", "javax.annotation..",
                        "com.fasterxml.jackson..", "tools.jackson..");
        rule.check(production);
    }

    /** The feature of a class: the first package segment under dk.opdag ("" for the root package). */
    static String featureOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith("dk.opdag.")) {
            return "";
        }
        String rest = pkg.substring("dk.opdag.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inUiPackage(JavaClass type) {
        return ("." + type.getPackageName() + ".").contains(".ui.");
    }

    private static ArchCondition<JavaClass> beUsedOnlyByTheirOwnFeatureOutsideUi() {
        return new ArchCondition<>("be used only by their own feature, and not from a ui package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    boolean otherFeature = !featureOf(user).equals(feature);
                    if (otherFeature || inUiPackage(user)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
