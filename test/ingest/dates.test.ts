// Times as sentences state them, resolved against the publication date where the words allow.
import { describe, expect, it } from 'vitest';
import { timeIn } from '../../src/ingest/dates.js';
import { extract } from '../../src/ingest/index.js';

// 2022-01-06 is a Thursday.
const PUBLISHED = '2022-01-06';

describe('timeIn', () => {
  it.each([
    ['Police said on Wednesday that the station had burned.', 'on Wednesday', '2022-01-05'],
    ['The curfew began late on Thursday.', 'late on Thursday', '2022-01-06'],
    ['Talks resumed on March 4, 2021, in Geneva.', 'on March 4, 2021', '2021-03-04'],
    ['The vote is due on February 20.', 'on February 20', '2022-02-20'],
    ['Protests have continued since January 2020.', 'since January 2020', undefined],
    ['The minister resigned yesterday.', 'yesterday', '2022-01-05'],
    ['The deal was signed last week.', 'last week', undefined],
  ])('reads %j', (sentence, text, date) => {
    expect(timeIn(sentence, PUBLISHED)).toEqual(date ? { text, date } : { text });
  });

  it('gives no day for a date that does not exist', () => {
    expect(timeIn('The vote was set for February 30.', PUBLISHED)).toEqual({ text: 'February 30' });
  });

  it.each(['Prices rose by a third.', 'Mayday calls went unanswered.', 'The Monday Club met.'])('finds no time in %j', (sentence) => {
    expect(timeIn(sentence, PUBLISHED)).toBeUndefined();
  });

  it('keeps the words but no day when the article has no publication date', () => {
    expect(timeIn('Officials spoke on Monday.', null)).toEqual({ text: 'on Monday' });
  });
});

describe('extract: facts and statements carry their time', () => {
  it('dates a casualty figure and a quote from their sentences', () => {
    const text =
      'Police said on Wednesday that 13 officers were killed. Interior Minister John Marlow said on Tuesday: "We will restore order in every street of the city."';
    const result = extract({ text, publishedAt: PUBLISHED });
    expect(result.facts[0]?.when).toEqual({ text: 'on Wednesday', date: '2022-01-05' });
    expect(result.statements[0]?.when).toEqual({ text: 'on Tuesday', date: '2022-01-04' });
  });
});
