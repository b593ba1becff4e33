package dk.opdag.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * Works a Blockly editor the way a pupil does: real mouse drags from the toolbox and into the trash can, clicks
 * on number fields and typing. Blocks are found by type (Blockly puts the type on each block's SVG group).
 */
final class BlocklyDriver {

    /** Blocks in the main workspace, not in the toolbox's flyout (which is a workspace of its own). */
    private static final String MAIN = "opdag-blockly .blocklySvg > .blocklyWorkspace > .blocklyBlockCanvas ";
    private static final String FLYOUT = "opdag-blockly .blocklyFlyout ";

    private final Page page;

    BlocklyDriver(Page page) {
        this.page = page;
    }

    /** Waits until the editor shows a block of this type, and a moment for Blockly to settle. */
    BlocklyDriver waitFor(String type) {
        block(type).waitFor();
        page.waitForFunction("() => document.querySelector('opdag-blockly')?.ready === true");
        return this;
    }

    Locator block(String type) {
        return page.locator(MAIN + "g." + type).first();
    }

    int count(String type) {
        return page.locator(MAIN + "g." + type).count();
    }

    /** Types a new value into the first editable field of the first block of this type. */
    void setField(String type, String value) {
        page.locator(MAIN + "g." + type + " .blocklyEditableField").first().click();
        page.locator(".blocklyHtmlInput").fill(value);
        page.keyboard().press("Enter");
    }

    /** Types a new value into the first field inside a block of this type whose text contains {@code current}. */
    void setFieldShowing(String type, String current, String value) {
        page.locator(MAIN + "g." + type + " .blocklyEditableField", new Page.LocatorOptions().setHasText(current))
                .first().click();
        page.locator(".blocklyHtmlInput").fill(value);
        page.keyboard().press("Enter");
    }

    /** Drags the first block of this type (with what hangs below it) into the trash can. */
    void dragToTrash(String type) {
        BoundingBox from = box(page.locator(MAIN + "g." + type + " > .blocklyPath").first());
        BoundingBox trash = box(page.locator("opdag-blockly .blocklyTrash"));
        drag(from.x + 12, from.y + 12, trash.x + trash.width / 2, trash.y + trash.height / 2);
    }

    void openCategory(String name) {
        page.locator("opdag-blockly .blocklyToolboxCategory", new Page.LocatorOptions().setHasText(name)).click();
    }

    /** Drags a block of this type from the toolbox so that it snaps below the first block of type {@code below}. */
    void dragFromToolboxBelow(String type, String below) {
        BoundingBox from = box(page.locator(FLYOUT + "g." + type + " > .blocklyPath").first());
        BoundingBox target = box(page.locator(MAIN + "g." + below + " > .blocklyPath").first());
        drag(from.x + 12, from.y + 12, target.x + 12, target.y + target.height + 12);
    }

    /** Drags a block of this type from the toolbox to an empty spot of the workspace, right of the blocks. */
    void dragFromToolboxToEmptySpace(String type) {
        BoundingBox from = box(page.locator(FLYOUT + "g." + type + " > .blocklyPath").first());
        BoundingBox workspace = box(page.locator("opdag-blockly .blocklySvg"));
        drag(from.x + 12, from.y + 12, workspace.x + workspace.width * 0.7, workspace.y + workspace.height * 0.35);
    }

    /** The workspace JSON as the browser has it. */
    String workspace() {
        return (String) page.evaluate("() => document.querySelector('opdag-blockly').workspaceJson()");
    }

    private void drag(double x1, double y1, double x2, double y2) {
        page.mouse().move(x1, y1);
        page.mouse().down();
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            page.mouse().move(x1 + (x2 - x1) * i / steps, y1 + (y2 - y1) * i / steps);
        }
        page.mouse().up();
    }

    private static BoundingBox box(Locator locator) {
        locator.waitFor();
        BoundingBox box = locator.boundingBox();
        if (box == null) {
            throw new IllegalStateException("not visible: " + locator);
        }
        return box;
    }
}
