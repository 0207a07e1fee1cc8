// "peacekeepers from A, B and C arrived in Y": one SENT_TROOPS_TO per listed country.
import { ruleTable } from './table.js';

ruleTable('troops-from', {
  reads: [
    ['The peacekeepers, from Russia, Belarus and Armenia, will guard airports in Kazakhstan.', 'Belarus', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Peacekeepers from Russia, Belarus, Armenia arrived in Kazakhstan.', 'Belarus', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Peacekeepers from Russia, Belarus, Armenia arrived in Kazakhstan.', 'Armenia', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Troops from Chad and Niger were sent to Mali.', 'Chad', 'SENT_TROOPS_TO', 'Mali'],
    ['Troops from Chad and Niger were sent to Mali.', 'Niger', 'SENT_TROOPS_TO', 'Mali'],
    ['Soldiers from Kenya and Uganda patrolled in Somalia on Friday.', 'Uganda', 'SENT_TROOPS_TO', 'Somalia'],
    // No destination in the sentence: the deployment the article told of before.
    ['Tarsk will send 800 soldiers to Velmar. They will join 9,000 peacekeepers from Uganda and Burundi.', 'Burundi', 'SENT_TROOPS_TO', 'Velmar'],
    ['Troops from Chad arrived in Mali on Monday. More troops from Niger and Togo are expected next week.', 'Togo', 'SENT_TROOPS_TO', 'Mali'],
  ],
  misses: [
    ['Refugees from Russia and Belarus arrived in Kazakhstan.', 'Belarus', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Troops from Chad withdrew, while Niger stayed out of Mali.', 'Niger', 'SENT_TROOPS_TO', 'Mali'],
    ['Soldiers from the Fifth Brigade patrolled in Somalia.', 'Fifth Brigade', 'SENT_TROOPS_TO', 'Somalia'],
    ['Peacekeepers from Russia arrived in Kazakhstan.', 'Kazakhstan', 'SENT_TROOPS_TO', 'Russia'],
    ['Doctors from Kenya and Uganda worked in Somalia.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    // Without a deployment told of before, troops from a country are sent nowhere in particular.
    ['Talks were held in Velmar. Peacekeepers from Uganda and Burundi were praised.', 'Uganda', 'SENT_TROOPS_TO', 'Velmar'],
    ['Tarsk will send aid to Velmar. Peacekeepers from Uganda joined the talks.', 'Uganda', 'SENT_TROOPS_TO', 'Velmar'],
    ['Tarsk will send troops to Velmar. Peacekeepers from Velmar thanked them.', 'Velmar', 'SENT_TROOPS_TO', 'Velmar'],
    // Without a joining word, troops from a country may be anywhere.
    ['Kenya will send 800 soldiers to Somalia. In 1979, troops from Tanzania invaded Uganda.', 'Tanzania', 'SENT_TROOPS_TO', 'Somalia'],
    ['Kenya will send 800 soldiers to Somalia. Sudan has accused troops from Chad of war crimes.', 'Chad', 'SENT_TROOPS_TO', 'Somalia'],
  ],
});
