/**
 * Levels: one program run against several start states (cases, some hidden), required blocks, an ideal block count,
 * and a score in Code.org's bands (fail &lt; 20 &le; pass &lt; 30 &le; perfect). {@link
 * dk.opdag.experiment.level.LevelRunner#run} is the entry point; {@link dk.opdag.experiment.level.LevelSpec#fromJson}
 * reads what a curriculum level describes. Plain Java like the rest of the engine.
 */
package dk.opdag.experiment.level;
