// OPPOSES from "against": "a lawsuit filed by X against Y", "X's campaign against Y".
import { ruleTable } from './table.js';

ruleTable('against', {
  reads: [
    ['The Harbour Workers Union filed a lawsuit against the Northwind Shipping Company.', 'Harbour Workers Union', 'OPPOSES', 'Northwind Shipping Company'],
    ['A complaint against the Veld Group was filed by the Haki Watch Foundation.', 'Haki Watch Foundation', 'OPPOSES', 'Veld Group'],
    ['Chad has waged a war against the Popular Liberation Front since 2019.', 'Chad', 'OPPOSES', 'Popular Liberation Front'],
    ['The Civic Renewal Movement led protests against the National Concord Party.', 'Civic Renewal Movement', 'OPPOSES', 'National Concord Party'],
    ['Kenya launched an offensive against the Coastal Liberation Army.', 'Kenya', 'OPPOSES', 'Coastal Liberation Army'],
    // Verbs of protest take "against" as nouns do; a clash opposes both sides.
    ['Members of the Civic Front demonstrated against the Velorian Labour Ministry.', 'Civic Front', 'OPPOSES', 'Velorian Labour Ministry'],
    ['The Tarsk Front clashed with the Coastal Liberation Army near the border.', 'Tarsk Front', 'OPPOSES', 'Coastal Liberation Army'],
    ['The Tarsk Front clashed with the Coastal Liberation Army near the border.', 'Coastal Liberation Army', 'OPPOSES', 'Tarsk Front'],
  ],
  misses: [
    ['Tavo Renn clashed with Ilsa Vantrow over the budget.', 'Tavo Renn', 'OPPOSES', 'Ilsa Vantrow'],
    ['The Tarsk Front demonstrated its new tractor to the Coastal Farmers Union.', 'Tarsk Front', 'OPPOSES', 'Coastal Farmers Union'],
    [
      'The Harbour Workers Union voted against the plan, and the Northwind Shipping Company agreed.',
      'Harbour Workers Union',
      'OPPOSES',
      'Northwind Shipping Company',
    ],
    ['The Haki Watch Foundation leaned against the wall of the Veld Group building.', 'Haki Watch Foundation', 'OPPOSES', 'Veld Group'],
    ['"Chad is at war against the Popular Liberation Front," a rebel claimed.', 'Chad', 'OPPOSES', 'Popular Liberation Front'],
    ['Kenya played against Uganda in Nairobi.', 'Kenya', 'OPPOSES', 'Nairobi'],
    [
      'The Civic Renewal Movement warned against complacency, as did the National Concord Party.',
      'Civic Renewal Movement',
      'OPPOSES',
      'National Concord Party',
    ],
  ],
});
