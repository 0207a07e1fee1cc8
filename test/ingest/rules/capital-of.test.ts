// "the capital, Lisbon", "Velora, the capital", "X, the capital of Y", "Dublin, the Irish capital".
import { ruleTable } from './table.js';

ruleTable('capital-of', {
  reads: [
    ['Protests spread to Marsk, the capital of Aldra province.', 'Marsk', 'CAPITAL_OF', 'Aldra'],
    ['Chile held elections. Chile counted votes. Chile waits. Crowds filled Santiago, the capital.', 'Santiago', 'CAPITAL_OF', 'Chile'],
    ['Fighting reached the capital of Kenya, Nairobi, on Monday.', 'Nairobi', 'CAPITAL_OF', 'Kenya'],
    ['Thousands marched in Dublin, the Irish capital.', 'Dublin', 'CAPITAL_OF', 'Ireland'],
    ['The talks took place in Kestova, the regional capital of Aldra province.', 'Kestova', 'CAPITAL_OF', 'Aldra'],
  ],
  misses: [
    ['Protests spread from Marsk to the capital of Aldra province.', 'Marsk', 'CAPITAL_OF', 'Aldra'],
    ['Investors moved capital from Kenya to Nairobi banks.', 'Nairobi', 'CAPITAL_OF', 'Kenya'],
    ['Thousands marched in Dublin and in the Irish capital of culture, Galway.', 'Galway', 'CAPITAL_OF', 'Ireland'],
    ['"Marsk is the capital of Aldra province," she said.', 'Marsk', 'CAPITAL_OF', 'Aldra'],
    ['Kestova, a town near the capital, welcomed Aldra delegates.', 'Kestova', 'CAPITAL_OF', 'Aldra'],
  ],
});
