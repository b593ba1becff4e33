package dk.opdag;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.opdag.classroom.ClassRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature boundaries of DESIGN.md, enforced: each top-level package under {@code dk.opdag} is a feature
 * slice. Nothing is frozen: no cycle between features and no use of another feature's repository is allowed, so
 * any new one fails this test at once.
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

    /** Not frozen: every feature offers a small service API, so any new use of another's repository fails. */
    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeatureAndNeverFromUi() {
        repositoryRule().check(production);
    }

    @Test
    void theRepositoryRuleCatchesAClassThatUsesAnotherFeaturesRepository() {
        JavaClasses withMisuse = new ClassFileImporter().importClasses(ClassRepository.class,
                UsesAnotherFeaturesRepository.class);
        assertThatThrownBy(() -> repositoryRule().check(withMisuse)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(UsesAnotherFeaturesRepository.class.getName());
    }

    /** Lives in the root package, so ClassRepository belongs to another feature (classroom) here. */
    static final class UsesAnotherFeaturesRepository {
        @SuppressWarnings("unused")
        private ClassRepository classes;
    }

    private static ArchRule repositoryRule() {
        return classes().that().haveSimpleNameEndingWith("Repository")
                .and().resideInAPackage("dk.opdag..")
                .should(beUsedOnlyByTheirOwnFeatureOutsideUi());
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
