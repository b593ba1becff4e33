/**
 * JavaScript value semantics (coercions, number printing, string and array operations, V8's sort) used to make
 * the engine behave exactly like Blockly's generated JavaScript.
 */
package dk.opdag.experiment.js;
