// A place beside a body: "X, a Lindor software firm", "Mexico's regulator, the X", "the X of Iran", "Ireland's X".
import { ruleTable } from './table.js';

ruleTable('place-of-body', {
  reads: [
    ['Tarvex Systems, a Moscow software firm, denied the claims.', 'Tarvex Systems', 'LOCATED_IN', 'Moscow'],
    ["Chile's aviation regulator, the Civil Aviation Authority, grounded the jets.", 'Civil Aviation Authority', 'LOCATED_IN', 'Chile'],
    ['The Halvorsen Institute in Nairobi trained nurses.', 'Halvorsen Institute', 'LOCATED_IN', 'Nairobi'],
    ["Ireland's Supreme Court ruled on Friday.", 'Supreme Court', 'LOCATED_IN', 'Ireland'],
    ['The Harbour Workers Union, based in Lisbon, called a strike.', 'Harbour Workers Union', 'LOCATED_IN', 'Lisbon'],
  ],
  misses: [
    ['Tarvex Systems, a rival of a Moscow firm, denied the claims.', 'Tarvex Systems', 'LOCATED_IN', 'Moscow'],
    ["Chile's minister criticised the Civil Aviation Authority.", 'Civil Aviation Authority', 'LOCATED_IN', 'Chile'],
    ['The Central Bank sold bonds of Iran.', 'Central Bank', 'LOCATED_IN', 'Iran'],
    ['The Supreme Court ruled on a case from Ireland.', 'Supreme Court', 'LOCATED_IN', 'Ireland'],
    ['The Harbour Workers Union called a strike, and Lisbon was quiet.', 'Harbour Workers Union', 'LOCATED_IN', 'Lisbon'],
  ],
});
