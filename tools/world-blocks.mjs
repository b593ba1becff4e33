// The Blockly definitions of every world block, as the app builds them (dk.opdag.experiment.world.BlockDefinitions):
// each world's room has src/main/resources/dk/opdag/experiment/world/<world>/blocks.json with the world's colour and
// its blocks; this joins them into one array for Blockly.common.defineBlocksWithJsonArray.
import fs from 'node:fs';
import path from 'node:path';

export function worldBlocks(root) {
  const dir = path.join(root, 'src/main/resources/dk/opdag/experiment/world');
  const definitions = [];
  for (const world of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, world, 'blocks.json');
    if (!fs.existsSync(file)) continue;
    const room = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const def of room.blocks) definitions.push({...def, colour: room.colour});
  }
  return definitions;
}
