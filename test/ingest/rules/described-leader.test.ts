// A country's head described, not named: "the Cuban leader", "the Kenyan president", read as the
// person the article is about, when that person holds no other office and nobody else leads the country.
import { ruleTable } from './table.js';

ruleTable('described-leader', {
  reads: [
    ['Tavo Renn arrived in Paris on Monday. The Kenyan president said he was tired.', 'Tavo Renn', 'LEADS', 'Kenya'],
    [
      'Tavo Renn is recovering from surgery. Tavo Renn was seen on Sunday. Officials said the Cuban leader would return to work soon, according to Health Minister Anna Velk.',
      'Tavo Renn',
      'LEADS',
      'Cuba',
    ],
    ['Anna Velk flew to Lagos. Velk met bankers there. Her aides said the Nigerian president was pleased.', 'Anna Velk', 'LEADS', 'Nigeria'],
    ['Tavo Renn met Anna Velk in Nairobi. Renn praised the Kenyan president for the talks.', 'Anna Velk', 'LEADS', 'Kenya'],
    ['Tavo Renn won the vote. Renn thanked voters. Critics said the Ghanaian leader had broken his promises.', 'Tavo Renn', 'LEADS', 'Ghana'],
  ],
  misses: [
    // The person named in the same sentence is not the one described.
    ['Tavo Renn, a farmer, said the Kenyan leader had failed.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['Tavo Renn, the foreign minister, said the Kenyan president would attend.', 'Tavo Renn', 'LEADS', 'Kenya'],
    // Someone already leads the country, or the person holds another office.
    ['Kenyan President Anna Velk met Tavo Renn. Renn left. The Kenyan president was pleased.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ["Tavo Renn, Kenya's foreign minister, arrived. Renn spoke. The Kenyan president stayed home.", 'Tavo Renn', 'LEADS', 'Kenya'],
    // A passer-by named once among others, and a name right after the title.
    ['Tavo Renn saw the crash. Anna Velk called the police. The Kenyan president sent condolences.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['Tavo Renn left Nairobi. The Kenyan president Anna Velk stayed.', 'Tavo Renn', 'LEADS', 'Kenya'],
  ],
});
