// Roles stated in a clause: "X, who leads Y", "X was sworn in as Y's governor", "elected X as its chairman".
import { ruleTable } from './table.js';

ruleTable('role-clause', {
  reads: [
    // A person who heads, chairs, runs or founded the body right after the verb.
    ['Tavo Renn heads the Tarsk Workers Union.', 'Tavo Renn', 'LEADS', 'Tarsk Workers Union'],
    ['Tavo Renn leads the opposition Tarsk Unity Party.', 'Tavo Renn', 'LEADS', 'Tarsk Unity Party'],
    ['Anna Velk chairs the Tarsk Workers Union, which called the strike.', 'Anna Velk', 'LEADS', 'Tarsk Workers Union'],
    ['Since 2019 Tavo Renn runs Velquist Holdings.', 'Tavo Renn', 'LEADS', 'Velquist Holdings'],
    ['In 1990 Anna Velk founded the Velmar Rights Foundation.', 'Anna Velk', 'LEADS', 'Velmar Rights Foundation'],
    // A party named before its acronym and its lower-case head, led by a person.
    ['The rally was held by the hardline Velmar Ulema (VU) party led by Tavo Renn.', 'Tavo Renn', 'LEADS', 'Velmar Ulema'],
    // The country of the phrase before an elected person, or named for "the country's".
    ["Tunisia's veteran opposition leader Anna Velk was elected president Monday.", 'Anna Velk', 'LEADS', 'Tunisia'],
    ["The Albanian parliament elected on Friday Anna Velk as the country's new President.", 'Anna Velk', 'LEADS', 'Albania'],
    // The conjunct of a copula that names its body.
    ['Anna Velk arrived. Velk was parliament speaker and head of the Unity Party.', 'Anna Velk', 'HOLDS_ROLE', 'Unity Party'],
    // The office of a successor, a ruler of "the country", "who became president", "governor of" a place.
    ['Kenya held elections. Kenya voted. Kenya waited. Anna Kestrup succeeded Peter Dalgaard as prime minister in May.', 'Anna Kestrup', 'LEADS', 'Kenya'],
    ['Kenya held elections. Kenya voted. Kenya waited. Ivo Brenn, who has ruled the country since 1990, spoke.', 'Ivo Brenn', 'LEADS', 'Kenya'],
    ['Kenya held elections. Kenya voted. Kenya waited. Tavo Renn, who became president in 2019, resigned.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['Kenya held elections. Kenya voted. Kenya waited. Lena Marsh took office as governor of Nairobi on Monday.', 'Lena Marsh', 'LEADS', 'Nairobi'],
    ['Maria Osterlund, who leads the Civic Renewal Movement, called for calm.', 'Maria Osterlund', 'LEADS', 'Civic Renewal Movement'],
    [
      'Peter Dalgaard, who seized power three years ago and chairs the Restoration Council, spoke on television.',
      'Peter Dalgaard',
      'LEADS',
      'Restoration Council',
    ],
    ["John Brandholm was sworn in as Ohio's governor on Monday.", 'John Brandholm', 'LEADS', 'Ohio'],
    ['The Civic Harmony Party elected Anna Kestrup as its chairman on Saturday.', 'Anna Kestrup', 'LEADS', 'Civic Harmony Party'],
    ['Elena Varga, who heads the Harbour Workers Union, rejected the offer.', 'Elena Varga', 'LEADS', 'Harbour Workers Union'],
    // A title after "as" with no possessor: its body after it, or the country the article is about.
    [
      'Egypt is in turmoil. Egypt has a new cabinet. Egypt said so. The statement announced Tavo Renn as the new prime minister.',
      'Tavo Renn',
      'LEADS',
      'Egypt',
    ],
    ['Tavo Renn was named as president of the Lindor Football Club.', 'Tavo Renn', 'LEADS', 'Lindor Football Club'],
    // A country's possessive before the body only places it.
    ["Ilsa Vantrow, who heads Norway's main opposition party the Coastal Unity Party, spoke.", 'Ilsa Vantrow', 'LEADS', 'Coastal Unity Party'],
    // A title after a copula, with its body named.
    ['Jan Altvik is the president of Estonia.', 'Jan Altvik', 'LEADS', 'Estonia'],
    ["Ola Bergund became Norway's prime minister in May.", 'Ola Bergund', 'LEADS', 'Norway'],
    ['Paula Rennick is the US Secretary of State.', 'Paula Rennick', 'HOLDS_ROLE', 'United States'],
    ['Ida Lundvall was the Danish prime minister.', 'Ida Lundvall', 'HOLDS_ROLE', 'Denmark'],
    // A passive of appointment with its title, and the body or country the title names.
    ['Anna Kestrup was named prime minister of Estonia on Monday.', 'Anna Kestrup', 'LEADS', 'Estonia'],
    ['Ivo Brenn was elected president of Kenya in 2002.', 'Ivo Brenn', 'LEADS', 'Kenya'],
    ['Peter Dalgaard was today appointed the new UK Prime Minister.', 'Peter Dalgaard', 'LEADS', 'United Kingdom'],
    ['Ivo Brenn has been unanimously elected chairman of the Tarsk Unity Party.', 'Ivo Brenn', 'LEADS', 'Tarsk Unity Party'],
    ['Elena Varga was appointed deputy director of the Lindor Mining Union.', 'Elena Varga', 'HOLDS_ROLE', 'Lindor Mining Union'],
    // "as" a title in a phrase that opens the sentence: the subject after it.
    ["After being sworn in as Zimbabwe's prime minister on Wednesday, Jonas Mavhu visited prisons.", 'Jonas Mavhu', 'LEADS', 'Zimbabwe'],
    // A passive that names who leads the body before it.
    ['The Liberal Forum, led by Kalo Brenn, rejected the plan.', 'Kalo Brenn', 'LEADS', 'Liberal Forum'],
    // "the party led by X": the party the article named.
    ['The Coastal Unity Party won 40 seats. Days later the party led by Kalo Brenn claimed victory.', 'Kalo Brenn', 'LEADS', 'Coastal Unity Party'],
    ['The Velk Group, headed by chief executive Ivo Marsk, grew.', 'Ivo Marsk', 'LEADS', 'Velk Group'],
    ['The Tarsk Workers Union has been led by Ola Bergvik since 2001.', 'Ola Bergvik', 'LEADS', 'Tarsk Workers Union'],
    ['The Lindor Reform Council is chaired by Jana Okafor.', 'Jana Okafor', 'LEADS', 'Lindor Reform Council'],
  ],
  misses: [
    ['Tavo Renn heads to Nairobi on Monday.', 'Tavo Renn', 'LEADS', 'Nairobi'],
    ['Anna Velk leads the World Health Organization team investigating the outbreak.', 'Anna Velk', 'LEADS', 'World Health Organization'],
    ['Tavo Renn leads the Tarsk Marathon after 20 kilometres.', 'Tavo Renn', 'LEADS', 'Tarsk Marathon'],
    ['Anna Velk chairs the meeting of the Tarsk Workers Union.', 'Anna Velk', 'LEADS', 'Tarsk Workers Union'],
    ['Tavo Renn leads the delegation of the Tarsk Unity Party.', 'Tavo Renn', 'LEADS', 'Tarsk Unity Party'],
    ['Tavo Renn runs for the Tarsk Unity Party in May.', 'Tavo Renn', 'LEADS', 'Tarsk Unity Party'],
    ["Tavo Renn leads the Tarsk Unity Party's list in Velmar.", 'Tavo Renn', 'LEADS', 'Tarsk Unity Party'],
    ['The rally was held by the Velmar Ulema (VU) members led by Tavo Renn.', 'Tavo Renn', 'LEADS', 'Velmar Ulema'],
    // A possessive that is not a country's, or a title that needs no country.
    ["Velk's wife, Anna Velk, was elected president.", 'Anna Velk', 'LEADS', 'Velk'],
    // Found by review: a country in an aside, a possessive that names no politician, a body's president.
    ["The Albanian parliament elected Anna Velk, a former ambassador to Italy, as the country's new president.", 'Anna Velk', 'LEADS', 'Italy'],
    ["Norway's longtime rival Anna Velk was elected president on Sunday.", 'Anna Velk', 'LEADS', 'Norway'],
    ["Norway's Anna Velk was elected president of the assembly's human rights panel.", 'Anna Velk', 'LEADS', 'Norway'],
    ["Tunisia's veteran opposition leader Anna Velk was elected chairman of the Unity Party.", 'Anna Velk', 'LEADS', 'Tunisia'],
    ['Kenya held elections. Kenya voted. Kenya waited. Anna Kestrup succeeded Peter Dalgaard as prime minister in May.', 'Peter Dalgaard', 'LEADS', 'Kenya'],
    ['Kenya held elections. Kenya voted. Kenya waited. Lena Marsh took office as governor of Nairobi on Monday.', 'Lena Marsh', 'LEADS', 'Kenya'],
    ['Kenya held elections. Kenya voted. Kenya waited. Tavo Renn, who became famous in 2019, resigned.', 'Tavo Renn', 'LEADS', 'Kenya'],
    // "the protests led by X": no body named by that noun.
    ['The Coastal Unity Party won 40 seats. Days later the protests led by Kalo Brenn grew.', 'Kalo Brenn', 'LEADS', 'Coastal Unity Party'],
    // Named in something, not as something; appointed by someone; a title of another person after the verb.
    ['Tavo Renn was named in the report on Estonia.', 'Tavo Renn', 'LEADS', 'Estonia'],
    ['Anna Kestrup was appointed by President Ivo Brenn of Kenya.', 'Anna Kestrup', 'LEADS', 'Kenya'],
    ['Elena Varga was appointed deputy director of the Lindor Mining Union.', 'Elena Varga', 'LEADS', 'Lindor Mining Union'],
    ["After being sworn in as Kenya's president, the council met Jonas Mavhu.", 'Jonas Mavhu', 'LEADS', 'Kenya'],
    // "led by" whose agent is no person, or whose body is not right before it.
    ['The Liberal Forum, led by Norway, rejected the plan.', 'Norway', 'LEADS', 'Liberal Forum'],
    ['The Liberal Forum attacked the protests led by Kalo Brenn.', 'Kalo Brenn', 'LEADS', 'Liberal Forum'],
    ['The Velk Group was fined, and talks were led by Ivo Marsk.', 'Ivo Marsk', 'LEADS', 'Velk Group'],
    ['Jana Okafor, led by her lawyer Tavo Renn, left the court.', 'Tavo Renn', 'LEADS', 'Jana Okafor'],
    ['Egypt is in turmoil. Egypt has a new cabinet. Egypt said so. Ilsa Vantrow took over as acting president on Monday.', 'Ilsa Vantrow', 'LEADS', 'Egypt'],
    [
      'Egypt is in turmoil. Egypt has a new cabinet. Egypt said so. Tavo Renn praised the reforms, and the council named somebody else as the new prime minister.',
      'Tavo Renn',
      'LEADS',
      'Egypt',
    ],
    ['Maria Osterlund, who met the leaders of the Civic Renewal Movement, called for calm.', 'Maria Osterlund', 'LEADS', 'Civic Renewal Movement'],
    ['Peter Dalgaard said the Restoration Council leads the country.', 'Peter Dalgaard', 'LEADS', 'Restoration Council'],
    ['John Brandholm praised Ohio as a model for the country.', 'John Brandholm', 'LEADS', 'Ohio'],
    ['The Civic Harmony Party elected a new chairman while Anna Kestrup watched.', 'Anna Kestrup', 'LEADS', 'Civic Harmony Party'],
    ['Elena Varga, who criticised the Harbour Workers Union, rejected the offer.', 'Elena Varga', 'LEADS', 'Harbour Workers Union'],
    ["Ilsa Vantrow, who heads Norway's main opposition party the Coastal Unity Party, spoke.", 'Ilsa Vantrow', 'LEADS', 'Norway'],
    // "was": a past office; a copula with no body named says not of what.
    ['Ida Lundvall was the Danish prime minister.', 'Ida Lundvall', 'LEADS', 'Denmark'],
    ['Estonia voted on Sunday. Per Holmvik is the president of the Tarsk Chess Club.', 'Per Holmvik', 'LEADS', 'Estonia'],
  ],
});
