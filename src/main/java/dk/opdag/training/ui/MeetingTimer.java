package dk.opdag.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * A count-down for dialogue-card meetings ({@code <opdag-timer>} in {@code frontend/}): start, pause and reset are
 * native buttons in the element; the clock runs in the browser. Texts come from the training bundle.
 */
@Tag("opdag-timer")
@JsModule("./opdag-timer.ts")
public class MeetingTimer extends Component {

    public MeetingTimer(int minutes, String start, String pause, String reset, String done) {
        setMinutes(minutes);
        getElement().setAttribute("label-start", start);
        getElement().setAttribute("label-pause", pause);
        getElement().setAttribute("label-reset", reset);
        getElement().setAttribute("label-done", done);
    }

    public final void setMinutes(int minutes) {
        getElement().setAttribute("minutes", Integer.toString(minutes));
    }
}
