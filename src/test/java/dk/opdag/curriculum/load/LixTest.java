package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LixTest {

    @Test
    void wordsPerSentencePlusPercentLongWords() {
        // 8 words, 2 sentences, 2 words over six letters ("computer", "instruktioner"): 4 + 25 = 29.
        Lix.Score score = Lix.of("En computer følger instruktioner. Den gør det godt.");

        assertThat(score.words()).isEqualTo(8);
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.longWords()).isEqualTo(2);
        assertThat(score.value()).isCloseTo(29.0, within(0.001));
        assertThat(score.rounded()).isEqualTo(29);
    }

    @Test
    void questionsColonsAndExclamationsEndSentences() {
        assertThat(Lix.of("Hvem? Dig! Sådan: nu.").sentences()).isEqualTo(4);
    }

    @Test
    void decimalsAndHyphenatedWordsDoNotSplit() {
        Lix.Score score = Lix.of("Tallet 1.5 og hvis-så-regler");

        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.words()).isEqualTo(4);
        assertThat(score.longWords()).isEqualTo(1); // "hvis-så-regler" has 12 letters
    }

    @Test
    void emptyTextScoresZero() {
        assertThat(Lix.of("").value()).isZero();
    }
}
