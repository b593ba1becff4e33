package dk.opdag.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.program.Program;
import dk.opdag.experiment.program.WorkspaceException;
import dk.opdag.experiment.program.WorkspaceParser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pupil's program as a nested text outline (block types and their field values, stacks in order), parsed by the
 * engine's own parser. Readable by screen readers and in print, beside the read-only block view.
 */
final class WorkspacePreview {

    private WorkspacePreview() {
    }

    static Component of(String workspaceJson) {
        Div outline = new Div();
        outline.addClassName("opdag-outline");
        Program program;
        try {
            program = new WorkspaceParser().parse(workspaceJson);
        } catch (WorkspaceException e) {
            outline.add(new Paragraph(outline.getTranslation("teaching.work.outline-unreadable")));
            return outline;
        }
        if (program.stacks().isEmpty()) {
            outline.add(new Paragraph(outline.getTranslation("teaching.work.outline-empty")));
            return outline;
        }
        outline.add(new Paragraph(outline.getTranslation("teaching.work.outline", program.blockCount())));
        UnorderedList stacks = new UnorderedList();
        for (List<Block> stack : program.stacks()) {
            ListItem item = new ListItem();
            item.add(chain(stack));
            stacks.add(item);
        }
        outline.add(stacks);
        return outline;
    }

    private static UnorderedList chain(List<Block> blocks) {
        UnorderedList list = new UnorderedList();
        for (Block b : blocks) {
            ListItem item = new ListItem();
            Span type = new Span(b.type());
            type.addClassName("opdag-outline-type");
            item.add(type);
            if (!b.fields().isEmpty()) {
                item.add(new Span(" " + b.fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))));
            }
            if (!b.enabled()) {
                item.add(new Span(" " + item.getTranslation("teaching.work.outline-disabled")));
            }
            b.inputs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (!e.getValue().isEmpty()) {
                    ListItem input = new ListItem(new Span(e.getKey() + ":"), chain(e.getValue()));
                    UnorderedList wrap = new UnorderedList(input);
                    item.add(wrap);
                }
            });
            list.add(item);
        }
        return list;
    }
}
