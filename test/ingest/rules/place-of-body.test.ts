// A place beside a body: "X, a Lindor software firm", "Mexico's regulator, the X", "the X of Iran", "Ireland's X".
import { ruleTable } from './table.js';

ruleTable('place-of-body', {
  reads: [
    // A description in apposition that places the body, up to the apposition's end.
    ['TUSK, the main business association in Norway, voiced its hope.', 'TUSK', 'LOCATED_IN', 'Norway'],
    ['The Tarsk Workers Union, the largest union in Norway, went on strike.', 'Tarsk Workers Union', 'LOCATED_IN', 'Norway'],
    ['Tarvex Systems, a Moscow software firm, denied the claims.', 'Tarvex Systems', 'LOCATED_IN', 'Moscow'],
    ["Chile's aviation regulator, the Civil Aviation Authority, grounded the jets.", 'Civil Aviation Authority', 'LOCATED_IN', 'Chile'],
    ['The Halvorsen Institute in Nairobi trained nurses.', 'Halvorsen Institute', 'LOCATED_IN', 'Nairobi'],
    ["Ireland's Supreme Court ruled on Friday.", 'Supreme Court', 'LOCATED_IN', 'Ireland'],
    ['The Harbour Workers Union, based in Lisbon, called a strike.', 'Harbour Workers Union', 'LOCATED_IN', 'Lisbon'],
    // A government body "in" a country is that country's.
    ['The Supreme Court in Kenya ruled on Friday.', 'Supreme Court', 'LOCATED_IN', 'Kenya'],
    // A one-word name set off after a place's description, even one the lexicon gives to people.
    ["Kenya's state news agency, Marlo, reported the arrests.", 'Marlo', 'LOCATED_IN', 'Kenya'],
    ["Kenya's state news agency, Clara, reported the arrests.", 'Clara', 'LOCATED_IN', 'Kenya'],
  ],
  misses: [
    // A country's alliance is one it belongs to or seeks.
    ["Support for Georgia's NATO membership grew.", 'NATO', 'LOCATED_IN', 'Georgia'],
    ["Norway's European Union bid failed twice.", 'European Union', 'LOCATED_IN', 'Norway'],
    // A body in a compound adjective qualifies what the country has.
    ["Somalia's U.N.-backed transitional government was sidelined.", 'United Nations', 'LOCATED_IN', 'Somalia'],
    // An organisation "in" a country works there; its seat is not said.
    ['The base supplies the fight against the Taliban in Afghanistan.', 'Taliban', 'LOCATED_IN', 'Afghanistan'],
    ['The Velmar Relief Foundation in Syria delivered tents.', 'Velmar Relief Foundation', 'LOCATED_IN', 'Syria'],
    // A person described is no body; a place inside a longer clause only describes the body's work.
    ['Ola Bergvik, the best player in Norway, won.', 'Ola Bergvik', 'LOCATED_IN', 'Norway'],
    ['The Velk Group, a firm in Oslo that makes boats for Norway, grew.', 'Velk Group', 'LOCATED_IN', 'Norway'],
    ['Tarvex Systems, a rival of a Moscow firm, denied the claims.', 'Tarvex Systems', 'LOCATED_IN', 'Moscow'],
    ["Chile's minister criticised the Civil Aviation Authority.", 'Civil Aviation Authority', 'LOCATED_IN', 'Chile'],
    ['The Central Bank sold bonds of Iran.', 'Central Bank', 'LOCATED_IN', 'Iran'],
    ['The Supreme Court ruled on a case from Ireland.', 'Supreme Court', 'LOCATED_IN', 'Ireland'],
    ['The Harbour Workers Union called a strike, and Lisbon was quiet.', 'Harbour Workers Union', 'LOCATED_IN', 'Lisbon'],
    // The name after a body's spokesman is the spokesman's; a list after a place's allies names places.
    ['A spokesman for the Kenyan agency, Clara Okafor, said no.', 'Clara Okafor', 'LOCATED_IN', 'Kenya'],
    ["Kenya's news agency quoted Clara, a nurse.", 'Clara', 'LOCATED_IN', 'Kenya'],
  ],
});
