// Attribution of claims: the source a sentence credits a casualty figure to and the agency that
// carried it, as tables of invented sentences: those it must read, and near misses it must not.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';

/** Source and agency of the first figure of a one-paragraph article, as entity ids or null. */
function creditOf(sentence: string): { attributedTo: string | null; reportedBy: string | null } {
  const [fact] = extract({ text: `Report\n\n${sentence}`, publishedAt: '2024-03-13' }).facts;
  if (fact === undefined) throw new Error(`creditOf: no figure read in "${sentence}"`);
  return { attributedTo: fact.evidence.attributedTo ?? null, reportedBy: fact.evidence.reportedBy ?? null };
}

describe('attribution of casualty figures', () => {
  const credited: [string, string | null, string | null][] = [
    [
      'At least 12 people were killed on Monday in the city of Velmora, according to the Interior Ministry of Dravonia.',
      'government_body:interior-ministry-of-dravonia',
      null,
    ],
    [
      'The Interior Ministry of Dravonia said 30 people were injured, Kestrel News reported.',
      'government_body:interior-ministry-of-dravonia',
      'news_agency:kestrel-news',
    ],
    [
      'Kestrel News Agency reported that nine soldiers were killed in Velmora, citing the Defence Ministry of Dravonia.',
      'government_body:defence-ministry-of-dravonia',
      'news_agency:kestrel-news-agency',
    ],
    ['Kestrel News Agency reported that nine soldiers were killed in Velmora.', 'news_agency:kestrel-news-agency', 'news_agency:kestrel-news-agency'],
  ];
  it.each(credited)('reads %j', (sentence, attributedTo, reportedBy) => {
    expect(creditOf(sentence)).toEqual({ attributedTo, reportedBy });
  });

  const uncredited: string[] = [
    'Nine soldiers were killed in Velmora on Tuesday.',
    // A place after a preposition only says where the speakers are.
    'Officials in Tarsk said 7 people were injured.',
    // A pronoun with nobody named before it.
    'They said 5 people were arrested in Tarsk.',
  ];
  it.each(uncredited)('credits nobody in %j', (sentence) => {
    expect(creditOf(sentence)).toEqual({ attributedTo: null, reportedBy: null });
  });

  it('gives a pronoun the source of the sentence before it in the paragraph', () => {
    const facts = extract({
      text: 'Report\n\nThe Interior Ministry of Dravonia said 30 people were injured in Velmora. It also said 4 people were arrested.',
      publishedAt: '2024-03-13',
    }).facts;
    expect(facts.map((f) => [f.kind, f.count, f.evidence.attributedTo])).toEqual([
      ['injured', 30, 'government_body:interior-ministry-of-dravonia'],
      ['arrested', 4, 'government_body:interior-ministry-of-dravonia'],
    ]);
  });

  it('credits claims about events, and leaves background relations (roles, places) unattributed', () => {
    const sent = extract({ text: 'Report\n\nFrance sent troops to Mali, Kestrel News reported.' }).relations.find((r) => r.predicate === 'SENT_TROOPS_TO');
    expect(sent?.evidence).toMatchObject({ attributedTo: 'news_agency:kestrel-news', reportedBy: 'news_agency:kestrel-news' });
    const { relations } = extract({ text: 'Report\n\nFrench President Anel Ostrova said the Velmora office was closed, Kestrel News reported.' });
    expect(relations.map((r) => r.predicate)).toContain('LEADS');
    for (const relation of relations) expect(relation.evidence.attributedTo, relation.predicate).toBeUndefined();
  });

  const polarities: [string, 'SENT_TROOPS_TO' | 'SANCTIONED', 'DENIED' | undefined][] = [
    ['France did not send troops to Mali.', 'SENT_TROOPS_TO', 'DENIED'],
    ['France has never sanctioned Mali.', 'SANCTIONED', 'DENIED'],
    ['France sent troops to Mali.', 'SENT_TROOPS_TO', undefined],
    // A negation outside the stretch between the two entities denies something else.
    ['France sent troops to Mali, which did not object.', 'SENT_TROOPS_TO', undefined],
  ];
  it.each(polarities)('reads the polarity of %j', (sentence, predicate, polarity) => {
    const relation = extract({ text: `Report\n\n${sentence}` }).relations.find((r) => r.predicate === predicate);
    expect(relation?.predicate).toBe(predicate);
    expect(relation?.polarity).toBe(polarity);
  });
});
