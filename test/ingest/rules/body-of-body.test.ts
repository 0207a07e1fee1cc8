// A body's body: "the UN's World Food Programme", "X, a prison ministry of the Y Church".
import { ruleTable } from './table.js';

ruleTable('body-of-body', {
  reads: [
    // A copula or a participle that says one body is part of, owned by or belongs to another.
    ['The Tarsk Police is part of the Interior Ministry.', 'Tarsk Police', 'PART_OF', 'Interior Ministry'],
    ['Velquist Air is owned by Velquist Holdings.', 'Velquist Air', 'PART_OF', 'Velquist Holdings'],
    ['The Tarsk Brigade belongs to the Velmar Front.', 'Tarsk Brigade', 'PART_OF', 'Velmar Front'],
    ['Velquist Air, owned by Velquist Holdings, cancelled flights.', 'Velquist Air', 'PART_OF', 'Velquist Holdings'],
    ['The Velmar Institute is a unit of the Tarsk University.', 'Velmar Institute', 'PART_OF', 'Tarsk University'],
    ["The Nordic Trade Council's Arbitration Court ruled on Friday.", 'Arbitration Court', 'PART_OF', 'Nordic Trade Council'],
    ['The Hope Foundation, a prison ministry of the Lorian Church, opened a shelter.', 'Hope Foundation', 'PART_OF', 'Lorian Church'],
    ["The Harbour Workers Union's youth wing, the Young Dockers Association, marched.", 'Young Dockers Association', 'PART_OF', 'Harbour Workers Union'],
    ['The Veld Institute, a research arm of the Andean Union, published a report.', 'Veld Institute', 'PART_OF', 'Andean Union'],
    ["The Civic Renewal Movement's Youth Council met in Oslo.", 'Youth Council', 'PART_OF', 'Civic Renewal Movement'],
  ],
  misses: [
    // A body that owns, or belongs to a person or a place, or is only near another.
    ['Velquist Holdings is owned by Anna Velk.', 'Velquist Holdings', 'PART_OF', 'Anna Velk'],
    ['The Tarsk Police is part of the problem, the Interior Ministry said.', 'Tarsk Police', 'PART_OF', 'Interior Ministry'],
    ['Velquist Air owns part of Velquist Holdings.', 'Velquist Air', 'PART_OF', 'Velquist Holdings'],
    ["Norway's Arbitration Court ruled on Friday.", 'Arbitration Court', 'PART_OF', 'Norway'],
    ['The Hope Foundation, a prison ministry, met the Lorian Church.', 'Hope Foundation', 'PART_OF', 'Lorian Church'],
    ['The Harbour Workers Union criticised the Young Dockers Association.', 'Young Dockers Association', 'PART_OF', 'Harbour Workers Union'],
    ["Anna Kestrup's Veld Institute published a report.", 'Veld Institute', 'PART_OF', 'Anna Kestrup'],
    ['The Youth Council, a critic of the Civic Renewal Movement, met in Oslo.', 'Youth Council', 'PART_OF', 'Civic Renewal Movement'],
  ],
});
