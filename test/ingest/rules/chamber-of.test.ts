// Chambers of a legislature: "The Senate, the upper house of the National Congress".
import { ruleTable } from './table.js';

ruleTable('chamber-of', {
  reads: [
    ['On Monday the National Senate, the upper house of the National Congress, passed the bill.', 'National Senate', 'PART_OF', 'National Congress'],
    [
      'On Friday the House of Representatives, the lower house of the National Congress, rejected it.',
      'House of Representatives',
      'PART_OF',
      'National Congress',
    ],
    ['The Senate and the House of Representatives, both houses of the National Congress, agreed.', 'House of Representatives', 'PART_OF', 'National Congress'],
    ['The Federal Council, a chamber of the Federal Assembly, met on Monday.', 'Federal Council', 'PART_OF', 'Federal Assembly'],
    [
      'On Monday the National Senate and the House of Representatives, both houses of the National Congress, agreed.',
      'National Senate',
      'PART_OF',
      'National Congress',
    ],
  ],
  misses: [
    ['The Senate passed the bill, and the National Congress will vote next.', 'Senate', 'PART_OF', 'National Congress'],
    ['The Senate, a house of cards, fell before the National Congress met.', 'Senate', 'PART_OF', 'National Congress'],
    ['The Federal Council met the Federal Assembly on Monday.', 'Federal Council', 'PART_OF', 'Federal Assembly'],
    ['The Chamber of Deputies rejected the National Congress plan.', 'Chamber of Deputies', 'PART_OF', 'National Congress'],
    ['The Senate, the upper house of the National Congress, passed the bill.', 'National Congress', 'PART_OF', 'Senate'],
  ],
});
