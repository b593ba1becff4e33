package dk.opdag.blockly;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Blockly workspace as a Vaadin component (npm {@code blockly}, pinned). Blockly's own keyboard navigation and
 * screen-reader support (built into Blockly 13) are on; zoom controls, a trash can and touch dragging are always
 * there.
 *
 * <p>Typical use:
 * <pre>{@code
 * BlocklyEditor editor = new BlocklyEditor();
 * editor.setLocale("da");                        // Blockly's own Danish texts (blockly/msg/da)
 * editor.setMessages(Map.of("MY_BLOCK", "gå frem %1"));  // texts for %{BKY_MY_BLOCK} in your blocks
 * editor.setBlockDefinitions(definitionsJsonArray);  // Blockly.defineBlocksWithJsonArray
 * editor.setToolbox(toolboxJson);
 * editor.setWorkspace(savedJson);                 // Blockly.serialization.workspaces JSON
 * editor.addWorkspaceChangeListener(e -> save(e.getJson()));   // debounced on the client
 * }</pre>
 *
 * <p><b>Showing someone's work without letting it change</b> (e.g. a teacher looking at a pupil's program):
 * {@code editor.setReadOnly(true)} before or after {@link #setWorkspace}. A read-only editor has no toolbox, no
 * trash can and sends no change events; blocks can still be scrolled and zoomed.
 *
 * <p>The server cannot read the browser's blocks synchronously; {@link #getWorkspace()} is the last JSON the
 * browser sent (or the server set). Size the component like any other ({@code setHeight}); without a size it
 * takes the full width and a height that suits Chromebooks and iPads (see {@code opdag-blockly.css}).
 *
 * <p>Messages, block definitions and the toolbox are not kept in the session: each is registered once per
 * content in {@link BlocklyResources} and the browser fetches it by address (a few bytes per session instead of
 * hundreds of KB).
 */
@Tag("opdag-blockly")
@NpmPackage(value = "blockly", version = BlocklyEditor.BLOCKLY_VERSION)
@JsModule("./opdag-blockly/opdag-blockly.js")
public class BlocklyEditor extends Component implements HasSize {

    /** The Blockly version the web component is built and tested with. */
    public static final String BLOCKLY_VERSION = "13.3.0";

    /**
     * Where Blockly's media (zoom and trash-can sprites, cursors, field icons) are served from:
     * {@code META-INF/resources/assets/blockly-media/} (a path Vaadin's security setup leaves public), copied
     * unchanged from {@code node_modules/blockly/media} of {@link #BLOCKLY_VERSION} (Apache 2.0; Vaadin's build deletes node_modules, so they are kept in the sources).
     * The sounds are left out: the editor runs with {@code sounds: false}. Copy them again when upgrading.
     */
    public static final String MEDIA_PATH = "assets/blockly-media/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String workspace = "{}";

    public BlocklyEditor() {
        getElement().setProperty("mediaPath", MEDIA_PATH);
        addWorkspaceChangeListener(e -> workspace = e.getJson());
    }

    /** Blockly's built-in language for its own blocks and menus: "da" (default) or "en". */
    public void setLocale(String language) {
        getElement().setProperty("locale", "en".equals(language) ? "en" : "da");
    }

    /**
     * Texts for {@code %{BKY_NAME}} references in block definitions and the toolbox (name without "BKY_").
     * Set them before (or together with) the definitions that use them.
     */
    public void setMessages(Map<String, String> messages) {
        getElement().setProperty("messagesUrl",
                BlocklyResources.url(JSON.writeValueAsString(new TreeMap<>(Objects.requireNonNull(messages)))));
    }

    /** Custom blocks as a JSON array for {@code Blockly.defineBlocksWithJsonArray}. */
    public void setBlockDefinitions(String jsonArray) {
        getElement().setProperty("blocksUrl", BlocklyResources.url(jsonArray == null ? "[]" : jsonArray));
    }

    /** The toolbox (flyout or category JSON). Null means no toolbox. */
    public void setToolbox(String toolboxJson) {
        getElement().setProperty("toolboxUrl", toolboxJson == null ? "" : BlocklyResources.url(toolboxJson));
    }

    /** Read-only: blocks can be looked at, scrolled and zoomed but not changed; no toolbox, no change events. */
    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", readOnly);
    }

    public boolean isReadOnly() {
        return getElement().getProperty("readonly", false);
    }

    /** Milliseconds of quiet after the last change before a change event is sent (default 800). */
    public void setChangeDebounce(int millis) {
        getElement().setProperty("debounce", Math.max(0, millis));
    }

    /** Longest workspace JSON the browser sends; larger workspaces fire {@link TooLargeEvent} instead. */
    public void setMaxWorkspaceChars(int chars) {
        getElement().setProperty("maxChars", chars);
    }

    /** Replaces the blocks in the browser with this workspace JSON (no change event is sent for the load). */
    public void setWorkspace(String json) {
        workspace = json == null || json.isBlank() ? "{}" : json;
        getElement().callJsFunction("loadWorkspace", workspace);
    }

    /** The last workspace JSON the browser sent, or the one set with {@link #setWorkspace}. */
    public String getWorkspace() {
        return workspace;
    }

    /** Highlights one block (as the program runs); null clears the highlight. */
    public void highlightBlock(String blockId) {
        getElement().callJsFunction("highlight", blockId);
    }

    /**
     * Tells the browser that the change with this sequence number is safely stored, so it does not send it again
     * when the page is left.
     */
    public void markSaved(int sequence) {
        getElement().callJsFunction("markSaved", sequence);
    }

    /**
     * When the page is closed or reloaded with unsaved changes, the browser posts them with
     * {@code navigator.sendBeacon} to {@code url} as a form: {@code workspace} plus these parameters.
     * Keep the parameters current (they usually carry the revision the change is based on).
     */
    public void setUnloadSave(String url, Map<String, String> parameters) {
        getElement().setProperty("unloadUrl", url == null ? "" : url);
        getElement().setProperty("unloadParams", JSON.writeValueAsString(parameters == null ? Map.of() : parameters));
    }

    /**
     * Keeps a copy of unsaved changes in the browser tab's sessionStorage under this key when the page is left, so
     * that a reload that overtakes the {@link #setUnloadSave page-leave post} still finds them: the new page fires
     * {@link RecoveredEvent} once. Use a key per user and document (null turns it off).
     */
    public void setRecoveryKey(String key) {
        getElement().setProperty("recoveryKey", key == null ? "" : key);
    }

    public Registration addRecoveredListener(ComponentEventListener<RecoveredEvent> listener) {
        return addListener(RecoveredEvent.class, listener);
    }

    public Registration addWorkspaceChangeListener(ComponentEventListener<WorkspaceChangeEvent> listener) {
        return addListener(WorkspaceChangeEvent.class, listener);
    }

    public Registration addLoadFailedListener(ComponentEventListener<LoadFailedEvent> listener) {
        return addListener(LoadFailedEvent.class, listener);
    }

    public Registration addTooLargeListener(ComponentEventListener<TooLargeEvent> listener) {
        return addListener(TooLargeEvent.class, listener);
    }

    /** The pupil changed the blocks; sent after {@link #setChangeDebounce a quiet moment}, or at once on leaving. */
    @DomEvent("opdag-workspace-change")
    public static class WorkspaceChangeEvent extends ComponentEvent<BlocklyEditor> {
        private final String json;
        private final int sequence;

        public WorkspaceChangeEvent(BlocklyEditor source, boolean fromClient,
                                    @EventData("event.detail.json") String json,
                                    @EventData("event.detail.seq") int sequence) {
            super(source, fromClient);
            this.json = json;
            this.sequence = sequence;
        }

        public String getJson() {
            return json;
        }

        /** Increases with every change sent; pass it to {@link BlocklyEditor#markSaved}. */
        public int getSequence() {
            return sequence;
        }
    }

    /** A workspace given to {@link #setWorkspace} could not be shown (for example an unknown block type). */
    @DomEvent("opdag-workspace-load-failed")
    public static class LoadFailedEvent extends ComponentEvent<BlocklyEditor> {
        private final String detail;

        public LoadFailedEvent(BlocklyEditor source, boolean fromClient,
                               @EventData("event.detail.message") String detail) {
            super(source, fromClient);
            this.detail = detail;
        }

        /** Blockly's own (English) explanation, for logs. */
        public String getDetail() {
            return detail;
        }
    }

    /**
     * The previous page in this tab was left with unsaved changes (see {@link #setRecoveryKey}); here they are,
     * with the page-leave parameters they were based on. The server decides whether to store and show them.
     */
    @DomEvent("opdag-workspace-recovered")
    public static class RecoveredEvent extends ComponentEvent<BlocklyEditor> {
        private final String json;
        private final Map<String, String> parameters;

        public RecoveredEvent(BlocklyEditor source, boolean fromClient, @EventData("event.detail.json") String json,
                              @EventData("event.detail.params") String parameters) {
            super(source, fromClient);
            this.json = json;
            Map<String, String> read;
            try {
                read = JSON.readValue(parameters == null ? "{}" : parameters,
                        new tools.jackson.core.type.TypeReference<Map<String, String>>() { });
            } catch (RuntimeException e) {
                read = Map.of();
            }
            this.parameters = Map.copyOf(read);
        }

        public String getJson() {
            return json;
        }

        /** The {@link #setUnloadSave} parameters at the time the page was left. */
        public Map<String, String> getParameters() {
            return parameters;
        }
    }

    /** The blocks grew larger than {@link #setMaxWorkspaceChars}; the JSON was not sent. */
    @DomEvent("opdag-workspace-too-large")
    public static class TooLargeEvent extends ComponentEvent<BlocklyEditor> {
        private final int chars;

        public TooLargeEvent(BlocklyEditor source, boolean fromClient, @EventData("event.detail.chars") int chars) {
            super(source, fromClient);
            this.chars = chars;
        }

        public int getChars() {
            return chars;
        }
    }
}
