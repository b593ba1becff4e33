package dk.opdag.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.testing.MutableClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabTextsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T13:00:00Z"));

    @Test
    void timesAreDanishTimeTodayOrWithTheDay() {
        OffsetDateTime morning = OffsetDateTime.of(2026, 3, 2, 9, 5, 0, 0, ZoneOffset.UTC);
        assertThat(LabTexts.when(morning, OpdagI18nProvider.DANISH, clock)).isEqualTo("i dag kl. 10.05");
        assertThat(LabTexts.when(morning, OpdagI18nProvider.ENGLISH, clock)).isEqualTo("today at 10:05");
        assertThat(LabTexts.when(morning.minusDays(3), OpdagI18nProvider.DANISH, clock)).startsWith("27. feb")
                .endsWith("kl. 10.05");
        assertThat(LabTexts.when(null, OpdagI18nProvider.DANISH, clock)).isEmpty();
    }

    @Test
    void theWorldPanelGetsItsTextsWithSlotsForTheBrowser() {
        Map<String, String> danish = LabTexts.world(OpdagI18nProvider.DANISH);
        assertThat(danish).containsEntry("step", "Trin {0} af {1}").containsEntry("decimal", ",");
        assertThat(LabTexts.world(OpdagI18nProvider.ENGLISH)).containsEntry("step", "Step {0} of {1}")
                .containsEntry("decimal", ".").containsKey("ev.robot.bump");
        assertThat(danish.keySet()).isEqualTo(LabTexts.world(OpdagI18nProvider.ENGLISH).keySet());
    }
}
