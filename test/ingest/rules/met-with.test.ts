// MET_WITH: "X met Y", "X met on Monday with Y", "talks with Y". The agency that reports a meeting is
// not a party to it, nor is the country of a title ("met Ukrainian President X").
import { ruleTable } from './table.js';

const EXAMPLE_5 = 'Reuters reported that French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.';

ruleTable('met-with', {
  reads: [
    // "the prime minister": the person the article gave that title.
    ['Prime Minister Olav Rekdal spoke on Monday. General Ivo Brask met with the prime minister after a long meeting.', 'Ivo Brask', 'MET_WITH', 'Olav Rekdal'],
    [EXAMPLE_5, 'Emmanuel Macron', 'MET_WITH', 'Olaf Scholz'],
    ['Secretary-General Arvid Lennart met Ukrainian President Oksana Belenko in Kyiv.', 'Arvid Lennart', 'MET_WITH', 'Oksana Belenko'],
    ['Anna Kestrup met on Monday with Peter Dalgaard in Oslo.', 'Anna Kestrup', 'MET_WITH', 'Peter Dalgaard'],
    ['Maria Osterlund held talks with John Brandholm and Elena Varga.', 'Maria Osterlund', 'MET_WITH', 'Elena Varga'],
    ['Anna Kestrup hosted Peruvian envoy David Mollant in Santiago.', 'Anna Kestrup', 'MET_WITH', 'David Mollant'],
    ["President Anna Kestrup met with Peter Dalgaard, Norway's interior minister.", 'Anna Kestrup', 'MET_WITH', 'Peter Dalgaard'],
    // Demonyms the gazetteer does not know still qualify the title, not the person.
    ['Ruritanian President Tavo Renn met Freedonian Prime Minister Ilsa Vantrow in Geneva.', 'Tavo Renn', 'MET_WITH', 'Ilsa Vantrow'],
    // A body that says a meeting took place is not a party to it: the reported clause has its subject.
    ['The Velorian Foreign Ministry said Ivo Brenn met Peter Dalgaard in Oslo.', 'Ivo Brenn', 'MET_WITH', 'Peter Dalgaard'],
    // Talks held together, or between two parties.
    ['Prime Minister Anna Kestrup and General Ivo Brenn, chief of the general staff, held crisis talks on Thursday.', 'Anna Kestrup', 'MET_WITH', 'Ivo Brenn'],
    ['The talks between Elena Varga and John Brandholm ended without a deal.', 'Elena Varga', 'MET_WITH', 'John Brandholm'],
    // An apposition after a person is no item of the list; the list goes on after it.
    ['Anna Kestrup met Ivo Brenn, a Danish diplomat, and Elena Varga in Oslo.', 'Anna Kestrup', 'MET_WITH', 'Elena Varga'],
    // A phrase that opens the sentence: the subject comes after its comma.
    ['During her meeting with Velorian President Tavo Renn, Anna Kestrup stated that the talks went well.', 'Anna Kestrup', 'MET_WITH', 'Tavo Renn'],
    ['After talks with Prime Minister Joran Okafor, the Tarsk president Ivo Brenn left for Oslo.', 'Ivo Brenn', 'MET_WITH', 'Joran Okafor'],
    ['In a meeting with Anna Kestrup, Russian president Dmitry Vesnin said the deal was close.', 'Dmitry Vesnin', 'MET_WITH', 'Anna Kestrup'],
    ['Following his meeting with Elena Varga on Monday, Peter Dalgaard flew home.', 'Peter Dalgaard', 'MET_WITH', 'Elena Varga'],
    ['After meeting with Elena Varga, Peter Dalgaard flew home.', 'Peter Dalgaard', 'MET_WITH', 'Elena Varga'],
    // Coordinated subjects of an intransitive "met": the first met the others.
    ['Aldra Velk and Tomas Quellin met on Monday in Velmar.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ['President Aldra Velk and Prime Minister Tomas Quellin will continue to meet every two weeks.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ['Aldra Velk and Tomas Quellin met privately at the palace.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
  ],
  misses: [
    // Two who met someone else together did not meet each other in that sentence.
    ['Aldra Velk and Tomas Quellin met the press on Monday.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ['Aldra Velk and Tomas Quellin met reporters in Velmar.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ['Aldra Velk and Tomas Quellin never met.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ['Aldra Velk has not yet met Tomas Quellin.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    // Found by review: objects of other meeting verbs, a meeting of others, a contracted denial.
    ['Aldra Velk and Tomas Quellin received death threats after the vote.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ['Aldra Velk and Tomas Quellin met with fierce criticism.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ['Aldra Velk and Tomas Quellin said the committee met on Monday.', 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    ["Aldra Velk and Tomas Quellin haven't met since 2019.", 'Aldra Velk', 'MET_WITH', 'Tomas Quellin'],
    // After the comma, a clause whose subject is no name.
    ['During a meeting with Ivo Brenn, police arrested Anna Kestrup.', 'Anna Kestrup', 'MET_WITH', 'Ivo Brenn'],
    ['During a meeting with Ivo Brenn, police arrested Anna Kestrup.', 'Ivo Brenn', 'MET_WITH', 'Anna Kestrup'],
    // A name inside the opening phrase is no subject of the main clause.
    ['After Elena Varga met the press, Peter Dalgaard flew home.', 'Peter Dalgaard', 'MET_WITH', 'Elena Varga'],
    ['After talks with Norway, the army of Sweden withdrew.', 'Sweden', 'MET_WITH', 'Norway'],
    // Another title, or a title with its own body, is not that person.
    ['Prime Minister Olav Rekdal spoke on Monday. Ivo Brask met with the president after a long meeting.', 'Ivo Brask', 'MET_WITH', 'Olav Rekdal'],
    ['Prime Minister Olav Rekdal spoke on Monday. Ivo Brask met with the prime minister of Tarsk.', 'Ivo Brask', 'MET_WITH', 'Olav Rekdal'],
    [EXAMPLE_5, 'Reuters', 'MET_WITH', 'Olaf Scholz'],
    [EXAMPLE_5, 'Emmanuel Macron', 'MET_WITH', 'Germany'],
    ['Secretary-General Arvid Lennart met Ukrainian President Oksana Belenko in Kyiv.', 'Arvid Lennart', 'MET_WITH', 'Ukraine'],
    ['Anna Kestrup said she had never spoken to Peter Dalgaard.', 'Anna Kestrup', 'MET_WITH', 'Peter Dalgaard'],
    ['"I met Elena Varga," Maria Osterlund claimed.', 'Maria Osterlund', 'MET_WITH', 'Elena Varga'],
    ["President Anna Kestrup met with Peter Dalgaard, Norway's interior minister.", 'Anna Kestrup', 'MET_WITH', 'Norway'],
    ['The Velorian Foreign Ministry said Ivo Brenn met Peter Dalgaard in Oslo.', 'Velorian Foreign Ministry', 'MET_WITH', 'Peter Dalgaard'],
    // Talks one side held about the other, or a talk of something else.
    ['Anna Kestrup held talks about Ivo Brenn on Thursday.', 'Anna Kestrup', 'MET_WITH', 'Ivo Brenn'],
    ['German Chancellor Anna Kestrup met Ivo Brenn, the French foreign minister, in Berlin.', 'Anna Kestrup', 'MET_WITH', 'France'],
    ['Anna Kestrup and Ivo Brenn criticised the talks.', 'Anna Kestrup', 'MET_WITH', 'Ivo Brenn'],
  ],
});
