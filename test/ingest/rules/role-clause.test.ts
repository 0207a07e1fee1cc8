// Roles stated in a clause: "X, who leads Y", "X was sworn in as Y's governor", "elected X as its chairman".
import { ruleTable } from './table.js';

ruleTable('role-clause', {
  reads: [
    ['Maria Osterlund, who leads the Civic Renewal Movement, called for calm.', 'Maria Osterlund', 'LEADS', 'Civic Renewal Movement'],
    ['Peter Dalgaard, who seized power three years ago and chairs the Sovereignty Council, spoke on television.', 'Peter Dalgaard', 'LEADS', 'Sovereignty Council'],
    ["John Brandholm was sworn in as Ohio's governor on Monday.", 'John Brandholm', 'LEADS', 'Ohio'],
    ['The Civic Reform Party elected Anna Kestrup as its chairman on Saturday.', 'Anna Kestrup', 'LEADS', 'Civic Reform Party'],
    ['Elena Varga, who heads the Harbour Workers Union, rejected the offer.', 'Elena Varga', 'LEADS', 'Harbour Workers Union'],
  ],
  misses: [
    ['Maria Osterlund, who met the leaders of the Civic Renewal Movement, called for calm.', 'Maria Osterlund', 'LEADS', 'Civic Renewal Movement'],
    ['Peter Dalgaard said the Sovereignty Council leads the country.', 'Peter Dalgaard', 'LEADS', 'Sovereignty Council'],
    ['John Brandholm praised Ohio as a model for the country.', 'John Brandholm', 'LEADS', 'Ohio'],
    ['The Civic Reform Party elected a new chairman while Anna Kestrup watched.', 'Anna Kestrup', 'LEADS', 'Civic Reform Party'],
    ['Elena Varga, who criticised the Harbour Workers Union, rejected the offer.', 'Elena Varga', 'LEADS', 'Harbour Workers Union'],
  ],
});
