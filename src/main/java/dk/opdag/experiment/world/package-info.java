/**
 * Experiment worlds: the {@link dk.opdag.experiment.world.World} interface, the
 * {@link dk.opdag.experiment.world.Worlds} registry, and one room per world.
 *
 * <p>A world's room is its own package {@code dk.opdag.experiment.world.<world>} with:
 * <ul>
 *   <li>the world ({@code <Name>World}: id, start state, check types, {@code drawing()}), its state
 *       ({@code <Name>State}: runs the world's blocks, snapshot for drawing, evaluates the world's own checks), its
 *       checks ({@code <Name>Checks}: the check records and how they are read from a rule, found by the parser
 *       through {@code World.readCheck} and {@link dk.opdag.experiment.world.Worlds#checkReader()}) and any helpers
 *       only it uses (e.g. {@code turtle.ShapeAnalysis});</li>
 *   <li>{@code blocks.json} in the same package on the classpath
 *       ({@code src/main/resources/dk/opdag/experiment/world/<world>/}): the world's colour (4.5:1 to white), Blockly's
 *       hue for its toolbox category and its Blockly block definitions with Danish texts
 *       ({@link dk.opdag.experiment.world.WorldBlocks}). {@link dk.opdag.experiment.world.BlockDefinitions} reads every
 *       registered world's file once; a world's allowed blocks ({@code World.blockTypes()}) come from there;</li>
 *   <li>its drawing, {@code frontend/opdag-world/<world>.js}, named by {@code drawing()}. It stays under Vaadin's
 *       frontend folder, not beside the Java: Vaadin bundles an application's own modules from there, while
 *       {@code META-INF/resources/frontend} on the classpath is the place for add-on jars.</li>
 * </ul>
 * {@code dk.opdag.experiment.check} keeps only what every world shares: the general checks, the parser, and
 * {@code CheckFields} for reading a rule's fields with Danish errors.
 *
 * <p>Adding a world {@code pond}:
 * <ol>
 *   <li>package {@code world.pond} with {@code PondWorld implements World} and {@code PondState implements WorldState};
 *       register it in {@link dk.opdag.experiment.world.Worlds};</li>
 *   <li>{@code src/main/resources/dk/opdag/experiment/world/pond/blocks.json}:
 *       {@code {"colour": "#rrggbb", "categoryHue": 0-360, "blocks": [...]}}, block types starting {@code pond_}, no
 *       colour on the blocks themselves;</li>
 *   <li>{@code lab.block.<type>} (and {@code _tip}, {@code lab.option.<type>.<value>}) in {@code lab.properties} and
 *       {@code lab_en.properties}; pupil messages as keys in {@code engine*.properties};</li>
 *   <li>{@code frontend/opdag-world/pond.js} exporting a {@code PondRenderer}, imported and put in {@code RENDERERS}
 *       in {@code opdag-world.js}; {@code drawing()} returns {@code "./opdag-world/pond.js"};</li>
 *   <li>its checks as records in {@code PondChecks} (implementing {@code GoalCheck}), named in
 *       {@code checkTypes()}, read in {@code readCheck} and evaluated in {@code PondState.check}; Danish author
 *       errors there go in {@code EngineMessageSourceTest}'s list;</li>
 *   <li>run {@code WorldRoomsTest}: it names whatever the room still lacks.</li>
 * </ol>
 */
package dk.opdag.experiment.world;
