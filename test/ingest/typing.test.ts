// Entity typing and coreference from the head-noun tables of model/vocabulary.ts: institutions and
// companies are bodies, events are events, vehicles are no entities, and a person's bare surname is
// that person whatever word precedes it. Tables of [text, name, expected type] and of what must NOT
// be found; all names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';

/** The type of the entity that goes by `name` (its name or an alias), or undefined. */
function typeOf(text: string, name: string): string | undefined {
  const entity = extract({ text }).entities.find((e) => e.name === name || e.aliases.includes(name));
  return entity?.type;
}

const TYPED: readonly (readonly [string, string, string])[] = [
  // A surname that is a place's name: after a title, or after a given name; its bare form that speaks is the person.
  ['The attack was confirmed by provincial government spokesman, Sunatullah Timor. "We won," Timor told Xinhua.', 'Timor', 'PERSON'],
  ['Michael Jordan arrived in Amman on Monday.', 'Michael Jordan', 'PERSON'],
  ['Anna Velk of the Law Society said the ruling was wrong.', 'Law Society', 'ORGANIZATION'],
  // A given name before a law's head word: a person.
  ['Tomas Law said the plan had failed.', 'Tomas Law', 'PERSON'],
  // One word for people that is a body's name stays ("Taliban"), as do acronyms in the singular.
  ['The Taliban said the attack was theirs.', 'Taliban', 'ORGANIZATION'],
  ['Ministers from TKPN walked out on Monday.', 'TKPN', 'ORGANIZATION'],
  // A sentence that opens with a party's first word and its head word names the party.
  ['Labour Party leader Tavo Renn said no.', 'Labour Party', 'ORGANIZATION'],
  ['Green Party chairman Anna Velk agreed on Monday.', 'Green Party', 'ORGANIZATION'],
  // A surname that ends as a creed's follower does ("Islamist") is still a person.
  ['"We will stay," Anna Velquist said. "Nobody leaves," Velquist said.', 'Velquist', 'PERSON'],
  // A body of the gazetteer whose name starts with a title is that body, however much of its name is written.
  ['The High Commissioner for Human Rights said the attacks were illegal.', 'High Commissioner for Human Rights', 'ORGANIZATION'],
  ['A spokesman for the UN High Commissioner for Refugees said the camp was full.', 'UN High Commissioner for Refugees', 'ORGANIZATION'],
  ['High Commissioner Tavo Renn arrived in Norway.', 'Tavo Renn', 'PERSON'],
  // A country's foreign spelling that is an English given name ("Dominique" for Dominica) names no country.
  ['"Two students were hurt," Dominique Broxton, a student at the university, told reporters.', 'Dominique Broxton', 'PERSON'],
  // A surname ending in "-es" after no sibilant is no plural of a common word ("Bates" is not "bat"s).
  ['Renn met Norwegian President Tavo Bates and Primer Minister Anna Velk in Oslo.', 'Tavo Bates', 'PERSON'],
  // Parts of a continent and messaging platforms are in the gazetteer.
  ['Leaders of West Africa met in Accra.', 'West Africa', 'REGION'],
  ['The rumours spread on WhatsApp within hours.', 'WhatsApp', 'ORGANIZATION'],
  // A military command is a body.
  ['"We go on," said Major Tavo Renn, a spokesperson for U.S. Central Command responsible for the Middle East.', 'U.S. Central Command', 'ORGANIZATION'],
  // "Chief" is a title, not the first word of the name after it.
  ['President Aldra Velk met Intelligence Chief Tomas Quellin in Velmar.', 'Tomas Quellin', 'PERSON'],
  ['Analysts at the Halvard Institution said prices would rise.', 'Halvard Institution', 'ORGANIZATION'],
  ['The Velorian Civil Protection Mechanism sent tents to the valley.', 'Velorian Civil Protection Mechanism', 'ORGANIZATION'],
  ['Members of the Liberal Forum met on Tuesday.', 'Liberal Forum', 'ORGANIZATION'],
  ['The Tarsk Red Crescent Society opened two camps.', 'Tarsk Red Crescent Society', 'ORGANIZATION'],
  ['The state oil company Petróleos de Marsk cut its output.', 'Petróleos de Marsk', 'ORGANIZATION'],
  ['The Corporación Minera del Sur was fined.', 'Corporación Minera del Sur', 'ORGANIZATION'],
  ['The Ministerio de Obras Públicas closed the road.', 'Ministerio de Obras Públicas', 'GOVERNMENT_BODY'],
  ['Shares of Quellin Group fell after the Lindor Stock Exchange opened.', 'Lindor Stock Exchange', 'ORGANIZATION'],
  ['The Orvanto Referendum was held in May.', 'Orvanto Referendum', 'EVENT'],
  ['Survivors of the Marsk Massacre gathered in the square.', 'Marsk Massacre', 'EVENT'],
  // A demonym before a country's force, when the force word heads its phrase, names a body of that country.
  ['The hostages were rescued by the Colombian army, who tricked the rebels.', 'Colombian army', 'ORGANIZATION'],
  ['Anna Velk, spokeswoman for the Indonesian military, said fishermen saw the boat.', 'Indonesian military', 'ORGANIZATION'],
  ['The boat was turned back by Malaysian navy and then by Thai navy.', 'Thai navy', 'ORGANIZATION'],
  ["The Nigerian army's spokesman denied the report.", 'Nigerian army', 'ORGANIZATION'],
  ['The Kenyan air force bombed the camp on Sunday.', 'Kenyan air force', 'ORGANIZATION'],
  // One word before a legislator's title names a party: a word parties go by, or one the lexicon does not know.
  ['Labour MP Anna Velk said the plan had failed.', 'Labour', 'ORGANIZATION'],
  ['Conservative MP Tavo Renn voted against the bill.', 'Conservative', 'ORGANIZATION'],
  ['The bill was blocked by Republican senator Tavo Renn.', 'Republican', 'ORGANIZATION'],
  ["Labour's Shadow Home Secretary Anna Velk said her party backed the idea.", 'Labour', 'ORGANIZATION'],
  // An unknown acronym before an office names a body; a name before its acronym and a body's head is that body.
  ['NLD spokesperson Tavo Renn said the party had won.', 'NLD', 'ORGANIZATION'],
  ['PKK commander Tavo Renn was killed.', 'PKK', 'ORGANIZATION'],
  // A dateline's opening word that starts a two-word place; a body described before its name.
  ['NEW YORK: The talks ended on Monday.', 'NEW YORK', 'REGION'],
  ['NEW YORK: The talks ended on Monday. Delegates left New York at noon.', 'New York', 'REGION'],
  ["Seoul's presidential office Tarsk Wa Dae said the summit had ended.", 'Tarsk Wa Dae', 'GOVERNMENT_BODY'],
  // A descriptor before a name describes that name, with its "The"; the word before the descriptor only qualifies it.
  ['National newspaper The Tarsk Daily said it was serious.', 'The Tarsk Daily', 'NEWS_AGENCY'],
  // What is said to lie somewhere is a place.
  ['Kohat is located in the Northwest Frontier Province of Pakistan.', 'Kohat', 'CITY'],
  ['The blast hit Quetta, in the Balochistan province of Pakistan.', 'Quetta', 'CITY'],
  // A calendar word after a given name is a surname.
  ['Prime Minister Theresa May said the deal was done.', 'Theresa May', 'PERSON'],
  ['Local police chief Abdullah Jan said the bomber came on foot.', 'Abdullah Jan', 'PERSON'],
  // A name followed by the acronym its words spell is one body, and the acronym is that body's, not a gazetteer body's.
  ['The main parties, A Partnership for Velmar Unity (APVU) and others, met.', 'A Partnership for Velmar Unity', 'ORGANIZATION'],
  ['The Tarsk National Congress Reform (TNCR) forms a part of the bloc.', 'Tarsk National Congress Reform', 'ORGANIZATION'],
  ['The Alliance For Change (AFC) sits in parliament. Later the AFC walked out.', 'Alliance For Change', 'ORGANIZATION'],
  ['The meeting was planned by the hardline Jamila Ulema (JU) party, police said.', 'Jamila Ulema', 'ORGANIZATION'],
  ['Jonas Okonkwo, the minister, arrived. Talks in Vadora with Okonkwo ended.', 'Jonas Okonkwo', 'PERSON'],
  ['Jonas Okonkwo, the minister, arrived. Later the mayor spoke to Okonkwo by telephone.', 'Jonas Okonkwo', 'PERSON'],
  ['Lena Hraskova was named minister. The talks from Hraskova were cut short.', 'Lena Hraskova', 'PERSON'],
  // A possessive after a name's own head is a real one: the person after it is no part of the party's name.
  ["The Coastal Unity Party's Kalo Brenn spoke on Monday.", 'Kalo Brenn', 'PERSON'],
  ["The People's Unity Movement won the vote.", "People's Unity Movement", 'ORGANIZATION'],
  // A league is a body, and takes its "for" phrase.
  ["Tarsk's ruling National League for Renewal (NLR) party won the vote.", 'National League for Renewal', 'ORGANIZATION'],
  // An acronym after a place's preposition is a body.
  ['Nine ministers, from TKP-N, have resigned from the cabinet.', 'TKP-N', 'ORGANIZATION'],
  ['Delegates from the TLC and from VNRA walked out.', 'VNRA', 'ORGANIZATION'],
  // An apposition's head comes before its preposition: a chair of a committee is a person.
  ["Dravo Kestin, chair of the Tarsk parliament's security committee told reporters the talks failed.", 'Dravo Kestin', 'PERSON'],
  ['Varna Holm, head of the Lindor mining union, said wages would rise.', 'Varna Holm', 'PERSON'],
  // A title between a place and a name ends the list: the name is no city.
  ['In Tamsa, Mayor Kalo Brenn said the roads were closed.', 'Kalo Brenn', 'PERSON'],
  ['Floods cut the roads in Lisbon, Dravik and Marsk.', 'Dravik', 'CITY'],
  // One unknown word after a title is a person; a title's portfolio is no part of the name after it.
  ['She has been talking to President Kiberu and the opposition before the vote.', 'Kiberu', 'PERSON'],
  ['Minister of Education Stefania Gianelli said a reflection is needed.', 'Stefania Gianelli', 'PERSON'],
  ['Minister of Foreign Affairs Tavo Renn said no.', 'Tavo Renn', 'PERSON'],
  ['Ewan Dalgleish, First Minister of Scotland, said no.', 'Scotland', 'COUNTRY'],
  // One unknown word followed by the country it lies in, where the phrase ends.
  ['The boat sank off the coast of Velora, Indonesia.', 'Velora', 'CITY'],
  ['Floods hit Tamsar, Kenya, on Monday.', 'Tamsar', 'CITY'],
  // A date after "on" is no part of a body's name; a title's of-phrase is no part of the body.
  ['The ruling of the Velorian Court of Appeal on July 8 stands.', 'Velorian Court of Appeal', 'GOVERNMENT_BODY'],
  ['Director of the Tamsa Health Service Jana Okafor said the clinics were full.', 'Tamsa Health Service', 'GOVERNMENT_BODY'],
  // A family name written first is the person when only one person's name opens with it.
  ["Kuo Weiming was sentenced on Friday. Many were offered time at Kuo's club.", 'Kuo Weiming', 'PERSON'],
  // Newspapers named after their city, and a head the gazetteer also knows alone.
  ['Prices fell, according to the Lindor Times.', 'Lindor Times', 'NEWS_AGENCY'],
  ['The Tamsa Star said the mayor had resigned.', 'Tamsa Star', 'NEWS_AGENCY'],
  ['The Marsk Chronicle reported the vote on Friday.', 'Marsk Chronicle', 'NEWS_AGENCY'],
  // A name before a speech verb ends a list of places: "southwest of Lindor, Okafor said".
  ['Standing at an air base southwest of Lindor, Jana Okafor waved. Later, at the base near Lindor, Okafor said she was free.', 'Jana Okafor', 'PERSON'],
  // An acronym is no first name, and joins the body it was introduced with.
  ['Members of the Tarsk Alliance for the Peoples of the Coast (ALBA) met. ALBA said it would act.', 'Tarsk Alliance for the Peoples of the Coast', 'ALLIANCE'],
  ['The Velorian Press Agency STT reported the vote. Later Okafor told STT he was pleased.', 'Velorian Press Agency', 'NEWS_AGENCY'],
  ['The family flew in from Kendra, Australia, on Monday.', 'Kendra', 'CITY'],
  ['The Daily Lindor reported the ruling on Friday.', 'Daily Lindor', 'NEWS_AGENCY'],
  ['Miners at Cerro Quell stopped work on Monday.', 'Cerro Quell', 'REGION'],
  ['The Cerro Quell Mineworkers Union called a strike.', 'Cerro Quell Mineworkers Union', 'ORGANIZATION'],
  ['Inmates rioted at the Arvo Branco prison overnight.', 'Arvo Branco prison', 'ORGANIZATION'],
  ['Pieter Van den Broeck spoke. Van den Broeck said he would build the plant.', 'Pieter Van den Broeck', 'PERSON'],
  // A list takes the type of the place-kind noun that describes it, whatever order its names come in.
  ['Tarvo, Mellik, Dravik and Osk are among the worst affected districts.', 'Mellik', 'REGION'],
  ['Cases rose in the provinces of Tarvo, Mellik and Osk.', 'Osk', 'REGION'],
  ['Floods hit Tarvo, Mellik and Lisbon on Monday.', 'Tarvo', 'CITY'],
  // An unknown name described in apposition takes the description's type.
  ['TUSK, the main business association in Norway, voiced its hope.', 'TUSK', 'ORGANIZATION'],
  // A capital called "The Valley" is not every valley.
  ['Cases were reported in Tarsk Valley on Monday.', 'Tarsk Valley', 'REGION'],
  // A conference with a secretary general is a body, not a meeting.
  ['The secretary general of the Velorian Episcopal Conference, Paolo Renzi, said no.', 'Velorian Episcopal Conference', 'ORGANIZATION'],
  ['The Velorian Climate Conference opened on Monday.', 'Velorian Climate Conference', 'EVENT'],
  // Ordinary words before a country that ends the phrase name one of its bodies, not the country.
  ['Forestry Kenya spokeswoman Jana Okafor said the fires were out.', 'Forestry Kenya', 'ORGANIZATION'],
  ['A sensitive Water Norway report was found on a street.', 'Water Norway', 'ORGANIZATION'],
  ['Transit Chile said the line would reopen.', 'Transit Chile', 'ORGANIZATION'],
  // Names made of ordinary English words, without a given name, are no people.
  ['The Tarvel Enforcement Management System was switched off.', 'Tarvel Enforcement Management System', 'ORGANIZATION'],
  ['Leaders of Golden Harvest met on Monday.', 'Golden Harvest', 'ORGANIZATION'],
  // A name set off after a place's description takes the described type.
  ["Kenya's state news agency, Clara, reported the arrests.", 'Clara', 'NEWS_AGENCY'],
  ['The Kenyan regulator, Tamsa, fined the firm.', 'Tamsa', 'GOVERNMENT_BODY'],
  // The name set off after "the mayor of X," holds the title: it is no place of a list.
  ['The mayor of Nairobi, Tavo Okafor, resigned on Monday.', 'Tavo Okafor', 'PERSON'],
];

/** [text, name, type]: no entity of that name may have that type ("" = no entity of that name at all). */
const NOT_TYPED: readonly (readonly [string, string, string])[] = [
  // "-oes" is a plural ending: "tornadoes" is a common word, not a name.
  ['Tornadoes hit the coast of Norway on Monday.', 'Tornadoes', ''],
  // Without a title, an unknown word before a country is a body of it (a company's branch), and a place after "in" a place.
  ['Tamsar Kenya said profits rose.', 'Tamsar Kenya', 'PERSON'],
  ['Officials in Paris Texas said no.', 'Paris', 'PERSON'],
  // A portfolio between a demonym and a minister's title is no body.
  ['Indian External Affairs Minister Tomas Quellin said no.', 'Indian External Affairs', ''],
  // A body the gazetteer knows keeps its name before a generic head ("party", "movement").
  ['Abbas lost control of the strip to the rival Hamas party last year.', 'Hamas party', ''],
  ['The Taliban movement said the attack was theirs.', 'Taliban movement', ''],
  // A law is no body.
  ['Protesters had been warned against violating the Public Gathering Law.', 'Public Gathering Law', ''],
  ['The Velmar Security Act was renewed by parliament.', 'Velmar Security Act', ''],
  // A word in capitals for emphasis is no acronym of a body.
  ['The minister said he HAD complained about the report.', 'HAD', ''],
  ['Anna Velk said she would NEVER resign.', 'NEVER', ''],
  ['The form must be completed in English by Friday.', 'English', ''],
  // A list of people is no list of places, even next to a place-kind noun.
  ['Kallo, Mirren and Vesk visited the districts on Monday.', 'Mirren', 'REGION'],
  ['Cases were reported in Tarsk Valley on Monday.', 'The Valley', ''],
  // Faiths are no places.
  ["The stampede at Islam's most holy site began at dawn.", 'Islam', ''],
  ['Pilgrims at Buddhism festivals sang.', 'Buddhism', ''],
  // Followers of a creed or doctrine are no places either.
  ['The peacekeepers guard the capital from Islamist rebels.', 'Islamist', ''],
  ['Villages near Maoist fighters voted on Sunday.', 'Maoist', ''],
  // A word that counts or qualifies, opening a sentence, is no part of the name after it.
  ['Many Party members left on Monday.', 'Many Party', ''],
  ['Former Party leader Tavo Renn spoke.', 'Former Party', ''],
  ['Our Party won the vote.', 'Our Party', ''],
  ['State TV said the vote was calm.', 'State TV', ''],
  // People of a kind, in capitals, are nobody in particular.
  ['Opposition MPs walked out of the chamber on Monday.', 'Opposition MPs', ''],
  ['Only opposition Members of Parliament are losing seats.', 'Members', ''],
  ['Several NGOs in Velmar asked for access.', 'NGOs', ''],
  ['Aid reached the town despite Jihadists in the hills.', 'Jihadists', ''],
  ['Marsk Air Flight 212 crashed on Friday.', 'Marsk Air Flight', ''],
  ['Minister of Foreign Affairs Tavo Renn said no.', 'Affairs Tavo Renn', ''],
  ['The ruling of the Velorian Court of Appeal on July 8 stands.', 'Velorian Court of Appeal on', ''],
  ['Director of the Tamsa Health Service Jana Okafor said the clinics were full.', 'of the Tamsa Health Service', ''],
  ['Lindor Relief Agency Country Director Jana Okafor said the clinics were full.', 'Country', ''],
  ["Kuo Weiming was sentenced on Friday. Many were offered time at Kuo's club.", 'Kuo', 'CITY'],
  ['Standing at an air base southwest of Lindor, Okafor said she was free.', 'Okafor', 'CITY'],
  // A name before a country is a place only where the phrase ends, alone, and not a person's surname.
  ['Velora, Indonesia and Malaysia signed the pact.', 'Velora', 'CITY'],
  ['Delegates from Kenya, Tamsar, Indonesia and Peru met.', 'Tamsar', 'CITY'],
  ["Jonas Varga, Indonesia's envoy, spoke.", 'Varga', 'CITY'],
  ['Ahmad Rahman arrived on Monday. The envoy met Rahman, Indonesia.', 'Rahman', 'CITY'],
  // Buildings, prizes and aircraft are no entities of any type.
  ['Pilgrims gathered near the Marsk Grand Hotel on Sunday.', 'Marsk Grand Hotel', ''],
  ['Mira Selt left the Vantrow Palace on Sunday.', 'Vantrow Palace', ''],
  ['Talks at the Orvanto Mansion went on late.', 'Orvanto Mansion', ''],
  ['She is a co-recipient of the Tarsk Peace Prize.', 'Tarsk Peace Prize', ''],
  ['Reporters asked him questions aboard Velor Force One.', 'Velor Force One', ''],
  ['Worshippers filled the Masjid Al-Tamra before dawn.', 'Masjid Al-Tamra', ''],
  ['Jonas Okonkwo, the minister, arrived. Talks in Vadora with Okonkwo ended.', 'Okonkwo', 'CITY'],
  ['Jonas Okonkwo, the minister, arrived. Later the mayor spoke to Okonkwo by telephone.', 'Okonkwo', 'CITY'],
  ['Lena Hraskova was named minister. The talks from Hraskova were cut short.', 'Hraskova', 'CITY'],
  ['Analysts at the Halvard Institution said prices would rise.', 'Halvard Institution', 'PERSON'],
  ['Members of the Liberal Forum met on Tuesday.', 'Liberal Forum', 'PERSON'],
  ['The tanker Marsk Star was seized off the coast.', 'Marsk Star', ''],
  ['President Lindqvist flew on the presidential aircraft Arvel One to Tamsa.', 'Arvel One', ''],
  ['The ship MV Lindor sank near the port.', 'MV Lindor', ''],
  ['Arvel One, the presidential jet, landed in Tamsa.', 'Arvel One', ''],
  ['Members of the Tarsk Alliance for the Peoples of the Coast (ALBA) met. ALBA said it would act.', 'ALBA', 'PERSON'],
  ['The inquiry office BEA said the recorders were found.', 'BEA', 'PERSON'],
  // A country after a place preposition, or where the sentence goes on with a name, stays the country.
  // A force word that qualifies another noun names people or acts, not the force; "police" names officers.
  ['Four Turkish army officers were arrested in Istanbul.', 'Turkish army', ''],
  ['The accord allowed Turkish army deployments in Libya.', 'Turkish army', ''],
  ['Colombian army troops entered the village.', 'Colombian army', ''],
  ['Kenyan police arrested 40 people in Nairobi.', 'Kenyan police', ''],
  // A demonym, a country, a given name or an ordinary word before "MP" is no party; nor is a place's possessive.
  ['Kenyan MP Anna Velk said the plan had failed.', 'Kenyan', 'ORGANIZATION'],
  ['Senior MP Anna Velk said the plan had failed.', 'Senior', 'ORGANIZATION'],
  ["Kenya's Foreign Minister Anna Velk said no.", 'Kenya', 'ORGANIZATION'],
  ['Former MP Anna Velk said the plan had failed.', 'Former', 'ORGANIZATION'],
  ['Veteran lawmaker Anna Velk walked out.', 'Veteran', 'ORGANIZATION'],
  // A constituency or a kind of member before "MP" is no party; a term spelt by its acronym is no body.
  ['Tarsk MP Tavo Renn criticised the plan.', 'Tarsk', 'ORGANIZATION'],
  ['Backbench MP Tavo Renn criticised the plan.', 'Backbench', 'ORGANIZATION'],
  ['He spoke at the Annual General Meeting (AGM) of Velquist Holdings.', 'Annual General Meeting', 'ORGANIZATION'],
  ['Velmar lies in ruins after the storm.', 'Velmar', 'CITY'],
  // An acronym the text gives to a name of its own is no gazetteer body by the same letters.
  ['The Alliance For Change (AFC) sits in parliament. Later the AFC walked out.', 'Asian Football Confederation', ''],
  // Words that do not spell the acronym stay apart; a gazetteer name spelt out stays the gazetteer's.
  ['Talks in Tarsk Valley (UN) went on.', 'Tarsk Valley', 'ORGANIZATION'],
  ['The European Union (EU) objected.', 'European Union', 'ORGANIZATION'],
  // Before a day's number a calendar word after a name stays a date.
  ['Officials told Anna May 4 was the date of the vote.', 'Anna May', ''],
  ['National newspaper The Tarsk Daily said it was serious.', 'National', ''],
  // A common word opening a sentence is no name when it starts no place.
  ['New talks began in Tarsk on Monday.', 'New', ''],
  // A spouse's style is no name.
  ['Former Honduran First Lady Anna Velk won the vote.', 'Honduran First', ''],
  ['The First Lady, Anna Velk, greeted the guests.', 'First Lady', ''],
  ['An armoured army convoy reached Tamsa.', 'army', ''],
  ['Troops in Tamsar Kenya waited for orders.', 'Tamsar Kenya', ''],
  ['Northern Kenya was dry all year.', 'Northern Kenya', ''],
  ['Meanwhile Kenya said no.', 'Meanwhile Kenya', ''],
  ['Neighbouring Kenya sent two ships.', 'Neighbouring Kenya', ''],
  ['Forestry Kenya, Okafor said, was closed.', 'Forestry Kenya', ''],
  // A capitalised portfolio before a lower-case title is no entity; a pronoun's contraction is no name.
  ['Jana Okafor resigned as Foreign Affairs minister in May.', 'Foreign Affairs', ''],
  ['Tavo Renn became Public Works secretary on Friday.', 'Public Works', ''],
  ['"I\'m told it is not secret," Renn said.', "I'm", ''],
  ['"We\'ve seen nothing," Renn said.', "We've", ''],
  ['A spokesman for the Kenyan agency, Clara Okafor, said no.', 'Clara Okafor', 'NEWS_AGENCY'],
  // A person named like the body named after them stays a person.
  ['The Jana Okafor Foundation opened. Jana Okafor said she was proud.', 'Jana Okafor', 'ORGANIZATION'],
  // A given name keeps a person a person, whatever the surname means.
  ['Harold Harkness spoke to the board.', 'Harold Harkness', 'ORGANIZATION'],
  // A real place that shares nothing with a person stays a place; a surname only joins its person.
  ['Jonas Okonkwo, the minister, arrived. Talks in Vadora ended.', 'Vadora', 'PERSON'],
  // A first name is no surname: "in Vadora" with a person called Vadora Quist stays a place.
  ['Vadora Quist, the minister, arrived. Talks in Vadora ended.', 'Vadora', 'PERSON'],
];

describe('entity types from head nouns and coreference', () => {
  it.each(TYPED)('%s -> %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('keeps a name that ends in a plural acronym ("Brannok PCs"), unlike people of a kind ("Opposition MPs")', () => {
    expect(typeOf('Tavo Renn, a spokesman for Brannok PCs, said sales had fallen.', 'Brannok PCs')).toBeDefined();
  });
  it('keeps a place or surname in -ist before a people noun: only known creeds have followers', () => {
    const dornist = extract({ text: 'Tavo Renn was born in Dornist. Dornist residents said he was kind.' }).entities.find((e) => e.name === 'Dornist');
    expect(dornist?.mentions).toHaveLength(2);
  });
  it.each(NOT_TYPED)('%s -> %s is not "%s"', (text, name, type) => {
    const found = typeOf(text, name);
    if (type === '') expect(found).toBeUndefined();
    else expect(found).not.toBe(type);
  });

  it.each([
    ['The Velorian Press Agency STT reported the vote. Later Okafor told STT he was pleased.', 'STT'],
    ['Jonas Okonkwo, the minister, arrived. Talks in Vadora with Okonkwo ended. Later the mayor spoke to Okonkwo.', 'Okonkwo'],
    ['Members of the Tarsk Alliance for the Peoples of the Coast (ALBA) met. ALBA said it would act.', 'ALBA'],
    ['Thomas Okafor and his wife Manju Okafor were charged. Thomas told the court he was sorry.', 'Thomas'],
    ['The Australia Home Office issued the form. Critics said the Home Office had acted in haste.', 'Home Office'],
    // The first words of a body's name, or the last one after "the", are that body.
    ['The Coastal Unity Party won the vote. Later, Coastal Unity said it would form a government.', 'Coastal Unity'],
    ['The Tarsk Liberation Front attacked. The Front said it would fight on.', 'Front'],
    // A company's name without its legal form, or in one word.
    ['Velk Marsden Corporation is to buy a rival. Its chairman said VelkMarsden would grow.', 'VelkMarsden'],
    ['Quellin Corp said sales fell. Quellin shares dropped.', 'Quellin'],
    // A body's name without the international body it belongs to.
    ['The U.N. Security Council imposed sanctions. Later the Security Council voted again.', 'Security Council'],
    // The forms of a department's name: "X Ministry", "Ministry of (the) X (Affairs)".
    ['The Egyptian Ministry of Interior Affairs said no. Later the Interior Ministry said yes.', 'Interior Ministry'],
    ['The Ministry of Foreign Affairs said no. Later the Foreign Ministry said yes.', 'Foreign Ministry'],
  ])('%s -> one entity goes by %s', (text, name) => {
    const holders = extract({ text }).entities.filter((e) => e.name === name || e.aliases.includes(name));
    expect(holders).toHaveLength(1);
  });

  it.each([
    // A title-case headline capitalises the words around a name: the body's full name is the name.
    ['Leftist Anna Velk Elected Norway President\n\nAnna Velk was elected president on Monday.', 'Anna Velk'],
    // The headline's given name stays when the body writes only the surname.
    ['Anna Velk wins\n\nVelk was elected president on Monday.', 'Anna Velk'],
    // Not in a first sentence that is no headline, nor a word the article uses alone.
    ['Tomas Velk Quellin, the finance minister, resigned on Monday. Tomas Velk said he was tired. Quellin thanked his staff.', 'Tomas Velk Quellin'],
  ])('%s -> the person is named %s', (text, name) => {
    expect(
      extract({ text })
        .entities.filter((e) => e.type === 'PERSON')
        .map((e) => e.name),
    ).toEqual([name]);
  });

  it.each([
    // Two countries' departments, or two kinds of department, stay apart.
    ['The Egyptian Interior Ministry said no. The Turkish Ministry of Interior said yes.', 2],
    ['The Ministry of Health said no. The Health Department said yes.', 2],
    // A country's possessive outside the name tells two countries' ministries apart.
    ["The Norwegian Ministry of Foreign Affairs summoned the envoy. Mali's Foreign Ministry protested.", 2],
    ["The Norwegian Foreign Ministry summoned the envoy. Norway's Foreign Ministry protested.", 1],
  ])('%s -> %i government bodies', (text, count) => {
    expect(extract({ text }).entities.filter((e) => e.type === 'GOVERNMENT_BODY')).toHaveLength(count);
  });

  it('gives a first name that two people share to neither', () => {
    const text = 'Thomas Okafor and Thomas Brenn were charged. Thomas told the court he was sorry.';
    const people = extract({ text }).entities.filter((e) => e.name.startsWith('Thomas '));
    expect(people).toHaveLength(2);
    for (const p of people) expect(p.aliases).not.toContain('Thomas');
  });

  // Calendar words that are also given names: a name when a name word follows, a date otherwise.
  const names = (text: string): string[] =>
    extract({ text })
      .entities.map((e) => e.name)
      .sort();
  it.each([
    ['Jan Horak said the talks failed.', ['Jan Horak']],
    ['Later, May Tavrin, a lawyer, said so.', ['May Tavrin']],
    ['The report by Jan Okafor and April Brenn was published.', ['April Brenn', 'Jan Okafor']],
    ['In May Parliament voted on the plan.', []],
    ['The vote was held on Jan 5 in Velora.', ['Velora']],
    ['Since June Sweden has led the talks.', ['Sweden']],
    ['The letter was sent to Jan Horak.', ['Jan Horak']],
    ['Jan. Horak said so.', ['Horak']],
  ])('%s -> %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a real place named after a preposition a place', () => {
    expect(typeOf('Jonas Okonkwo, the minister, arrived. Talks in Vadora ended.', 'Vadora')).toBe('CITY');
  });
});
