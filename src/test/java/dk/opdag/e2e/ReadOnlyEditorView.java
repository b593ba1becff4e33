package dk.opdag.e2e;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import dk.opdag.blockly.BlocklyEditor;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.lab.LabBlocks;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * Test-only page (in the test sources, so never in the app): the Blockly add-on read-only, the way a teacher will
 * see a pupil's work, with a counter of change events that reach the server and a button that makes it editable.
 */
@Route("test/blockly-read-only")
@PermitAll
public class ReadOnlyEditorView extends Div {

    public ReadOnlyEditorView(CurriculumStore curriculum, LabBlocks blocks) {
        var experiment = curriculum.curriculum().experiment("skildpadde-sekskant").orElseThrow();
        BlocklyEditor editor = new BlocklyEditor();
        editor.setMessages(blocks.messages(Locale.of("da")));
        editor.setBlockDefinitions(blocks.definitions(Locale.of("da")));
        editor.setToolbox(experiment.first().toolbox().toString());
        editor.setReadOnly(true);
        editor.setWorkspace(experiment.first().solution());
        Span changes = new Span("0");
        changes.setId("changes");
        int[] count = {0};
        editor.addWorkspaceChangeListener(e -> changes.setText(String.valueOf(++count[0])));
        Button editable = new Button("Redigér", e -> editor.setReadOnly(false));
        add(editor, changes, editable);
    }
}
