import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale.ts';
import { isObstacleCategory, OBSTACLE_CATEGORIES, reframingQuestions } from './reframing.ts';

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

  it("keeps the seeds' examples, and says the same number of things in both languages", () => {
    expect(reframingQuestions('competing_priorities', 'en')).toContain('Is group coaching an option to simulate experience?');
    // The question any competing priority raises comes before the seeds' example about practice.
    expect(reframingQuestions('competing_priorities', 'en')[0]).toBe('Which commitment could you drop, delegate or postpone to make room for this goal?');
    expect(reframingQuestions('missing_skills_resources_support', 'en')).toContain('Can I create visibility by volunteering for projects?');
    expect(reframingQuestions('changed_circumstances', 'en')).toContain('What metrics now better reflect my contributions?');
    for (const category of OBSTACLE_CATEGORIES) {
      expect(reframingQuestions(category, 'lv')).toHaveLength(reframingQuestions(category, 'en').length);
      expect(reframingQuestions(category, 'lv')).not.toEqual(reframingQuestions(category, 'en'));
    }
  });

  it('knows its categories, in snake_case', () => {
    expect(isObstacleCategory('competing_priorities')).toBe(true);
    expect(isObstacleCategory('Competing priorities')).toBe(false);
    expect(isObstacleCategory(undefined)).toBe(false);
    for (const category of OBSTACLE_CATEGORIES) expect(category).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});
