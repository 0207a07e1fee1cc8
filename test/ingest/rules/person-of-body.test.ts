// A person's party or body named beside the name: "President X of the ruling Unity Party", "X, of the
// Y council", "said X of the Y Institute".
import { ruleTable } from './table.js';

ruleTable('person-of-body', {
  reads: [
    // A member noun in apposition: "a leading politician of", "a corporal in".
    ['Tavo Renn, a leading politician of the Tarsk Unity Movement, was shot on Monday.', 'Tavo Renn', 'MEMBER_OF', 'Tarsk Unity Movement'],
    ['Gilad Marrow, a corporal in the Israel Defense Forces, was captured.', 'Gilad Marrow', 'MEMBER_OF', 'Israel Defense Forces'],
    ['Anna Velk, a reporter for the Halden Courier, was detained.', 'Anna Velk', 'MEMBER_OF', 'Halden Courier'],
    // A party in parentheses after a name, or possessing it.
    ['Peter Dalgaard (Coastal Unity Party) kept his seat.', 'Peter Dalgaard', 'MEMBER_OF', 'Coastal Unity Party'],
    ["The Coastal Unity Party's Kalo Brenn spoke.", 'Kalo Brenn', 'MEMBER_OF', 'Coastal Unity Party'],
    ['President Anna Kestrup of the ruling National Concord Party won the vote.', 'Anna Kestrup', 'MEMBER_OF', 'National Concord Party'],
    ['Tavo Renn of the centre-right National Concord Party narrowly won.', 'Tavo Renn', 'MEMBER_OF', 'National Concord Party'],
    ['Anna Velk of the small far-left Workers Party lost her seat.', 'Anna Velk', 'MEMBER_OF', 'Workers Party'],
    ["The campaign of Peter Dalgaard's Civic Renewal Movement ended on Friday.", 'Peter Dalgaard', 'MEMBER_OF', 'Civic Renewal Movement'],
    ['"The plan is weak," said Maria Osterlund of the Halvorsen Institute.', 'Maria Osterlund', 'MEMBER_OF', 'Halvorsen Institute'],
    ['John Brandholm, of the Northern Farmers Association, disagreed.', 'John Brandholm', 'MEMBER_OF', 'Northern Farmers Association'],
    ['"We will appeal," said Elena Varga of the Harbour Workers Union.', 'Elena Varga', 'MEMBER_OF', 'Harbour Workers Union'],
    // A "The" that belongs to the name.
    ['Elena Varga of The Globe and Mail wrote about the vote.', 'Elena Varga', 'MEMBER_OF', 'The Globe and Mail'],
  ],
  misses: [
    // A place is no body one belongs to; a member noun must come before the body.
    ['Tavo Renn, a leading politician in Norway, was shot on Monday.', 'Tavo Renn', 'MEMBER_OF', 'Norway'],
    ['Anna Velk, a critic of the Tarsk Unity Movement, was detained.', 'Anna Velk', 'MEMBER_OF', 'Tarsk Unity Movement'],
    ['Peter Dalgaard (Coastal Unity Party spokesman Ivo Brenn) kept his seat.', 'Peter Dalgaard', 'MEMBER_OF', 'Coastal Unity Party'],
    ["Norway's Anna Kestrup won the race.", 'Anna Kestrup', 'MEMBER_OF', 'Norway'],
    ['Anna Kestrup criticised the ruling National Concord Party on Monday.', 'Anna Kestrup', 'MEMBER_OF', 'National Concord Party'],
    ['"The plan is weak," said Maria Osterlund, citing the Halvorsen Institute.', 'Maria Osterlund', 'MEMBER_OF', 'Halvorsen Institute'],
    ['John Brandholm of Norway spoke first.', 'John Brandholm', 'MEMBER_OF', 'Norway'],
    ['Elena Varga wrote to the head of the Harbour Workers Union.', 'Elena Varga', 'MEMBER_OF', 'Harbour Workers Union'],
    ['Peter Dalgaard and the Civic Renewal Movement disagreed.', 'Peter Dalgaard', 'MEMBER_OF', 'Civic Renewal Movement'],
  ],
});
