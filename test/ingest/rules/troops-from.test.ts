// "peacekeepers from A, B and C arrived in Y": one SENT_TROOPS_TO per listed country.
import { ruleTable } from './table.js';

ruleTable('troops-from', {
  reads: [
    ['Peacekeepers from Russia, Belarus, Armenia arrived in Kazakhstan.', 'Belarus', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Peacekeepers from Russia, Belarus, Armenia arrived in Kazakhstan.', 'Armenia', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Troops from Chad and Niger were sent to Mali.', 'Chad', 'SENT_TROOPS_TO', 'Mali'],
    ['Troops from Chad and Niger were sent to Mali.', 'Niger', 'SENT_TROOPS_TO', 'Mali'],
    ['Soldiers from Kenya and Uganda patrolled in Somalia on Friday.', 'Uganda', 'SENT_TROOPS_TO', 'Somalia'],
  ],
  misses: [
    ['Refugees from Russia and Belarus arrived in Kazakhstan.', 'Belarus', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Troops from Chad withdrew, while Niger stayed out of Mali.', 'Niger', 'SENT_TROOPS_TO', 'Mali'],
    ['Soldiers from the Fifth Brigade patrolled in Somalia.', 'Fifth Brigade', 'SENT_TROOPS_TO', 'Somalia'],
    ['Peacekeepers from Russia arrived in Kazakhstan.', 'Kazakhstan', 'SENT_TROOPS_TO', 'Russia'],
    ['Doctors from Kenya and Uganda worked in Somalia.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
  ],
});
