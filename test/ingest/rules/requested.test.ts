// REQUESTED: "in response to the president's request", "at the request of X", "X asked Y for help".
import { ruleTable } from './table.js';

ruleTable('requested', {
  reads: [
    // A country's government as the subject: the country asks.
    ["Mali's military government asked Russia for help.", 'Mali', 'REQUESTED', 'Russia'],
    ['The government of Mali asked Russia for military assistance.', 'Mali', 'REQUESTED', 'Russia'],
    ['Malian authorities requested assistance from the African Union.', 'Mali', 'REQUESTED', 'African Union'],
    ['Chile asked the United Nations for emergency aid on Monday.', 'Chile', 'REQUESTED', 'United Nations'],
    ['Peru requested Chile and Bolivia to send firefighters.', 'Peru', 'REQUESTED', 'Bolivia'],
    ['The Nordic Trade Council sent experts at the request of Estonia.', 'Estonia', 'REQUESTED', 'Nordic Trade Council'],
    ["President Anna Kestrup spoke. The Andean Union sent doctors in response to the president's request.", 'Anna Kestrup', 'REQUESTED', 'Andean Union'],
    ['Kenya formally asked the African Union for observers.', 'Kenya', 'REQUESTED', 'African Union'],
    // Asking someone named after "from", "to" or "on".
    ['Uganda requested assistance from the African Union.', 'Uganda', 'REQUESTED', 'African Union'],
    ['Kenya sought help from Norway and Chile after the floods.', 'Kenya', 'REQUESTED', 'Chile'],
    [
      'The Tarsk Workers Union appealed to the International Labour Organization for support.',
      'Tarsk Workers Union',
      'REQUESTED',
      'International Labour Organization',
    ],
    ['Kenya called on the European Union to send aid.', 'Kenya', 'REQUESTED', 'European Union'],
    // Urging a body or a country to act is asking it.
    ['Amnesty International has also urged the government of Norway to protect journalists.', 'Amnesty International', 'REQUESTED', 'Norway'],
    ['The Tarsk Workers Union urged Chile and Peru to send aid.', 'Tarsk Workers Union', 'REQUESTED', 'Peru'],
  ],
  misses: [
    // The government of a country named inside another phrase is no subject.
    ['Critics of the government of Mali asked Russia for help.', 'Mali', 'REQUESTED', 'Russia'],
    ["Mali's football federation asked Russia for a friendly match.", 'Mali', 'REQUESTED', 'Russia'],
    ['Chile asked whether the United Nations would help.', 'Chile', 'REQUESTED', 'United Nations'],
    ['"Chile asked the United Nations for aid," Peru said.', 'Chile', 'REQUESTED', 'United Nations'],
    ['The Nordic Trade Council rejected a request from a citizen of Estonia.', 'Estonia', 'REQUESTED', 'Nordic Trade Council'],
    ['Kenya was asked by the African Union to send observers.', 'Kenya', 'REQUESTED', 'African Union'],
    ['Peru asked about the weather in Lima.', 'Peru', 'REQUESTED', 'Lima'],
    ['Norway received aid from Chile.', 'Norway', 'REQUESTED', 'Chile'],
    ['Kenya called on Uganda during the summit.', 'Kenya', 'REQUESTED', 'Uganda'],
    ['Kenya sought a seat on the council, far from Norway.', 'Kenya', 'REQUESTED', 'Norway'],
    ['"We appealed to the European Union," Kenya said.', 'Kenya', 'REQUESTED', 'European Union'],
    ['The United Nations urged people in Norway to stay at home.', 'United Nations', 'REQUESTED', 'Norway'],
    ['The Tarsk Workers Union urged the Halden Mining Company to raise wages.', 'Tarsk Workers Union', 'REQUESTED', 'Halden Mining Company'],
    ['"Kenya urged Uganda to act," Chile said.', 'Kenya', 'REQUESTED', 'Uganda'],
  ],
});
