package dk.opdag.curriculum.catalogue;

import dk.opdag.curriculum.model.Activity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The whole activity as JSON in activity.body, so the page can render the guide of any stored version. */
@Component
public class ActivityDocuments {

    private final JsonMapper json = JsonMapper.builder().build();

    public String toJson(Activity activity) {
        return json.writeValueAsString(activity);
    }

    public Activity fromJson(String body) {
        return json.readValue(body, Activity.class);
    }
}
