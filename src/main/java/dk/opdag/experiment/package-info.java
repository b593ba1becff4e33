/**
 * The block-program experiment engine: runs a pupil's Blockly program in a small simulated world and checks
 * the teacher's goals.
 *
 * <p>Flow: {@link dk.opdag.experiment.program.WorkspaceParser} reads Blockly's JSON into an immutable
 * {@link dk.opdag.experiment.program.Program}; the interpreter runs it inside a
 * {@link dk.opdag.experiment.world.World} with the semantics of Blockly's generated JavaScript (numbers are
 * doubles printed like JavaScript, {@code ==} and {@code +} coerce like JavaScript, variables are global and only
 * function parameters are local, 1-based list positions); then the
 * {@link dk.opdag.experiment.check.GoalCheck goal checks} are evaluated. Everything goes through
 * {@link dk.opdag.experiment.Engine#run(ExperimentSpec, String, Limits)}, which returns a
 * {@link dk.opdag.experiment.RunResult}.
 *
 * <p>Safety: every block evaluation is a step against a budget; recursion, nesting, list and text sizes, trace
 * length, workspace size and wall-clock time are bounded ({@link dk.opdag.experiment.Limits}). The program can only
 * reach the world it runs in. Randomness is seeded ({@link dk.opdag.experiment.ExperimentSpec#seed()}), so a run is
 * deterministic. All messages meant for pupils are Danish and child-friendly.
 *
 * <p>Conformance: {@code src/test/resources/experiment/conformance} holds workspaces whose expected output was
 * produced by Blockly's own JavaScript generator under Node ({@code tools/conformance/generate.mjs}); a test runs
 * them through the console world and compares the output exactly.
 */
package dk.opdag.experiment;
