// "A and his counterparts B and C gathered in Vienna": the first named hosts the others; "D joined the talks".
import { ruleTable } from './table.js';

ruleTable('gathered', {
  reads: [
    ['Anna Kestrup, Peter Dalgaard and John Brandholm gathered in Vienna on Monday.', 'Anna Kestrup', 'MET_WITH', 'John Brandholm'],
    ['Anna Kestrup, Peter Dalgaard and John Brandholm gathered in Vienna on Monday.', 'Anna Kestrup', 'MET_WITH', 'Peter Dalgaard'],
    ['Maria Osterlund and Elena Varga met in Geneva. David Mollant joined the talks on Tuesday.', 'Maria Osterlund', 'MET_WITH', 'David Mollant'],
    ['Maria Osterlund and Elena Varga convened in Geneva.', 'Maria Osterlund', 'MET_WITH', 'Elena Varga'],
    ['Peter Dalgaard and Anna Kestrup assembled in Oslo for the vote.', 'Peter Dalgaard', 'MET_WITH', 'Anna Kestrup'],
  ],
  misses: [
    ['Anna Kestrup gathered in Vienna, while Peter Dalgaard stayed in Oslo.', 'Anna Kestrup', 'MET_WITH', 'Peter Dalgaard'],
    ['Maria Osterlund and Elena Varga gathered evidence.', 'Maria Osterlund', 'MET_WITH', 'Elena Varga'],
    ['David Mollant joined the talks on Tuesday.', 'Maria Osterlund', 'MET_WITH', 'David Mollant'],
    ['"Peter Dalgaard and Anna Kestrup gathered in Oslo," a source said.', 'Peter Dalgaard', 'MET_WITH', 'Anna Kestrup'],
    ['Maria Osterlund and Elena Varga met in Geneva. David Mollant joined the army.', 'Maria Osterlund', 'MET_WITH', 'David Mollant'],
  ],
});
