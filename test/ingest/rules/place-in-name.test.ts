// A place inside a body's name or just before it: "Austrian Ministry of Trade", "Velora Police",
// "Russian news agency X", "the Lindor consultancy X".
import { ruleTable } from './table.js';

ruleTable('place-in-name', {
  reads: [
    ['The Austrian Ministry of Foreign Trade published the figures.', 'Austrian Ministry of Foreign Trade', 'LOCATED_IN', 'Austria'],
    ['Nairobi was quiet. The Nairobi City Police closed the market.', 'Nairobi City Police', 'LOCATED_IN', 'Nairobi'],
    ['The Swedish shipping company Nordhavn Lines cancelled its sailings.', 'Nordhavn Lines', 'LOCATED_IN', 'Sweden'],
    ['The Kenyan rights group Haki Watch Foundation filed a complaint.', 'Haki Watch Foundation', 'LOCATED_IN', 'Kenya'],
    ['A spokesman for the Peruvian Ministry of Health said the clinics were open.', 'Peruvian Ministry of Health', 'LOCATED_IN', 'Peru'],
    // A country's force named after its demonym.
    ['The hostages were freed by the Colombian army on Wednesday.', 'Colombian army', 'LOCATED_IN', 'Colombia'],
  ],
  misses: [
    // A headline's verb before the name: the place is the clause's subject, not the body's seat.
    ['Norway authorities challenge Reuters on casualties.', 'Reuters', 'LOCATED_IN', 'Norway'],
    ['The Austrian Ministry of Foreign Trade praised Germany.', 'Austrian Ministry of Foreign Trade', 'LOCATED_IN', 'Germany'],
    ['The Nairobi City Police arrested a man from Lima.', 'Nairobi City Police', 'LOCATED_IN', 'Lima'],
    ['Nordhavn Lines cancelled its Swedish sailings.', 'Nordhavn Lines', 'LOCATED_IN', 'Sweden'],
    ['The Haki Watch Foundation criticised Kenya.', 'Haki Watch Foundation', 'LOCATED_IN', 'Kenya'],
    ['A Nairobi court heard the Haki Watch Foundation on Friday.', 'Haki Watch Foundation', 'LOCATED_IN', 'Nairobi'],
    // A place that is the subject of a clause does not place its object.
    ['Sweden joined the Nordic Defence Union in 2024.', 'Nordic Defence Union', 'LOCATED_IN', 'Sweden'],
    ['Nairobi welcomed the Haki Watch Foundation.', 'Haki Watch Foundation', 'LOCATED_IN', 'Nairobi'],
    ["Chile opposes the Haki Watch Foundation's plan.", 'Haki Watch Foundation', 'LOCATED_IN', 'Chile'],
  ],
});
