package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue stores each activity as JSON (activity.body) and reads it back, so the model must round-trip. */
class ActivityJsonTest {

    @Test
    void everyShippedActivityRoundTripsThroughJackson() {
        JsonMapper json = JsonMapper.builder().build();
        var activities = CurriculumLoader.load(ShippedCurriculumTest.SHIPPED).curriculum().activities();

        assertThat(activities).allSatisfy(a ->
                assertThat(json.readValue(json.writeValueAsString(a), Activity.class)).isEqualTo(a));
    }
}
