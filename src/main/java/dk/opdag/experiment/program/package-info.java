/**
 * Reading Blockly's JSON workspace format into an immutable tree of {@link dk.opdag.experiment.program.Block}
 * records ({@link dk.opdag.experiment.program.WorkspaceParser}).
 */
package dk.opdag.experiment.program;
