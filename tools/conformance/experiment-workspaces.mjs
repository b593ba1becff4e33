// The start and solution workspaces of shipped experiments in the old single-goal form, built with
// workspace-builder.mjs. Every shipped experiment now has levels and writes its programs in experiment.yaml in the
// compact form, so there are none left; an experiment saved from the lab in the old form can be added here as
// `'<id>': {start: () => workspace(...), solution: () => workspace(...)}`.
// `node experiments.mjs` writes them to curriculum/experiments/<id>/{start,solution}.json through Blockly.
// An experiment without `start` starts from an empty workspace (and has no start.json).
import {reset} from './workspace-builder.mjs';

const defined = {};

export const workspaces = Object.fromEntries(Object.entries(defined).map(([id, w]) => [id, {
  start: w.start && (() => (reset('s'), w.start())),
  solution: () => (reset('l'), w.solution()),
}]));
