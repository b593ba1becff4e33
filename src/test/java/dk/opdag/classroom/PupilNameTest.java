package dk.opdag.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PupilNameTest {

    @Test
    void keepsOnlyFirstNameAndInitial() {
        assertThat(PupilName.parse("Anna")).contains(new PupilName("Anna", null));
        assertThat(PupilName.parse("  anna   b. ")).contains(new PupilName("Anna", "B"));
        assertThat(PupilName.parse("Anna Bech Jensen")).contains(new PupilName("Anna", "J"));
        assertThat(PupilName.parse("Ali-Reza K")).contains(new PupilName("Ali-Reza", "K"));
        assertThat(PupilName.parse("Søren Ærø")).contains(new PupilName("Søren", "Æ"));
        assertThat(PupilName.parse("Zoë")).get().extracting(PupilName::display).isEqualTo("Zoë");
    }

    @Test
    void markupAndNonsenseAreNotNames() {
        assertThat(PupilName.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(PupilName.parse("Anna <b>")).isEmpty();
        assertThat(PupilName.parse("1234")).isEmpty();
        assertThat(PupilName.parse("")).isEmpty();
        assertThat(PupilName.parse("a".repeat(41))).isEmpty();
        assertThat(PupilName.parse("Robert'); DROP TABLE app_user;--")).isEmpty();
    }

    @Test
    void duplicatesCompareNameAndInitial() {
        PupilName emilK = new PupilName("Emil", "K");
        assertThat(emilK.sameAs("emil", "k")).isTrue();
        assertThat(emilK.sameAs("Emil", "B")).isFalse();
        assertThat(new PupilName("Emil", null).sameAs("Emil", null)).isTrue();
        assertThat(new PupilName("Emil", null).sameAs("Emil", "B")).isFalse();
    }
}
