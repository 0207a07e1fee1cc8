// SENT_TROOPS_TO from a withdrawal or an invasion: troops taken out of a place had been sent there;
// a country that invaded another sent its troops into it.
import { ruleTable } from './table.js';

ruleTable('withdraw-troops', {
  reads: [
    ['Britain will withdraw its troops from Iraq by 2009.', 'Britain', 'SENT_TROOPS_TO', 'Iraq'],
    ['Spain said it would pull its troops out of Iraq.', 'Spain', 'SENT_TROOPS_TO', 'Iraq'],
    ['Ethiopian troops withdrew from Somalia in January.', 'Ethiopia', 'SENT_TROOPS_TO', 'Somalia'],
    ['Canada pulled 2,000 soldiers out of Afghanistan last year.', 'Canada', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['Russia invaded Ukraine in February.', 'Russia', 'SENT_TROOPS_TO', 'Ukraine'],
    ['In 1990 Iraq invaded Kuwait.', 'Iraq', 'SENT_TROOPS_TO', 'Kuwait'],
  ],
  misses: [
    // No troops, a country's own troops at home, a threat of invasion, a withdrawal from a treaty.
    ['Britain will withdraw its ambassador from Iraq.', 'Britain', 'SENT_TROOPS_TO', 'Iraq'],
    ['Kenya withdrew from the talks in Somalia.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    ['Kenyan troops withdrew from Nairobi on Monday.', 'Kenya', 'SENT_TROOPS_TO', 'Nairobi'],
    ['Rice said the notion that the United States is going to invade Cuba was far-fetched.', 'United States', 'SENT_TROOPS_TO', 'Cuba'],
    ['Russia withdrew from the treaty with Ukraine.', 'Russia', 'SENT_TROOPS_TO', 'Ukraine'],
    ['Russia has never invaded Georgia, Tavo Renn said.', 'Russia', 'SENT_TROOPS_TO', 'Georgia'],
    ['Velquist Holdings pulled its staff out of Kenya.', 'Velquist Holdings', 'SENT_TROOPS_TO', 'Kenya'],
  ],
});
