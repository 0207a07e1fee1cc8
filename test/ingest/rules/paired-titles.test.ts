// Titles paired with people in order: "the presidents of A and B, X and Y", "X and his A counterpart, Y".
import { ruleTable } from './table.js';

ruleTable('paired-titles', {
  reads: [
    ['The presidents of Argentina, Uruguay and Paraguay — Anna Kestrup, Peter Dalgaard and John Brandholm — attended.', 'Peter Dalgaard', 'LEADS', 'Uruguay'],
    ['The presidents of Argentina, Uruguay and Paraguay — Anna Kestrup, Peter Dalgaard and John Brandholm — attended.', 'John Brandholm', 'LEADS', 'Paraguay'],
    [
      'Austrian foreign minister Maria Osterlund and her Danish and Swedish counterparts, Elena Varga and David Mollant, met in Vienna.',
      'Elena Varga',
      'HOLDS_ROLE',
      'Denmark',
    ],
    [
      'Austrian foreign minister Maria Osterlund and her Danish and Swedish counterparts, Elena Varga and David Mollant, met in Vienna.',
      'David Mollant',
      'HOLDS_ROLE',
      'Sweden',
    ],
    ['The prime ministers of Norway and Finland, Anna Kestrup and Peter Dalgaard, signed the pact.', 'Peter Dalgaard', 'LEADS', 'Finland'],
  ],
  misses: [
    ['The presidents of Argentina, Uruguay and Paraguay — Anna Kestrup, Peter Dalgaard and John Brandholm — attended.', 'Anna Kestrup', 'LEADS', 'Uruguay'],
    ['The presidents of Argentina and Uruguay met, and Anna Kestrup and Peter Dalgaard watched.', 'Peter Dalgaard', 'LEADS', 'Uruguay'],
    [
      'Austrian foreign minister Maria Osterlund and her Danish and Swedish counterparts, Elena Varga and David Mollant, met in Vienna.',
      'Elena Varga',
      'HOLDS_ROLE',
      'Sweden',
    ],
    ['Maria Osterlund praised Denmark and Sweden; Elena Varga and David Mollant agreed.', 'Elena Varga', 'HOLDS_ROLE', 'Denmark'],
    ['The prime ministers of Norway and Finland, Anna Kestrup and Peter Dalgaard, signed the pact.', 'Anna Kestrup', 'LEADS', 'Finland'],
  ],
});
