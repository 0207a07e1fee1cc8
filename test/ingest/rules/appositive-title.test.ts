// Titles after a person's name, in apposition: "X, the president of Y", "X, a Freedonian envoy".
import { ruleTable } from './table.js';

ruleTable('appositive-title', {
  reads: [
    // A subordinate title before the office, and a place closed by its kind noun.
    [
      'Anna Velk, the deputy spokesman for the Ministry of Defense, said the attack took place on Wednesday.',
      'Anna Velk',
      'SPOKESPERSON_FOR',
      'Ministry of Defense',
    ],
    ['Tomas Quellin, the governor of Kunduz province, was injured.', 'Tomas Quellin', 'LEADS', 'Kunduz'],
    [
      '"We go on," said Major Tavo Renn, a spokesperson for U.S. Central Command responsible for the Middle East.',
      'Tavo Renn',
      'SPOKESPERSON_FOR',
      'U.S. Central Command',
    ],
    // A body between the qualifiers and the title owns the title.
    ['Anna Velk, a senior Tarsk Workers Union official, said the strike would go on.', 'Anna Velk', 'HOLDS_ROLE', 'Tarsk Workers Union'],
    // The body a body owns, after "for": "spokesperson for the United Nations' High Commissioner for Refugees".
    [
      "Anna Velk, spokesperson for the United Nations' High Commissioner for Refugees, said the camps were full.",
      'Anna Velk',
      'SPOKESPERSON_FOR',
      'United Nations High Commissioner for Refugees',
    ],
    ['Anna Velk, the deputy governor of Kunduz province, was injured.', 'Anna Velk', 'HOLDS_ROLE', 'Kunduz'],
    ['Anna Velk, the defence minister in Burundi, resigned.', 'Anna Velk', 'HOLDS_ROLE', 'Burundi'],
    // "boss" heads what it is of.
    ['Tomas Quellin, boss of the Velmar Football Association, resigned.', 'Tomas Quellin', 'LEADS', 'Velmar Football Association'],
    [
      `${'Italy paid. Italy agreed. Italy ruled.'} Claudio Verri, undersecretary to the prime minister, said a table would open.`,
      'Claudio Verri',
      'HOLDS_ROLE',
      'Italy',
    ],
    ['Anna Kestrup, the president of Estonia, opened the session.', 'Anna Kestrup', 'LEADS', 'Estonia'],
    // Two titles joined by "and" share the body after the second.
    ['"Sales will grow," said Peter Dalgaard, chairman and chief executive of the Velk Group.', 'Peter Dalgaard', 'LEADS', 'Velk Group'],
    // The head of a department holds a role in the body.
    ["Peter Dalgaard, the Velk Group's head of marketing for Africa, disappeared.", 'Peter Dalgaard', 'HOLDS_ROLE', 'Velk Group'],
    ['Ivo Brenn, head of state of Kenya, spoke.', 'Ivo Brenn', 'LEADS', 'Kenya'],
    // "the country's": the country named last; a party's adjective before a head of government only qualifies it.
    ["Canada held a vote. Tom Harrow, the country's Conservative prime minister, won.", 'Tom Harrow', 'LEADS', 'Canada'],
    ["Norway voted. Anna Kestrup, the country's prime minister, won.", 'Anna Kestrup', 'LEADS', 'Norway'],
    // Heads of devolved governments; a place after a title's "of" is its jurisdiction, not a portfolio.
    ['According to Ewan Dalgleish, First Minister of Scotland, the inquiry goes on.', 'Ewan Dalgleish', 'LEADS', 'Scotland'],
    ['Rhian Powell, the First Minister of Wales, opened the session.', 'Rhian Powell', 'LEADS', 'Wales'],
    ['Peter Dalgaard, the chief executive of Northwind Shipping Company, resigned on Friday.', 'Peter Dalgaard', 'LEADS', 'Northwind Shipping Company'],
    ['"We are ready," said Maria Osterlund, a spokeswoman for the Harbour Workers Union.', 'Maria Osterlund', 'SPOKESPERSON_FOR', 'Harbour Workers Union'],
    ['John Brandholm, the governor of the Central Bank of Kenya, raised rates.', 'John Brandholm', 'LEADS', 'Central Bank of Kenya'],
    ['Fourteen people were arrested, said David Mollant, a commander with the Coastal Police Force.', 'David Mollant', 'HOLDS_ROLE', 'Coastal Police Force'],
    // Analysts and fellows are members of their body; an executive holds a role in it.
    ['Jon Tarrant, an analyst at the Lindor Policy Institute, agreed.', 'Jon Tarrant', 'MEMBER_OF', 'Lindor Policy Institute'],
    ['Tavo Renn, a Quellin Software executive, wrote on the forum.', 'Tavo Renn', 'HOLDS_ROLE', 'Quellin Software'],
    // Titles of a military's heads and staff, up to five words long.
    ['General Ivo Brenn, Chief of the General Staff of the Velorian Armed Forces, spoke.', 'Ivo Brenn', 'LEADS', 'Velorian Armed Forces'],
    ['Ota Kral, the chief of staff of the Velorian Army, spoke.', 'Ota Kral', 'HOLDS_ROLE', 'Velorian Army'],
    // A title with no body, right after the speech verb of a speaker of one country, is that country's.
    ['The Polish government said Tomas Velk, the interior minister, resigned.', 'Tomas Velk', 'HOLDS_ROLE', 'Poland'],
    ["France's foreign ministry said Ivo Brenn, the foreign minister, met the envoys.", 'Ivo Brenn', 'HOLDS_ROLE', 'France'],
    ['The US State Department said Pavel Dorn, the Secretary of State, called the embassy.', 'Pavel Dorn', 'HOLDS_ROLE', 'United States'],
  ],
  misses: [
    ["Anna Velk, spokesperson for Amnesty International's Africa programme, said no.", 'Anna Velk', 'SPOKESPERSON_FOR', 'Africa'],
    ['Anna Velk, the deputy governor of Kunduz province, was injured.', 'Anna Velk', 'LEADS', 'Kunduz'],
    ['Anna Velk, the British ambassador in Norway, resigned.', 'Anna Velk', 'HOLDS_ROLE', 'Norway'],
    ['Anna Velk, the finance minister in Paris last week, resigned.', 'Anna Velk', 'HOLDS_ROLE', 'Paris'],
    ["Peter Dalgaard, the Velk Group's head of marketing for Africa, disappeared.", 'Peter Dalgaard', 'LEADS', 'Velk Group'],
    // A party leader leads the party, not the country.
    ["Canada voted. Tom Harrow, the nation's Liberal Party leader, won.", 'Tom Harrow', 'LEADS', 'Canada'],
    // A title followed by a name is that name's: the comma before it sets off no apposition.
    ['Leaders include Anna Kestrup, the President of the European Parliament Peter Dalgaard, and others.', 'Anna Kestrup', 'LEADS', 'European Parliament'],
    ['Talks ended with Anna Kestrup, Russian president Dmitry Vesnin said on Monday.', 'Anna Kestrup', 'LEADS', 'Russia'],
    ['Jon Tarrant, an analyst at the Lindor Policy Institute, agreed.', 'Jon Tarrant', 'HOLDS_ROLE', 'Lindor Policy Institute'],
    ['Anna Kestrup, the former president of Estonia, opened the session.', 'Anna Kestrup', 'LEADS', 'Estonia'],
    ['Anna Kestrup, the deputy president of Estonia, opened the session.', 'Anna Kestrup', 'LEADS', 'Estonia'],
    ['Ewan Dalgleish, the deputy first minister of Scotland, opened the session.', 'Ewan Dalgleish', 'LEADS', 'Scotland'],
    ['Anna Kestrup, who met the president of Estonia, opened the session.', 'Anna Kestrup', 'LEADS', 'Estonia'],
    ['Peter Dalgaard, a lawyer, spoke to the chief executive of Northwind Shipping Company.', 'Peter Dalgaard', 'LEADS', 'Northwind Shipping Company'],
    ['Maria Osterlund, the wife of the president of Estonia, attended.', 'Maria Osterlund', 'LEADS', 'Estonia'],
    // Two countries in the speaker's clause, a speaker without a country, or no speech verb before the name.
    ['The Polish and Czech governments said Tomas Velk, the interior minister, resigned.', 'Tomas Velk', 'HOLDS_ROLE', 'Poland'],
    ['The committee said Tomas Velk, the interior minister, resigned after a visit to Poland.', 'Tomas Velk', 'HOLDS_ROLE', 'Poland'],
    ['The Polish government fired Tomas Velk, the interior minister, on Monday.', 'Tomas Velk', 'HOLDS_ROLE', 'Poland'],
  ],
});
