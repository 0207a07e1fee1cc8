// SENT_TROOPS_TO: "X will send troops to Y", "X deployed its forces in Y", "troops were sent to Y by X".
import { ruleTable } from './table.js';

ruleTable('send-troops', {
  reads: [
    // A country's intervention or invasion in another.
    ["Ethiopia's military intervention in Somalia began in December.", 'Ethiopia', 'SENT_TROOPS_TO', 'Somalia'],
    ['The Russian intervention in Syria changed the war.', 'Russia', 'SENT_TROOPS_TO', 'Syria'],
    // A destination described before its name, or a mission in it.
    ['Cambodia will send troops to the conflict-torn West African nation of Mali.', 'Cambodia', 'SENT_TROOPS_TO', 'Mali'],
    ['Indonesia sent about 1,000 troops to a UN peacekeeping mission in Lebanon last year.', 'Indonesia', 'SENT_TROOPS_TO', 'Lebanon'],
    ['Norway will deploy 300 soldiers to reinforce the UN mission in Mali.', 'Norway', 'SENT_TROOPS_TO', 'Mali'],
    // "will be sent": a passive with the owner's demonym.
    ['Some 298 Cambodian troops will be sent to Mali in December.', 'Cambodia', 'SENT_TROOPS_TO', 'Mali'],
    ['Chile will send 300 troops to Haiti next month.', 'Chile', 'SENT_TROOPS_TO', 'Haiti'],
    // Troops pledged, contributed or committed are sent; a national force's country sends what it sends.
    ['Germany pledged 500 troops to the mission in Lithuania.', 'Germany', 'SENT_TROOPS_TO', 'Lithuania'],
    ['Nigeria contributed troops to the peacekeeping mission in Liberia.', 'Nigeria', 'SENT_TROOPS_TO', 'Liberia'],
    ['Australia will contribute 300 troops to the force in East Timor.', 'Australia', 'SENT_TROOPS_TO', 'East Timor'],
    ['The Kenyan army sent a battalion to Somalia.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    ['Kenya deployed soldiers in Somalia on Monday.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    ['Peacekeeping troops were sent to Mali by Senegal.', 'Senegal', 'SENT_TROOPS_TO', 'Mali'],
    ['Chadian troops were deployed in Niger last week.', 'Chad', 'SENT_TROOPS_TO', 'Niger'],
    ['The Andean Union decided to send peacekeepers to Bolivia.', 'Andean Union', 'SENT_TROOPS_TO', 'Bolivia'],
    // Each coordinated subject sends them.
    ['Kenya and Uganda sent troops to Somalia.', 'Uganda', 'SENT_TROOPS_TO', 'Somalia'],
    ['France, Germany and Italy have deployed soldiers in Lebanon.', 'Germany', 'SENT_TROOPS_TO', 'Lebanon'],
    ['France, Germany and Italy have deployed soldiers in Lebanon.', 'Italy', 'SENT_TROOPS_TO', 'Lebanon'],
  ],
  misses: [
    ['The 2003 invasion of Iraq was debated in Britain.', 'Britain', 'SENT_TROOPS_TO', 'Iraq'],
    ["Kenya's intervention in the talks with Somalia failed.", 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    ['Kenya feared a Somali invasion of Kenya.', 'Somalia', 'SENT_TROOPS_TO', 'Kenya'],
    // Money pledged or contributed, and a body that is no national force, send no troops.
    ['Germany pledged 500 million euros to Lithuania.', 'Germany', 'SENT_TROOPS_TO', 'Lithuania'],
    ['Nigeria contributed funds to Liberia.', 'Nigeria', 'SENT_TROOPS_TO', 'Liberia'],
    ['The Kenyan Red Cross sent a battalion of volunteers to Somalia.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    ['Norway sent troops to the border, in Mali.', 'Norway', 'SENT_TROOPS_TO', 'Mali'],
    ['Norway sent troops to protect the embassy of Mali.', 'Norway', 'SENT_TROOPS_TO', 'Mali'],
    // Found by review: the phrase is one noun phrase.
    ['Norway will send its troops to the north rather than to the mission in Mali.', 'Norway', 'SENT_TROOPS_TO', 'Mali'],
    ['Mali sent troops to the border to stop fighters entering from the region of Kidal in Niger.', 'Mali', 'SENT_TROOPS_TO', 'Kidal'],
    ['Chile will send aid to Haiti next month.', 'Chile', 'SENT_TROOPS_TO', 'Haiti'],
    ['Kenya deployed a new tax system on Monday, and Somalia watched.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    ['Troops from Mali were sent home by Senegal.', 'Senegal', 'SENT_TROOPS_TO', 'Mali'],
    ['Chad sent a letter to Niger about its troops.', 'Chad', 'SENT_TROOPS_TO', 'Niger'],
    ['The Andean Union refused to send money, and Bolivia protested.', 'Andean Union', 'SENT_TROOPS_TO', 'Bolivia'],
    // A name in an aside or after a preposition is no coordinated sender.
    ['Kenya, which borders Uganda, sent troops to Somalia.', 'Uganda', 'SENT_TROOPS_TO', 'Somalia'],
    ['Talks with Chad and Niger ended before Kenya sent troops to Somalia.', 'Niger', 'SENT_TROOPS_TO', 'Somalia'],
  ],
});
