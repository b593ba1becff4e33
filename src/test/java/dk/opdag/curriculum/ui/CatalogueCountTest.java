package dk.opdag.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.catalogue.CatalogueRepository;
import org.junit.jupiter.api.Test;

class CatalogueCountTest {

    @Test
    void aFullPageOfHitsSaysAtLeastInsteadOfAnExactNumber() {
        assertThat(CatalogueView.countKey(0)).isEqualTo("catalogue.count");
        assertThat(CatalogueView.countKey(1)).isEqualTo("catalogue.count-one");
        assertThat(CatalogueView.countKey(CatalogueRepository.MAX_RESULTS - 1)).isEqualTo("catalogue.count");
        assertThat(CatalogueView.countKey(CatalogueRepository.MAX_RESULTS)).isEqualTo("catalogue.count-many");
    }
}
