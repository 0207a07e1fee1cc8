// A body's body: "the UN's World Food Programme", "X, a prison ministry of the Y Church".
import { ruleTable } from './table.js';

ruleTable('body-of-body', {
  reads: [
    ["The Nordic Trade Council's Arbitration Court ruled on Friday.", 'Arbitration Court', 'PART_OF', 'Nordic Trade Council'],
    ['The Hope Foundation, a prison ministry of the Lorian Church, opened a shelter.', 'Hope Foundation', 'PART_OF', 'Lorian Church'],
    ["The Harbour Workers Union's youth wing, the Young Dockers Association, marched.", 'Young Dockers Association', 'PART_OF', 'Harbour Workers Union'],
    ['The Veld Institute, a research arm of the Andean Union, published a report.', 'Veld Institute', 'PART_OF', 'Andean Union'],
    ["The Civic Renewal Movement's Youth Council met in Oslo.", 'Youth Council', 'PART_OF', 'Civic Renewal Movement'],
  ],
  misses: [
    ["Norway's Arbitration Court ruled on Friday.", 'Arbitration Court', 'PART_OF', 'Norway'],
    ['The Hope Foundation, a prison ministry, met the Lorian Church.', 'Hope Foundation', 'PART_OF', 'Lorian Church'],
    ['The Harbour Workers Union criticised the Young Dockers Association.', 'Young Dockers Association', 'PART_OF', 'Harbour Workers Union'],
    ["Anna Kestrup's Veld Institute published a report.", 'Veld Institute', 'PART_OF', 'Anna Kestrup'],
    ['The Youth Council, a critic of the Civic Renewal Movement, met in Oslo.', 'Youth Council', 'PART_OF', 'Civic Renewal Movement'],
  ],
});
