package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Material;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The repository's print materials: every activity that needs paper ships it, and the kinds are all used. */
class ShippedMaterialsTest {

    private static final Curriculum CURRICULUM = CurriculumLoader.load(Path.of("curriculum")).curriculum();

    @Test
    void nearlyEveryActivityShipsPrintMaterials() {
        Set<String> withMaterials = CURRICULUM.materials().stream().map(Material::activityId).collect(Collectors.toSet());
        assertThat(withMaterials).hasSizeGreaterThanOrEqualTo(44);
        assertThat(CURRICULUM.activities()).allSatisfy(a ->
                assertThat(CURRICULUM.materialsOf(a.id())).allSatisfy(m -> assertThat(m.copies()).isNotBlank()));
    }

    @Test
    void worksheetsCardsAnswerKeysAndDataSetsAreAllThere() {
        Set<Material.Kind> kinds = CURRICULUM.materials().stream().map(Material::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(Material.Kind.values());
        Material applicants = CURRICULUM.materialsOf("hvem-skal-have-pladsen").stream()
                .filter(m -> m.id().equals("ansoegerkort")).findFirst().orElseThrow();
        assertThat(applicants.cards()).hasSize(60);
        assertThat(CURRICULUM.materialsOf("din-feed-er-ikke-min-feed").stream().filter(m -> m.id().equals("feedkort"))
                .findFirst().orElseThrow().cards()).hasSize(60);
    }
}
