/** Goal checks: parsing from JSON and the checks every world understands. */
package dk.opdag.experiment.check;
