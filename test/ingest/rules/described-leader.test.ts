// A country's head described, not named: "the Cuban leader", "the Kenyan president", read as the
// person the article is about, when that person holds no other office and nobody else leads the country.
import { ruleTable } from './table.js';

ruleTable('described-leader', {
  reads: [
    ['President Tavo Renn arrived in Paris on Monday. The Kenyan president said he was tired.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['President Tavo Renn is recovering. Renn was seen on Sunday. Officials said the Cuban president would return to work.', 'Tavo Renn', 'LEADS', 'Cuba'],
    ['President Anna Velk flew to Lagos. Velk met bankers there. Her aides said the Nigerian president was pleased.', 'Anna Velk', 'LEADS', 'Nigeria'],
    ['Leader Tavo Renn won the vote. Renn thanked voters. Critics said the Ghanaian leader had broken his promises.', 'Tavo Renn', 'LEADS', 'Ghana'],
    ['Prime Minister Anna Velk left Lima. Velk was tired. The Peruvian prime minister will rest.', 'Anna Velk', 'LEADS', 'Peru'],
  ],
  misses: [
    // The person named in the same sentence is not the one described; nor is someone with no head's title.
    ['Tavo Renn, a farmer, said the Kenyan leader had failed.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['Tavo Renn was arrested in Nairobi. Renn will appear in court. The Kenyan president has not commented.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['Tavo Renn, a Kenyan athlete, won in Tarsk. Renn said he was happy. The Kenyan president congratulated him.', 'Tavo Renn', 'LEADS', 'Kenya'],
    [
      'Opposition leader Tavo Renn spoke in Nairobi. Renn accused the government of fraud. The Kenyan president dismissed the claims.',
      'Tavo Renn',
      'LEADS',
      'Kenya',
    ],
    // Someone already leads the country; a coach is no head of state.
    ['Kenyan President Anna Velk met President Tavo Renn. Renn left. The Kenyan president was pleased.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['President Anna Velk won. Velk thanked the team. The Kenyan head coach resigned.', 'Anna Velk', 'LEADS', 'Kenya'],
  ],
});
