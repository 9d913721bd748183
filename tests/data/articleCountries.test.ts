import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../src/data/collectPeople';
import { extractArticle } from '../../src/data/extractArticle';
import { prepareArticle } from '../../src/data/prepareArticle';

const countriesOf = (text: string): Record<string, string | null> => {
  const prepared = prepareArticle({ name: 'a.txt', text });
  const facts = extractArticle(prepared, collectPeople([prepared]));
  return Object.fromEntries(facts.people.map((p) => [p.id, p.country?.code ?? null]));
};

describe('countries of the people in an article', () => {
  it('extractArticle gives a compatriot the country of the person named before in the sentence', () => {
    expect(
      countriesOf(
        "Jamaica's Kishane Thompson edged compatriot Oblique Seville to win the men's 60m at the World Indoor Championships in Glasgow in 6.45.",
      ),
    ).toMatchObject({ 'kishane-thompson': 'JAM', 'oblique-seville': 'JAM' });
  });

  it('extractArticle leaves "her compatriot" without a country: the pronoun\'s person is not sure enough', () => {
    expect(
      countriesOf(
        "Nigeria's Grace Ayuba won the 400m hurdles heat in 55.12. Senegal's Amina Diallo was second. Her compatriot Precious Okoro was disqualified.",
      ),
    ).toMatchObject({ 'precious-okoro': null });
  });

  it('extractArticle reads "of the USA" before a verb, and never takes "the Netherlands" for a person', () => {
    expect(
      countriesOf(
        "Kofi Asante won the men's 200m final at the World Championships in Tokyo in 19.64. Xavier Brooks of the USA takes silver in 19.80, and Niels Laros of the Netherlands, who clocked 19.90, was third.",
      ),
    ).toMatchObject({ 'xavier-brooks': 'USA', 'niels-laros': 'NED', 'kofi-asante': null });
  });
});
