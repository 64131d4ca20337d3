import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale.ts';
import { isObstacleCategory, OBSTACLE_CATEGORIES, reframingQuestionIn, reframingQuestions, type ObstacleCategory } from './reframing.ts';

describe('reframing questions', () => {
  it.each(OBSTACLE_CATEGORIES.flatMap((category) => LOCALES.map((locale) => [category, locale] as const)))(
    '%s has questions in %s, each a question',
    (category, locale) => {
      const questions = reframingQuestions(category, locale);
      expect(questions.length).toBeGreaterThanOrEqual(3);
      for (const question of questions) expect(question).toMatch(/\?$/);
      expect(new Set(questions).size).toBe(questions.length);
    },
  );

  it("keeps the seeds' examples, turned to the client, and says the same number of things in both languages", () => {
    expect(reframingQuestions('competing_priorities', 'en')[0]).toBe('Which commitment could you drop, delegate or postpone to make room for this goal?');
    expect(reframingQuestions('missing_skills_resources_support', 'en')).toContain('Is group coaching an option to simulate experience?');
    expect(reframingQuestions('missing_skills_resources_support', 'en')).toContain('Could you create visibility by volunteering for projects?');
    expect(reframingQuestions('changed_circumstances', 'en')).toContain('What metrics now better reflect your contributions?');
    for (const category of OBSTACLE_CATEGORIES) {
      expect(reframingQuestions(category, 'lv')).toHaveLength(reframingQuestions(category, 'en').length);
      expect(reframingQuestions(category, 'lv')).not.toEqual(reframingQuestions(category, 'en'));
    }
  });

  it.each(OBSTACLE_CATEGORIES)('asks the client in %s as "you" throughout: never "I" or "my", and in Latvian the polite "jūs", never "es" or "tu"', (category) => {
    for (const question of reframingQuestions(category, 'en')) {
      expect(question).not.toMatch(/\b(I|me|my|mine|myself)\b/u);
      expect(question).not.toMatch(/\b(we|us|our)\b/iu);
    }
    // Latvian words are matched whole, letters with diacritics included: "man" but not "manager".
    const words = (text: string) => text.toLocaleLowerCase('lv').split(/[^\p{L}]+/u);
    const FIRST_PERSON = ['es', 'man', 'mani', 'manis', 'manī', 'mans', 'manu', 'mana', 'manas', 'manam', 'manai', 'manā', 'manus', 'manos', 'manām', 'manējais'];
    const INFORMAL = ['tu', 'tev', 'tevi', 'tevis', 'tevī', 'tavs', 'tavu', 'tava', 'tavas', 'tavam', 'tavai', 'tavā', 'tavus', 'tavos', 'tavām', 'tavi', 'tavējais'];
    for (const question of reframingQuestions(category, 'lv')) {
      for (const word of words(question)) {
        expect(FIRST_PERSON, `${word} in ${question}`).not.toContain(word);
        expect(INFORMAL, `${word} in ${question}`).not.toContain(word);
      }
    }
    // Where a Latvian question names the client, it is as "jūs"; the category asks them at least once.
    expect(reframingQuestions(category, 'lv').some((question) => words(question).some((word) => ['jūs', 'jums', 'jūsu', 'jūsos'].includes(word)))).toBe(true);
  });

  it.each<[ObstacleCategory, RegExp]>([
    // Other priorities pull focus: what to drop, combine or make time for.
    ['competing_priorities', /\b(drop|delegate|postpone|combined?|slot|priorities|calendar)\b/u],
    // Something is missing: a skill, someone who knows, support, experience, being seen.
    ['missing_skills_resources_support', /\b(skill|show you how|support|experience|visibility)\b/u],
    // The world changed around the goal: what it means now.
    ['changed_circumstances', /\b(now|still|change|modified|realigned)\b/u],
  ])('asks in %s only what that kind of obstacle raises', (category, topic) => {
    for (const question of reframingQuestions(category, 'en')) expect(question).toMatch(topic);
  });

  it('asks each question under one category only', () => {
    for (const locale of LOCALES) {
      const all = OBSTACLE_CATEGORIES.flatMap((category) => reframingQuestions(category, locale));
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it('knows its categories, in snake_case', () => {
    expect(isObstacleCategory('competing_priorities')).toBe(true);
    expect(isObstacleCategory('Competing priorities')).toBe(false);
    expect(isObstacleCategory(undefined)).toBe(false);
    for (const category of OBSTACLE_CATEGORIES) expect(category).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("gives a chosen question in the reader's language, whoever chose it in whichever; a question of one's own as written", () => {
    const [english] = reframingQuestions('competing_priorities', 'en');
    const [latvian] = reframingQuestions('competing_priorities', 'lv');
    expect(reframingQuestionIn(latvian ?? '', 'en')).toBe(english);
    expect(reframingQuestionIn(english ?? '', 'lv')).toBe(latvian);
    expect(reframingQuestionIn(english ?? '', 'en')).toBe(english);
    expect(reframingQuestionIn('What would my mentor do?', 'lv')).toBe('What would my mentor do?');
  });
});
