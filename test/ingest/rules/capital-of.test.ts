// "the capital, Lisbon", "Velora, the capital", "X, the capital of Y", "Dublin, the Irish capital".
import { ruleTable } from './table.js';

ruleTable('capital-of', {
  reads: [
    ['Protests spread to Marsk, the capital of Aldra province.', 'Marsk', 'CAPITAL_OF', 'Aldra'],
    ['Chile held elections. Chile counted votes. Chile waits. Crowds filled Santiago, the capital.', 'Santiago', 'CAPITAL_OF', 'Chile'],
    ['Fighting reached the capital of Kenya, Nairobi, on Monday.', 'Nairobi', 'CAPITAL_OF', 'Kenya'],
    ['Thousands marched in Dublin, the Irish capital.', 'Dublin', 'CAPITAL_OF', 'Ireland'],
    ['The talks took place in Kestova, the regional capital of Aldra province.', 'Kestova', 'CAPITAL_OF', 'Aldra'],
    // "the capital city of X" names the city; its country is the one the gazetteer knows, named by a demonym.
    ['Libyan rebels edged closer to the capital city of Tripoli on Sunday.', 'Tripoli', 'CAPITAL_OF', 'Libya'],
    ['Norway voted. Norwegian troops later entered the capital city of Oslo.', 'Oslo', 'CAPITAL_OF', 'Norway'],
  ],
  misses: [
    // A country that is not the one whose capital the city is.
    ['Libyan rebels edged closer to the capital city of Oslo on Sunday.', 'Oslo', 'CAPITAL_OF', 'Libya'],
    // A leading city is no seat of government; a city the gazetteer knows as no capital says nothing of whose.
    ['Pakistan mourned. Shops closed in the Pakistani financial capital of Karachi.', 'Karachi', 'CAPITAL_OF', 'Pakistan'],
    ['Norway voted. Norway counted. Rebels reached the capital city of Tarsk.', 'Tarsk', 'CAPITAL_OF', 'Norway'],
    ['Protests spread from Marsk to the capital of Aldra province.', 'Marsk', 'CAPITAL_OF', 'Aldra'],
    ['Investors moved capital from Kenya to Nairobi banks.', 'Nairobi', 'CAPITAL_OF', 'Kenya'],
    ['Thousands marched in Dublin and in the Irish capital of culture, Galway.', 'Galway', 'CAPITAL_OF', 'Ireland'],
    ['"Marsk is the capital of Aldra province," she said.', 'Marsk', 'CAPITAL_OF', 'Aldra'],
    ['Kestova, a town near the capital, welcomed Aldra delegates.', 'Kestova', 'CAPITAL_OF', 'Aldra'],
  ],
});
