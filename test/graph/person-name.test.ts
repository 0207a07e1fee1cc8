// The person-name matcher of cross-document resolution: pairs of forms that name one person (and
// must join) and pairs that name two (and must not). All names are invented.
import { describe, expect, it } from 'vitest';
import { closeSpelling, compareGivenNames, editDistance, foldNamePart, isNameMatch, parsePersonName, personBucketKey } from '../../src/graph/person-name.js';

/** True when both forms parse and their given names match. */
function sameperson(a: string, b: string): boolean {
  const x = parsePersonName(a);
  const y = parsePersonName(b);
  if (x === undefined || y === undefined) return false;
  return isNameMatch(compareGivenNames(x, y)) && isNameMatch(compareGivenNames(y, x));
}

describe('person-name: forms that name one person', () => {
  it.each([
    ['Aleksandr Volkanov', 'Alexander Volkanov'],
    ['Yusuf Al-Tamimi', 'Youssef al Tamimi'],
    ['Yusuf Al-Tamimi', 'Yusuf Altamimi'],
    ['Kassym-Jomart Belov', 'Kassym Jomart Belov'],
    ['Kassym-Jomart Belov', 'Kassymjomart Belov'],
    ['Sergei Marchenko', 'Sergey Marchenko'],
    ['Dmitri Zelinskyy', 'Dmitry Zelinsky'],
    ['Mohammed Haddadi', 'Muhammad Haddadi'],
    ['Karim Bensaid', 'Kareem Bensaid'],
    ['A. Volkanov', 'Alexander Volkanov'],
    ['Ingrid M. Halvorsen', 'Ingrid Halvorsen'],
    ['Ingrid M. Halvorsen', 'Ingrid Marit Halvorsen'],
    ['Dr. Tomas Ekwueme', 'Tomas Ekwueme'],
    ['Pieter van der Molen', 'Peter van der Molen'],
    ['Oleksiy Hrytsenko Jr.', 'Oleksii Hrytsenko'],
  ])('%s and %s', (a, b) => {
    expect(sameperson(a, b)).toBe(true);
  });
});

describe('person-name: forms that name two people', () => {
  it.each([
    ['John Okafor', 'Mary Okafor'],
    ['John Okafor', 'Joan Okafor'],
    ['Mark Lindqvist', 'Mary Lindqvist'],
    ['Maria Castellano', 'Mario Castellano'],
    ['Alexander Volkanov', 'Alexandra Volkanov'],
    ['Daniel Ferreira', 'Daniela Ferreira'],
    ['Ivan Petrenko', 'Ivana Petrenko'],
    ['Hassan Nouri', 'Hussein Nouri'],
    ['Alexander Volkanov', 'Andrei Volkanov'],
    ['A. Volkanov', 'Boris Volkanov'],
    ['Ingrid Marit Halvorsen', 'Ingrid Solveig Halvorsen'],
    ['Alexander Volkanov', 'Alexander Volkanova'],
    ['Jean-Pierre Moreau', 'Jean Moreau'],
    ['Volkanov', 'Alexander Volkanov'],
  ])('%s and %s', (a, b) => {
    expect(sameperson(a, b)).toBe(false);
  });
});

describe('person-name: parsing and folding', () => {
  it.each([
    ['Aleksandr', 'alexandr'],
    ['Youssef', 'iusef'],
    ['Zelenskyy', 'zelenski'],
    ['Khodorenko', 'hodorenko'],
    ['Núñez', 'nunez'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldNamePart(word)).toBe(folded);
  });

  it('puts particles and hyphenated parts into the surname key', () => {
    expect(parsePersonName('Yusuf al Tamimi')?.surnameKey).toBe('altamimi');
    expect(parsePersonName('Yusuf Al-Tamimi')?.surnameKey).toBe('altamimi');
    expect(parsePersonName('Pieter van der Molen')?.surnameKey).toBe('vandermolen');
  });

  it('reads initials, honorifics and suffixes', () => {
    expect(parsePersonName('J.R. Okafor')?.given).toEqual([
      { folded: 'j', initial: true },
      { folded: 'r', initial: true },
    ]);
    expect(parsePersonName('Mr. Tomas Ekwueme Sr.')).toMatchObject({ surnameKey: 'ekvueme', given: [{ folded: 'tomas', initial: false }] });
  });

  it('refuses a name of one word', () => {
    expect(parsePersonName('Volkanov')).toBeUndefined();
    expect(parsePersonName('Dr. Volkanov')).toBeUndefined();
  });

  it('buckets a full given name with its initial', () => {
    const full = parsePersonName('Alexander Volkanov');
    const initial = parsePersonName('A. Volkanov');
    expect(full && personBucketKey(full)).toBe('volkanov|a');
    expect(initial && personBucketKey(initial)).toBe('volkanov|a');
  });

  it.each([
    ['iusuf', 'iusef', true],
    ['john', 'joan', false],
    ['alexander', 'alexandra', false],
    ['muhamad', 'mohamed', true],
    ['hasan', 'husein', false],
  ] as const)('closeSpelling(%s, %s) is %s', (a, b, expected) => {
    expect(closeSpelling(a, b)).toBe(expected);
  });

  it('computes edit distances and stops past the limit', () => {
    expect(editDistance('alexandr', 'alexander')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});
