// Places with no stated country, in a document about one country, in a paragraph that names only it.
import { ruleTable } from './table.js';

const ABOUT_CHILE = 'Chile held elections on Sunday. Chile counted the votes. Chile will announce the result.';

ruleTable('document-country', {
  reads: [
    [`${ABOUT_CHILE} Turnout in Dravik was high.`, 'Dravik', 'LOCATED_IN', 'Chile'],
    [`${ABOUT_CHILE} Voters in Morrasca queued for hours.`, 'Morrasca', 'LOCATED_IN', 'Chile'],
    [`${ABOUT_CHILE} Polls in Telvina closed late.`, 'Telvina', 'LOCATED_IN', 'Chile'],
    [`${ABOUT_CHILE} The count in Kestrel Bay was slow.`, 'Kestrel Bay', 'LOCATED_IN', 'Chile'],
    [`${ABOUT_CHILE} Protesters gathered in Lindora.`, 'Lindora', 'LOCATED_IN', 'Chile'],
  ],
  misses: [
    [`${ABOUT_CHILE}\n\nTurnout in Dravik, Peru, was high.`, 'Dravik', 'LOCATED_IN', 'Chile'],
    [`Chile held elections on Sunday. Peru counted the votes. Turnout in Morrasca was high.`, 'Morrasca', 'LOCATED_IN', 'Chile'],
    [`${ABOUT_CHILE}\n\nIn Peru, polls in Telvina closed late.`, 'Telvina', 'LOCATED_IN', 'Chile'],
    [`${ABOUT_CHILE}\n\nTurnout in Lima was high.`, 'Lima', 'LOCATED_IN', 'Chile'],
    [`Chile held elections on Sunday. Protesters gathered in Lindora.`, 'Lindora', 'LOCATED_IN', 'Chile'],
  ],
});
