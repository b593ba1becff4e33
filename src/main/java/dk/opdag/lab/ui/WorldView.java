package dk.opdag.lab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import dk.opdag.blockly.BlocklyEditor;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world panel of the experiment view: draws a world from the engine's snapshots and replays a run's trace,
 * highlighting in the linked editor the block that caused each event. Nothing is decided in the browser.
 */
@Tag("opdag-world")
@JsModule("./opdag-world/opdag-world.js")
public class WorldView extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private BlocklyEditor editor;

    public WorldView() {
        addAttachListener(e -> linkInBrowser());
    }

    /** Texts for the panel (key without {@code lab.world.}), with {0}-style slots filled in the browser. */
    public void setMessages(Map<String, String> messages) {
        // Interned: every open experiment page of a language holds the same 2 KB text, not a copy of its own.
        getElement().setProperty("messages", JSON.writeValueAsString(messages).intern());
    }

    /** Replay speed from 1 (slow) to 5 (fast). */
    public void setSpeed(int speed) {
        getElement().setProperty("speed", Math.max(1, Math.min(5, speed)));
    }

    /** Music experiments play their notes aloud (WebAudio) when this is on. */
    public void setSound(boolean on) {
        getElement().setProperty("sound", on);
    }

    /** The editor whose blocks are highlighted during a replay. */
    public void linkEditor(BlocklyEditor editor) {
        this.editor = editor;
        if (isAttached()) {
            linkInBrowser();
        }
    }

    private void linkInBrowser() {
        if (editor != null) {
            getElement().executeJs("this.editor = $0", editor.getElement());
        }
    }

    public void showStart(Replay replay) {
        getElement().callJsFunction("showStart", replay.json());
    }

    public void play(Replay replay) {
        getElement().callJsFunction("play", replay.json());
    }

    public void startSteps(Replay replay) {
        getElement().callJsFunction("startSteps", replay.json());
    }

    public void step() {
        getElement().callJsFunction("step");
    }

    public void reset() {
        getElement().callJsFunction("reset");
    }

    public Registration addReplayDoneListener(ComponentEventListener<ReplayDoneEvent> listener) {
        return addListener(ReplayDoneEvent.class, listener);
    }

    public Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    /** The replay reached the end (or a step-by-step replay its last step). */
    @DomEvent("opdag-replay-done")
    public static class ReplayDoneEvent extends ComponentEvent<WorldView> {
        public ReplayDoneEvent(WorldView source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** One step of a step-by-step replay was shown. */
    @DomEvent("opdag-step")
    public static class StepEvent extends ComponentEvent<WorldView> {
        private final int index;
        private final int total;

        public StepEvent(WorldView source, boolean fromClient, @EventData("event.detail.index") int index,
                         @EventData("event.detail.total") int total) {
            super(source, fromClient);
            this.index = index;
            this.total = total;
        }

        public int getIndex() {
            return index;
        }

        public int getTotal() {
            return total;
        }
    }
}
