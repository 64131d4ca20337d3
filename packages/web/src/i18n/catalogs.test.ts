import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import feedbackEn from './feedback.en.json';
import feedbackLv from './feedback.lv.json';
import goalsEn from './goals.en.json';
import goalsLv from './goals.lv.json';
import lv from './lv.json';
import practiceEn from './practice.en.json';
import practiceLv from './practice.lv.json';
import progressEn from './progress.en.json';
import progressLv from './progress.lv.json';
import securityEn from './security.en.json';
import securityLv from './security.lv.json';
import sessionsEn from './sessions.en.json';
import sessionsLv from './sessions.lv.json';

type Catalog = { [key: string]: string | Catalog };

/** Every leaf of a catalog as a dotted key and its text. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [child, text] of flatten(value, path)) entries.set(child, text);
  }
  return entries;
}

/**
 * The main catalog and those that join it when their screens load: the goals', the progress
 * texts (cascade, progress, check-ins, metrics, stakeholder requests, the coach's risk overview),
 * the stakeholder's page, sessions (agenda, shared and private notes, commitments, journal), the
 * security screens and the owner's practice page.
 */
const LAZY = {
  goals: [goalsEn, goalsLv],
  progress: [progressEn, progressLv],
  feedback: [feedbackEn, feedbackLv],
  sessions: [sessionsEn, sessionsLv],
  security: [securityEn, securityLv],
  practice: [practiceEn, practiceLv],
} as const;
const english = new Map([...flatten(en), ...Object.values(LAZY).flatMap(([catalog]) => [...flatten(catalog)])]);
const latvian = new Map([...flatten(lv), ...Object.values(LAZY).flatMap(([, catalog]) => [...flatten(catalog)])]);

/** The error codes the API sends (packages/server/src/errors.ts), plus the web app's own. */
const ERROR_CODES = [
  'validation_failed',
  'malformed_request',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'foreign_origin',
  'not_found',
  'engagement_not_found',
  'value_not_found',
  'invitation_not_found',
  'goal_not_found',
  'session_not_found',
  'commitment_not_found',
  'journal_entry_not_found',
  'agenda_item_not_found',
  'coach_note_not_found',
  'obstacle_not_found',
  'unsupported_change',
  'email_taken',
  'conflict',
  'stale_version',
  'invalid_transition',
  'not_pending_revision',
  'already_agreed',
  'invitation_used',
  'invitation_expired',
  'link_used',
  'link_expired',
  'link_withdrawn',
  'too_many_attempts',
  'second_factor_required',
  'invalid_second_factor',
  'reset_link_not_found',
  'reset_link_used',
  'reset_link_expired',
  'two_factor_enabled',
  'two_factor_not_enabled',
  'two_factor_not_started',
  'internal_error',
  'database_unavailable',
  'payload_too_large',
  'request_timeout',
  'headers_too_large',
  'unsupported_media_type',
  'network_error',
];

/** The codes the API names bad fields with (`errors[].code`), beyond the validator's own. */
const FIELD_ERROR_CODES = [
  'email_taken',
  'invalid_characters',
  'malformed',
  'due_before_start',
  'unknown_value',
  'unknown_goal',
  'horizon_not_below_parent',
  'outside_parent_dates',
  'comment_required',
  'answer_required',
  'future_date',
  'values_required',
  'values_not_allowed',
  'unknown_metric',
  'outside_scale',
  'duplicate_metric',
  'text_required',
  'unknown_check_in',
  'already_superseded',
  'kind_mismatch',
  'baseline_equals_target',
  'scale_bounds_required',
  'scale_bounds_inverted',
  'weight_not_positive',
  'idempotency_key_reused',
  'invalid_date_time',
  'unknown_session',
  'same_session',
  'cancelled_session',
  'unknown_item',
  'duplicate_item',
  'agenda_changed',
  'carried_over_item',
  'session_not_begun',
  'in_future',
  'reason_required',
  'nothing_learnt',
  'from_after_to',
  'changes_not_allowed',
  'changes_required',
  'not_a_realignment',
  'not_a_modification',
  'parent_cycle',
  'parent_closed',
  'not_acknowledgeable',
  'wrong_code',
  'wrong_password',
  'same_password',
  'second_factor_required',
  'invalid_cursor',
];

/** Texts that are the same in both languages on purpose: the product's name and language codes. */
const SAME_IN_BOTH = new Set(['app.name', 'language.short.en', 'language.short.lv']);

const MAIN_UI_KEYS = [
  'nav.home',
  'nav.profile',
  'nav.signOut',
  'signIn.title',
  'signIn.submit',
  'signUp.submit',
  'home.coach.title',
  'invite.title',
  'invite.submit',
  'invite.copy',
  'values.title',
  'values.group.value',
  'values.group.aspiration',
  'values.form.add',
  'values.archive',
  'values.restore',
  'profile.title',
  'profile.save',
  'status.invited',
  'status.active',
  'errors.code.invalid_credentials',
  'goals.title',
  'goals.new',
  'goalState.active',
  'smart.title',
  'agreement.agree',
  'agreement.decline',
  'timeline.title',
  'awaiting.title',
  'errors.code.stale_version',
  'goals.view.cascade',
  'risk.status.on_track',
  'risk.status.needs_attention',
  'risk.status.at_risk',
  'progress.title',
  'progress.recordCheckIn',
  'cascade.expandAll',
  'metric.legend.plan',
  'metricForm.submit',
  'checkIn.kind.observation',
  'checkIn.kind.stakeholder_feedback',
  'checkInForm.submit',
  'feedbackRequest.ask',
  'feedbackRequest.status.answered',
  'clientRisk.column',
  'stakeholder.title',
  'stakeholder.submit',
  'stakeholder.thanks.title',
  'errors.code.link_used',
  'stakeholder.withdrawn.title',
  'feedbackRequest.status.withdrawn',
  'sessions.title',
  'sessionStatus.held',
  'agenda.title',
  'agenda.carriedOver',
  'sharedNotes.title',
  'sharedNotes.conflictTitle',
  'coachNotes.title',
  'commitments.title',
  'commitments.overdue',
  'journal.title',
  'errors.code.session_not_found',
  'nav.audit',
  'signIn.forgot',
  'twoFactor.title',
  'passwordCard.title',
  'audit.title',
  'errors.code.reset_link_used',
  'nav.practice',
  'home.coach.wholePractice',
  'practice.title',
  'practice.clients.emptyTitle',
  'practice.coaches.columns.ended',
];

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]))].sort();

describe('the en and lv catalogs', () => {
  it('keep the goals\' texts apart from the main catalog, so that loading them overwrites nothing', () => {
    for (const [main, goals] of [[en, goalsEn], [lv, goalsLv]] as const) {
      expect(Object.keys(goals).filter((key) => key in main)).toEqual([]);
    }
  });

  it('add each lazily loaded text beside the others, never over one (their error codes join errors.* leaf by leaf)', () => {
    for (const [index, main] of [en, lv].entries()) {
      const seen = new Map([...flatten(main).keys()].map((key) => [key, 'main']));
      const overwritten: string[] = [];
      for (const [name, catalogs] of Object.entries(LAZY)) {
        for (const key of flatten(catalogs[index] ?? {}).keys()) {
          if (seen.has(key)) overwritten.push(`${name}:${key} (already in ${seen.get(key)})`);
          seen.set(key, name);
        }
      }
      expect(overwritten).toEqual([]);
    }
  });

  it('keep the progress, stakeholder, sessions and practice texts in their own sections, besides the error codes they bring', () => {
    for (const catalog of [progressEn, progressLv, feedbackEn, feedbackLv, sessionsEn, sessionsLv, practiceEn, practiceLv]) {
      for (const section of Object.keys(catalog)) {
        expect(section === 'errors' || !(section in en), section).toBe(true);
      }
    }
  });

  it('have exactly the same keys', () => {
    expect([...latvian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [catalog, entries] of [['en', english], ['lv', latvian]] as const) {
      const empty = [...entries].filter(([, text]) => text.trim() === '').map(([key]) => `${catalog}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('translate every error code the API can send', () => {
    for (const code of ERROR_CODES) {
      expect(english.get(`errors.code.${code}`), `en errors.code.${code}`).toBeTruthy();
      expect(latvian.get(`errors.code.${code}`), `lv errors.code.${code}`).toBeTruthy();
    }
  });

  it('translate every field error code the API can send', () => {
    for (const code of FIELD_ERROR_CODES) {
      expect(english.get(`errors.field.${code}`), `en errors.field.${code}`).toBeTruthy();
      expect(latvian.get(`errors.field.${code}`), `lv errors.field.${code}`).toBeTruthy();
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(placeholders(latvian.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('really translate the main UI into Latvian', () => {
    for (const key of MAIN_UI_KEYS) {
      expect(english.has(key), key).toBe(true);
      expect(latvian.get(key), key).not.toEqual(english.get(key));
    }
  });

  it('leave no English text in Latvian beyond the intended exceptions', () => {
    const untranslated = [...english].filter(([key, text]) => !SAME_IN_BOTH.has(key) && latvian.get(key) === text);
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('write Latvian with its diacritics', () => {
    const text = [...latvian.values()].join(' ');
    for (const letter of ['ā', 'č', 'ē', 'ģ', 'ī', 'ķ', 'ļ', 'ņ', 'š', 'ū', 'ž']) expect(text, letter).toContain(letter);
  });

  it('are loaded by every module that renders their texts, so that a page opened by its address never shows a key', () => {
    // A lazy catalog joins the main one when a module importing it loads. A module that renders
    // its texts without importing it works only behind a page that did (a review summary opened
    // from a bookmark showed "RISK.STATUS.ON_TRACK").
    const features = fileURLToPath(new URL('../features/', import.meta.url));
    const modules = readdirSync(features, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'));
    const mainKeys = new Set(Object.keys(en));
    const missing: string[] = [];
    for (const file of modules) {
      const source = readFileSync(join(features, file), 'utf8');
      const used = new Set([...source.matchAll(/\bt\(\s*[`'"]([a-zA-Z]+)\./g)].map((match) => match[1] ?? ''));
      for (const [name, [catalog]] of Object.entries(LAZY)) {
        const needs = Object.keys(catalog).some((key) => used.has(key) && !mainKeys.has(key));
        if (needs && !source.includes(`i18n/${name}-catalog'`)) missing.push(`${file} needs ${name}-catalog`);
      }
    }
    expect(modules.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
