/**
 * Goal checks: parsing from JSON, the checks every world understands, and {@code CheckFields} / {@code CheckReader}
 * through which each world reads its own checks (their records live in the world's package).
 */
package dk.opdag.experiment.check;
