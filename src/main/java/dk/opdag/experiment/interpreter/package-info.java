/** The interpreter for Blockly's standard blocks (internal; use {@link dk.opdag.experiment.Engine}). */
package dk.opdag.experiment.interpreter;
