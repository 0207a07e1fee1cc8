// "the Lindor-based X", "A Lindor-based rights group, the Y", "headquartered in Lyon".
import { ruleTable } from './table.js';

ruleTable('based-in', {
  reads: [
    ['The Lisbon-based Harbour Workers Union called a strike.', 'Harbour Workers Union', 'LOCATED_IN', 'Lisbon'],
    ['A Nairobi-based rights group, the Haki Watch Foundation, filed a complaint.', 'Haki Watch Foundation', 'LOCATED_IN', 'Nairobi'],
    ['The Northwind Shipping Company, headquartered in Oslo, cancelled its sailings.', 'Northwind Shipping Company', 'LOCATED_IN', 'Oslo'],
    ['The Veld Institute said from its headquarters in Vienna that it would reply.', 'Veld Institute', 'LOCATED_IN', 'Vienna'],
    ['The Berlin-based Halvorsen Institute published a study.', 'Halvorsen Institute', 'LOCATED_IN', 'Berlin'],
  ],
  misses: [
    ['The Harbour Workers Union called a strike in Lisbon.', 'Harbour Workers Union', 'LOCATED_IN', 'Lisbon'],
    ['A court in Nairobi heard the Haki Watch Foundation on Friday.', 'Haki Watch Foundation', 'LOCATED_IN', 'Nairobi'],
    ['The Northwind Shipping Company sailed from Oslo.', 'Northwind Shipping Company', 'LOCATED_IN', 'Oslo'],
    ['The Veld Institute wrote to the headquarters of a firm.', 'Veld Institute', 'LOCATED_IN', 'Vienna'],
    ['The Halvorsen Institute published a study of Berlin.', 'Halvorsen Institute', 'LOCATED_IN', 'Berlin'],
  ],
});
