// Where an event takes place: "the Lindor Summit in Tamsa", "the marathon was held in Lindor".
import { ruleTable } from './table.js';

ruleTable('event-place', {
  reads: [
    ['Leaders met at the Annapolis Conference in Maryland.', 'Annapolis Conference', 'LOCATED_IN', 'Maryland'],
    ['The Lindor Summit in Tamsa ended on Monday.', 'Lindor Summit', 'LOCATED_IN', 'Tamsa'],
    ['The Tamsa Marathon was held in Lindor.', 'Tamsa Marathon', 'LOCATED_IN', 'Lindor'],
    ['The Tamsa Festival took place in Lindor.', 'Tamsa Festival', 'LOCATED_IN', 'Lindor'],
    ['The Orvanto Referendum will be held in Kenya next year.', 'Orvanto Referendum', 'LOCATED_IN', 'Kenya'],
  ],
  misses: [
    ['Tavo Renn spoke about the Tamsa Revolution in Lindor on Monday.', 'Tamsa Revolution', 'LOCATED_IN', 'Lindor'],
    ['The Lindor Summit ended, and talks in Tamsa began.', 'Lindor Summit', 'LOCATED_IN', 'Tamsa'],
    ['The Tamsa Marathon was won by a runner from Lindor.', 'Tamsa Marathon', 'LOCATED_IN', 'Lindor'],
    ['"The Lindor Summit in Tamsa was a failure," she said.', 'Lindor Summit', 'LOCATED_IN', 'Tamsa'],
    ['The Tamsa Revolution ended before Tavo Renn moved to Lindor.', 'Tamsa Revolution', 'LOCATED_IN', 'Lindor'],
    ['Tavo Renn was born in Lindor before the Tamsa Revolution.', 'Tamsa Revolution', 'LOCATED_IN', 'Lindor'],
  ],
});
