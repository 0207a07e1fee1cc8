// "A and B are members of C", "A belongs to C", "X is a member of the Y".
import { ruleTable } from './table.js';

ruleTable('member-of', {
  reads: [
    ['Sweden and Norway are both members of the Nordic Trade Council.', 'Norway', 'MEMBER_OF', 'Nordic Trade Council'],
    ['Anna Kestrup is a member of the Civic Renewal Movement.', 'Anna Kestrup', 'MEMBER_OF', 'Civic Renewal Movement'],
    ['Peter Dalgaard belongs to the National Concord Party.', 'Peter Dalgaard', 'MEMBER_OF', 'National Concord Party'],
    ['Latvia became a member of the Baltic Trade Union in 2004.', 'Latvia', 'MEMBER_OF', 'Baltic Trade Union'],
    ['Maria Osterlund, who joined in May, is a member of the Harbour Workers Union.', 'Maria Osterlund', 'MEMBER_OF', 'Harbour Workers Union'],
    // Joining a body makes a member, each of the coordinated subjects.
    ['Latvia joined the Baltic Trade Union in 2004.', 'Latvia', 'MEMBER_OF', 'Baltic Trade Union'],
    ['Kenya and Uganda joined the Lake Basin Commission.', 'Uganda', 'MEMBER_OF', 'Lake Basin Commission'],
    ['Anna Kestrup joined the Civic Renewal Movement in 1998.', 'Anna Kestrup', 'MEMBER_OF', 'Civic Renewal Movement'],
  ],
  misses: [
    ['Sweden and Norway criticised members of the Nordic Trade Council.', 'Norway', 'MEMBER_OF', 'Nordic Trade Council'],
    ['Anna Kestrup met members of Parliament in Riga.', 'Anna Kestrup', 'MEMBER_OF', 'Riga'],
    ['Peter Dalgaard said the land belongs to Latvia.', 'Peter Dalgaard', 'MEMBER_OF', 'Latvia'],
    ['"Latvia is a member of the Baltic Trade Union," said Maria Osterlund.', 'Latvia', 'MEMBER_OF', 'Baltic Trade Union'],
    ['Anna Kestrup praised the Civic Renewal Movement and its members.', 'Anna Kestrup', 'MEMBER_OF', 'Civic Renewal Movement'],
    ['Norway has not joined the Baltic Trade Union.', 'Norway', 'MEMBER_OF', 'Baltic Trade Union'],
    ['Chile joined Peru in condemning the attack.', 'Chile', 'MEMBER_OF', 'Peru'],
    ['Talks with Latvia ended before Norway joined the Baltic Trade Union.', 'Latvia', 'MEMBER_OF', 'Baltic Trade Union'],
  ],
});
