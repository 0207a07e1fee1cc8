// Statements: each quotation with the entity that said it. Tables of [text, quotation start, expected
// speaker] and of quotations whose speaker must NOT be the one named; all names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';

/** The name of the speaker of the statement whose text starts with `opening` (null when nobody). */
function speakerOf(text: string, opening: string): string | null | undefined {
  const result = extract({ text });
  const statement = result.statements.find((s) => s.text.startsWith(opening));
  if (!statement) return undefined;
  return result.entities.find((e) => e.id === statement.speaker)?.name ?? null;
}

const SPEAKERS: readonly (readonly [string, string, string])[] = [
  // A short quoted judgement after a verb of judging is the subject's.
  ['Susan Velk thought of Tavo Renn as "a mass murderer" who should be jailed.', 'a mass murderer', 'Susan Velk'],
  ['Anna Velk dubbed the talks "a farce" on Monday.', 'a farce', 'Anna Velk'],
  ['Tavo Renn praised the deal as "a new start" for the region.', 'a new start', 'Tavo Renn'],
  // The person a quotation names is not the one "he" refers to after it.
  [
    'Mr Tavo Renn has also questioned the role of electoral commissioner Piet Marrow. "Mr Marrow must explain his advice to the council," he said.',
    'Mr Marrow must',
    'Tavo Renn',
  ],
  ['Opposition leader Maria Velk met Ilse Quellin on Monday. "Ms Quellin has failed the country," she said.', 'Ms Quellin has failed', 'Maria Velk'],
  // A speaker may name themself or their family.
  ['Judge Ilse Quellin questioned Anna Velk on Monday. "Nobody in the Velk family has done anything wrong," she said.', 'Nobody in the Velk', 'Anna Velk'],
  ['Tavo Renn spoke to reporters. "Tavo Renn has never broken a promise," he said.', 'Tavo Renn has never', 'Tavo Renn'],
  // A comma before the name after the verb keeps the speaker.
  ['"Our colleagues are free, but the people still need water," said the charity\'s director, Mara Quist.', 'Our colleagues', 'Mara Quist'],
  // A portfolio after a title ("commissioner for Home Affairs") names no speaker; the name after the comma does.
  ['"The rules were broken," said EU commissioner for Home Affairs, Lena Marsh.', 'The rules were broken', 'Lena Marsh'],
  ['"We will not wait," said the minister of Foreign Affairs, Tavo Renn.', 'We will not wait', 'Tavo Renn'],
  // A question or exclamation closes its sentence inside the marks; a sentence that only attributes follows.
  ['Rupert Vell arrived in Oslo. "Is it over?" Vell said.', 'Is it over', 'Rupert Vell'],
  ['"We deprive people of food. How can you possibly ask for a vote?" Anna Velk said on Monday.', 'We deprive people', 'Anna Velk'],
  // A speech verb joined to another by "and" shares its subject, not the one met.
  ['After Tomas Velquist met Anel Ostrova, Marek Dunn spoke to reporters and said, "We will win."', 'We will win', 'Marek Dunn'],
  ['Tavo Renn met with Prime Minister Anna Velk on Saturday and told Velk that, "Norway will never pressure you."', 'Norway will never', 'Tavo Renn'],
  // A word for any body ("the organization") is the last organisation named.
  ['Amnesty International criticised the plan. "It is wrong and it must stop," the organization said.', 'It is wrong', 'Amnesty International'],
  // The clause after "said," is more of what was said, not its speaker.
  [
    'Norway will send troops to Mali, Prime Minister Anna Velk said Thursday. "Soon, we will send our peacekeepers to Mali," the premier said, adding that the country\'s soldiers are present in South Sudan.',
    'Soon, we will',
    'Anna Velk',
  ],
  // A quotation left open at the end of a paragraph goes on in the next one.
  [
    'Critics included campaigner Orla Denner, with Denner stating: "People need quicker decisions and the move is clumsy.\n\n"No one should be left waiting for a form they cannot read."',
    'No one should',
    'Orla Denner',
  ],
  [
    'Orla Denner told the radio: "The answer is not more hurdles for the people who wait.\n\n"After months of worry it cannot be fair to ask this of anyone."',
    'After months',
    'Orla Denner',
  ],
  // A paragraph ending in a colon introduces the quotation of the next one.
  ['The bishop, Tomas Rilke, called the ruling "dangerous":\n\n"We face a dangerous sentence for all of the schools."', 'We face', 'Tomas Rilke'],
  // A colon introduces the words of the sentence's subject, whatever verb the sentence has.
  [
    'Governor Pell Arkwin defended the record whilst promising a "formal update" soon: "The council and I are working as quickly as possible."',
    'The council and I',
    'Pell Arkwin',
  ],
  // "stating", "accuses", "reasoned": more forms of speech verbs.
  ['Senator Ruth Malvo issued a note stating "the budget will not pass in its present form this year".', 'the budget', 'Ruth Malvo'],
  // ", and X said ..." after a quotation is a new clause: the speaker stands before the quotation.
  [
    'Minister Kaj Orrin said the city stood "shoulder to shoulder with our friends in the north", and the Velorian Embassy said more help would follow.',
    'shoulder to shoulder',
    'Kaj Orrin',
  ],
  // A word quoted beside one a person said is theirs too.
  ['The bishop, Tomas Rilke, called the ruling "dangerous" and "ideological" on Sunday.', 'ideological', 'Tomas Rilke'],
  // "in the words of X" names the source; a person named in it outranks a body.
  ['In the words of the Crown prosecutor, Mara Quist, "the child was left without any care for months".', 'the child was left', 'Mara Quist'],
  ['According to the Halvard Institute, "prices will rise again before the end of the winter".', 'prices will rise', 'Halvard Institute'],
  // A quotation opening a sentence with no attribution goes on with the speaker of the sentence before.
  [
    'President Tavo Renn said he and Minister Ilsa Vantrow discussed the harbour. "She shared her plan with us, and we agreed on it."',
    'She shared',
    'Tavo Renn',
  ],
  ['Governor Pell Arkwin said the council would vote again in May. "We are not giving up on this road at all."', 'We are not giving', 'Pell Arkwin'],
  // Verbs joined by "and" share their subject: the one thanked is not the speaker.
  ['Tavo Renn thanked Ilsa Vantrow for coming and praised her for her "great care for the northern valleys".', 'great care', 'Tavo Renn'],
  ['Ambassador Orla Denner answered with, "The minister has worked on this for months, not hours."', 'The minister has worked', 'Orla Denner'],
  // A newspaper credited with "according to", and no one else, is the source.
  ['By then "her skin was weeping and her body was malnourished", according to the Lindor Morning Herald.', 'her skin was weeping', 'Lindor Morning Herald'],
  // A bare surname shared by a compound name goes to the person whose name ends in it.
  ['Minister Kaj Orrin arrived with Mira Selt-Orrin. Orrin said that "the harbour will open again in spring".', 'the harbour will open', 'Kaj Orrin'],
];

/** Quotations that must not be credited to the entity named. */
const NOT_SPEAKERS: readonly (readonly [string, string, string])[] = [
  // "the group" reaches back one sentence only: a group named in between may be the one meant (nobody is credited).
  ['Amnesty International published a report. A group of farmers marched to Oslo. Many were tired. "We are hungry," the group said.', 'We are hungry', ''],
  // The sentence after a question that says something of its own does not attribute it (nobody is credited).
  ['Anna Velk spoke first. "Is the war over?" Tavo Renn said the talks had failed and the army would stay in the north.', 'Is the war over', ''],
  // A title in quotes with no verb of speaking or judging is nobody's statement.
  ['Tavo Renn bought a copy of "the big book" in Tarsk.', 'the big book', ''],
  // A title no one in the article holds, and a country after "adding that": no speaker, so no statement.
  ['"We will win the vote in the spring," the minister said, adding that Norway would help.', 'We will win', ''],
  // The sentence before continues a quotation only within its paragraph.
  [
    'Governor Pell Arkwin said the council would vote again in May.\n\n"We are not giving up on this road at all," the mayor, Ilsa Vantrow, said.',
    'We are not giving',
    'Pell Arkwin',
  ],
  ['Tavo Renn thanked Ilsa Vantrow for coming and praised her for her "great care for the northern valleys".', 'great care', 'Ilsa Vantrow'],
  // A person named as the speaker outranks the newspaper that carried the words.
  ['"The vote was fair," Ilsa Vantrow said, according to the Lindor Morning Herald.', 'The vote was fair', 'Lindor Morning Herald'],
  // The next paragraph's quotation starts afresh when the previous quotation was closed.
  [
    'Orla Denner said: "We will wait and see what comes of it."\n\n"This is the darkest day of our history," the mayor, Ilsa Vantrow, said.',
    'This is the darkest',
    'Orla Denner',
  ],
  // A quotation that opens a paragraph after a closed one, with no colon, is no continuation.
  [
    'Orla Denner spoke to reporters on Monday about the new rules.\n\n"Nobody asked us anything at all about this plan," said Ilsa Vantrow.',
    'Nobody asked',
    'Orla Denner',
  ],
  // The clause after ", and" has its own speaker, who did not say the quotation before it.
  [
    'Minister Kaj Orrin said the city stood "shoulder to shoulder with our friends in the north", and the Velorian Embassy said more help would follow.',
    'shoulder to shoulder',
    'Velorian Embassy',
  ],
  // A colon with no person in its sentence gives nobody, and a quotation credited to nobody is no statement.
  ['The joint statement of the two ministries said: "Both sides will continue to meet every two weeks from now on."', 'Both sides', ''],
  ['Prompted by the video, "a new obsession is taking hold on the internet, and nobody can stop it".', 'a new obsession', ''],
  // One quoted word with nobody said to have said it is a scare quote, not a statement.
  ['The storm was "historic" and the damage severe across the valley.', 'historic', ''],
  // "the words" without "of" is no source.
  ['Ilsa Vantrow wrote the words on the wall. Later Kaj Orrin said: "I did not read the words on the wall before today."', 'I did not read', 'Ilsa Vantrow'],
];

/** The name of the agency that carried the statement whose text starts with `opening` (null when none). */
function agencyOf(text: string, opening: string): string | null | undefined {
  const result = extract({ text });
  const statement = result.statements.find((s) => s.text.startsWith(opening));
  if (!statement) return undefined;
  return result.entities.find((e) => e.id === statement.reportedBy)?.name ?? null;
}

/** [text, quotation start, the speaker, the agency that carried the words or null]. */
const CARRIERS: readonly (readonly [string, string, string, string | null])[] = [
  // The agency told, or named after a carrier link, carries the words.
  ['The Velmar Army told Reuters it was "winning the war".', 'winning the war', 'Velmar Army', 'Reuters'],
  ['Aldra Velk told the state news agency Xinhua that "the war is over".', 'the war is over', 'Aldra Velk', 'Xinhua'],
  ['Aldra Velk said in an interview with CNN that "the war is over".', 'the war is over', 'Aldra Velk', 'CNN'],
  // "X said, according to AFP": X speaks, AFP carries.
  ['Aldra Velk said, according to AFP, that "the war is over".', 'the war is over', 'Aldra Velk', 'Agence France-Presse'],
  // Found by review: a relative "that" after a noun keeps the speaker after it; a link of a noun inside what was said carries nothing.
  ['"We will not give up," said the head of the agency that runs the camps, Anna Velk.', 'We will not', 'Anna Velk', null],
  ['Anna Velk said the claims made by Reuters were "a pack of lies".', 'a pack of lies', 'Anna Velk', null],
  // An agency that is part of what was said carries nothing.
  ['In a statement, the Velmar Army said Reuters had made "grave professional mistakes" by relying on sources.', 'grave professional', 'Velmar Army', null],
  ['The Velmar Army said the BBC was "lying about everything".', 'lying about', 'Velmar Army', null],
];

describe('findStatements: who said each quotation', () => {
  it.each(CARRIERS)('%s', (text, opening, speaker, agency) => {
    expect(speakerOf(text, opening)).toBe(speaker);
    expect(agencyOf(text, opening)).toBe(agency);
  });

  it.each(SPEAKERS)('%s', (text, opening, expected) => {
    expect(speakerOf(text, opening)).toBe(expected);
  });

  it.each(NOT_SPEAKERS)('does not credit: %s', (text, opening, wrong) => {
    // An empty name means the quotation is no statement at all.
    if (wrong === '') expect(speakerOf(text, opening)).toBeUndefined();
    else {
      expect(speakerOf(text, opening)).toBeDefined();
      expect(speakerOf(text, opening)).not.toBe(wrong);
    }
  });
});
