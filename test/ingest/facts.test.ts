// Casualty figures: a count next to a casualty word. Tables of [text, expected kind|count] and of
// figures that must NOT be read as casualties; all names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';

function facts(text: string): string[] {
  return extract({ text }).facts.map((f) => `${f.kind}|${f.count}`);
}

const FOUND: readonly (readonly [string, string])[] = [
  // "as many as" before the count; murder is killing; "whose arrests"; any subject "among the dead".
  ['The storms killed as many as 130 people across the south.', 'killed|130'],
  ['A judge cleared two men of murdering six soldiers from Norway.', 'killed|6'],
  ['Gunmen murdered 12 villagers on Sunday.', 'killed|12'],
  ['The pair were among eight whose arrests were announced in February.', 'arrested|8'],
  ['Three Velmari sport stars are among the dead following a helicopter crash.', 'killed|3'],
  // Hospital stays are injuries; "rounded up" is arrested; "among those killed"; "the deaths of"; "shot dead" before the count.
  ['Four people were hospitalized after the clash.', 'injured|4'],
  ['A further 11 were hospitalised.', 'injured|11'],
  ['Some 300 people were rounded up overnight.', 'arrested|300'],
  ['Police rounded up 45 protesters.', 'arrested|45'],
  ['Two policemen were among those killed.', 'killed|2'],
  ['The deaths of 14 miners shocked the town.', 'killed|14'],
  ['Security forces shot dead 7 protesters.', 'killed|7'],
  // "found dead" past "have been"; the wounds a count of people is "with".
  ['Since then, more than 60 people have been found dead in the city.', 'killed|60'],
  ['Forty people with shrapnel wounds have been hospitalized today.', 'injured|40'],
  ['Officials said 1,412 people had been injured and 19 were missing.', 'injured|1412'],
  ['The earthquake of 1970 killed an estimated 70,000 people across the region.', 'killed|70000'],
  ['Officials reported 150 security forces, 95 civilians, and hundreds of militants killed.', 'killed|150'],
  ['Officials reported 150 security forces, 95 civilians, and hundreds of militants killed.', 'killed|95'],
  ['Over 345 Velorian pilgrims have been killed in a stampede near Tamsa.', 'killed|345'],
  ['A rights group said three protesters were shot dead in the city on Sunday night.', 'killed|3'],
  ['The ministry said seven of its soldiers died and 15 were wounded.', 'killed|7'],
  ['A rescue attempt ended with two Marskian soldiers killed and five wounded.', 'killed|2'],
  ['The army said six suspected members of the group had been arrested.', 'arrested|6'],
  ['A spokeswoman said the death toll could exceed one hundred.', 'killed|100'],
  ['At least 23 other inmates were treated for stab wounds and burns.', 'injured|23'],
  ['The ambulance service said it had treated 31 protesters, most for head wounds.', 'injured|31'],
  // The total before an "including" aside takes the verb after the aside; tens and units without a hyphen are one number.
  ['At least 22 civilians, including three children, were killed on Saturday.', 'killed|22'],
  ['Twenty two civilians, including three children, died on Saturday.', 'killed|22'],
  ['Forty five soldiers were wounded in the attack.', 'injured|45'],
  // A list of figures shares the casualty word of its first.
  ['Officials reported 45 people dead in Marsk Province, 12 in Tamsa Province and seven in the Aldra Valley.', 'killed|12'],
  ['Officials reported 45 people dead in Marsk Province, 12 in Tamsa Province and seven in the Aldra Valley.', 'killed|7'],
  ["The bombing resulted in 270 fatalities, including all 259 of the airplane's occupants and eleven individuals on the ground.", 'killed|270'],
  ["The bombing resulted in 270 fatalities, including all 259 of the airplane's occupants and eleven individuals on the ground.", 'killed|259'],
  ["The bombing resulted in 270 fatalities, including all 259 of the airplane's occupants and eleven individuals on the ground.", 'killed|11'],
  // Coordinated people nouns between the count and the verb.
  ['On Saturday, a ministry statement said 16 police and conscripts were killed.', 'killed|16'],
  ['Nine peacekeepers and two gendarmes were wounded near Tamsa.', 'injured|9'],
  // Phrases of death and arrest, and an attacker's own death before the count.
  ['At least 17 people lost their lives in the fire at Tamsa.', 'killed|17'],
  ['The blast claimed the lives of 23 people on Friday.', 'killed|23'],
  ['The floods cost the lives of 40 villagers.', 'killed|40'],
  ['A total of 300 people were taken into custody after the march.', 'arrested|300'],
  ['A suicide bomber killed himself and 13 policemen in Tarsk.', 'killed|13'],
  ['Nine civilians were among the dead, officials said.', 'killed|9'],
  ['Four journalists were among the injured.', 'injured|4'],
  ['Police arrested three men, aged 19, 22 and 25.', 'arrested|3'],
  ['Some 40 of the 200 passengers were injured.', 'injured|40'],
  ['Three prisoners were stabbed to death in the riot.', 'killed|3'],
  ['At least 5 people are dead after the storm.', 'killed|5'],
  // A figure third in the sentence after "Of the" (read without looking before the text's start).
  ['Of the 300 people arrested, 40 were charged.', 'arrested|300'],
  // "The number of <casualty word>" before a verb of reaching.
  ['The number of dead has climbed to 112.', 'killed|112'],
  ['The number of people arrested rose to 300 on Friday.', 'arrested|300'],
];

const NOT_FOUND: readonly (readonly [string, string])[] = [
  // "as" alone is no bridge: "as many as" is.
  ['Two people were killed as 300 protesters clashed with police.', 'killed|300'],
  ['Twelve soldiers were injured as 3 rockets hit the base.', 'injured|3'],
  ['Three sport stars, 40 fans and a coach were among the guests.', 'killed|3'],
  ['The union spoke of the deaths of workers in 14 mines.', 'killed|14'],
  ['Two of the 30 hospital beds were empty.', 'injured|2'],
  ['Police found 12 people with no papers in the truck.', 'arrested|12'],
  ['Rescuers have found 30 people alive under the rubble.', 'killed|30'],
  ['Two men were murdered in 2019, and 40 years later nobody knows why.', 'killed|40'],
  ['Twenty two civilians, including three children, died on Saturday.', 'killed|20'],
  ['Twenty two civilians, including three children, died on Saturday.', 'killed|2'],
  ['Forty five soldiers were wounded in the attack.', 'injured|5'],
  ['Okafor, 64, was detained at his home in a dawn raid.', 'arrested|64'],
  ['Three officials said 40 people were killed.', 'killed|3'],
  ['Officials said 1,412 people had been injured.', 'injured|412'],
  ['Officials said 1,412 people had been injured.', 'injured|1'],
  ['The earthquake of 1970 killed an estimated 70,000 people.', 'killed|70'],
  ['One of the officers was injured in the blast.', 'injured|1'],
  ['The premier said that if Marsk was executed three times over, it would not be enough.', 'killed|3'],
  ['The court heard he had injured 20 metres of fencing.', 'injured|20'],
  ['His daughter, at age 20, died a brutal death.', 'killed|20'],
  ['Floods killed 45 people, and 300 houses were destroyed.', 'killed|300'],
  ['The penitentiary, built for 640 inmates, held more than 1,300 at the time of the riot.', 'arrested|1300'],
  ['At least 34 people have been killed and 21 others are missing.', 'killed|21'],
  ['A landslide killed 11 people, five of them children.', 'killed|5'],
  ['He said 52 people had been injured and that more than 23,000 were sheltering in schools.', 'injured|23000'],
  ['Officials said 14 officers had been injured, two of them seriously.', 'injured|2'],
  ['Five people were killed in the crash on 12 May.', 'killed|12'],
  // A part of a figure given elsewhere is no figure of its own; lives saved are no deaths.
  ['Five of the injured are in critical condition.', 'injured|5'],
  ['Two of the dead were children.', 'killed|2'],
  ['The bombing killed 8 people, among them two children.', 'killed|2'],
  ['The crew saved the lives of 23 people.', 'killed|23'],
  ['At least 17 families lost their homes in the fire.', 'killed|17'],
  ['The gunman killed himself and 13 hostages were freed.', 'killed|13'],
  // Participles take their count after them; sentences to death, ages and the whole of a part are no figures.
  ['Police fired tear gas at 5,000 protesters, injuring several.', 'injured|5000'],
  ['The court sentenced 12 people to death.', 'killed|12'],
  ['The disease has killed 200 cattle in the province.', 'killed|200'],
  ['The number of tourists rose to 300 after the dead season.', 'killed|300'],
  ['Five people are dead set against the plan.', 'killed|5'],
  ['Police arrested three men, aged 19, 22 and 25.', 'arrested|22'],
  ['Police arrested three men, aged 19, 22 and 25.', 'arrested|25'],
  ['Some 40 of the 200 passengers were injured.', 'injured|200'],
  ['The gunman killed himself and 13 hostages escaped.', 'killed|13'],
  [
    'The three Marskian ministers said the plan had died in committee years ago, as 40 Velorian and Marskian Tamsa Lindor Quell delegates watched.',
    'killed|40',
  ],
];

describe('findFacts: casualty figures', () => {
  it.each(FOUND)('%s -> %s', (text, expected) => {
    expect(facts(text)).toContain(expected);
  });

  it.each(NOT_FOUND)('%s -> not %s', (text, wrong) => {
    expect(facts(text)).not.toContain(wrong);
  });
});
