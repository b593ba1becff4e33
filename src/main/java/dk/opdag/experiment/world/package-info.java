/**
 * Experiment worlds: the {@link dk.opdag.experiment.world.World} interface, the
 * {@link dk.opdag.experiment.world.Worlds} registry and one sub-package per world with its blocks, state,
 * snapshot and checks.
 */
package dk.opdag.experiment.world;
