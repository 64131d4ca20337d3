import {
  formatCalendarDay,
  formatShare,
  GOAL_STATE_LABELS,
  HORIZON_LABELS,
  reportWord,
  RISK_STATUS_LABELS,
  type GoalState,
  type Locale,
} from '@tandem/core';
import type { GoalProgress } from '../progress/compute.ts';

export type ReportEngagement = {
  practiceName: string;
  coachName: string;
  clientName: string;
  values: { kind: string; title: string; description: string }[];
  goals: GoalProgress[];
  commitments: { text: string; status: string; dueOn: string | null }[];
};

export type ReportInput = { personName: string; locale: Locale; asOf: string; engagements: ReportEngagement[] };

/** A number the reader's way, as the app writes it: "3.6" in English, "3,6" in Latvian. */
function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'lv' ? 'lv-LV' : 'en-GB').format(value);
}

/** Text that came from a person goes into the page as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// On a phone the metric tables become one block per metric, each figure beside its heading, and
// nested goals step in less: five columns side by side inside nested goal boxes are far wider
// than a phone. Only a narrow screen changes; the printed A4 page keeps its tables.
const STYLE = `
body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1a1b1e; line-height: 1.45; overflow-wrap: break-word; }
h1 { margin-bottom: 0.25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #dee2e6; padding-bottom: 0.25rem; }
.meta { color: #555; margin: 0; }
.goal { border: 1px solid #dee2e6; border-radius: 6px; padding: 0.75rem 1rem; margin: 0.75rem 0; break-inside: avoid; }
.goal .goal { margin-left: 1rem; }
.bar { background: #e9ecef; border-radius: 4px; height: 0.6rem; width: 100%; max-width: 20rem; }
.bar > span { display: block; height: 100%; border-radius: 4px; background: #228be6; }
.status-at_risk { color: #c92a2a; } .status-needs_attention { color: #e67700; } .status-on_track { color: #2b8a3e; }
table { border-collapse: collapse; margin-top: 0.5rem; } th, td { text-align: left; padding: 0.2rem 0.75rem 0.2rem 0; }
.unit { color: #555; font-weight: normal; }
@media screen and (max-width: 36rem) {
  body { margin: 1rem auto; padding: 0 0.75rem; }
  .goal { padding: 0.5rem 0.75rem; }
  .goal .goal { margin-left: 0; }
  .metrics, .metrics tbody, .metrics tr, .metrics td { display: block; }
  .metrics thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .metrics tr { border-top: 1px solid #dee2e6; padding: 0.35rem 0; }
  .metrics td { padding: 0.05rem 0; }
  .metrics td:first-child { font-weight: 600; }
  .metrics td[data-label] { display: flex; gap: 0.75rem; }
  .metrics td[data-label]::before { content: attr(data-label); flex: 0 0 45%; color: #555; }
}
@media print { .hint { display: none; } body { margin: 0; } }
`;

/** The printable report of a person's goals and progress, in their language, every stored word escaped. */
export function renderReport(input: ReportInput): string {
  const { locale } = input;
  const w = (word: Parameters<typeof reportWord>[0]) => escapeHtml(reportWord(word, locale));
  const engagements = input.engagements.map((engagement) => renderEngagement(engagement, locale)).join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('title')}: ${escapeHtml(input.personName)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${w('title')}</h1>
<p class="meta">${w('preparedFor')}: ${escapeHtml(input.personName)} · ${w('asOf')} ${escapeHtml(formatCalendarDay(input.asOf, locale))}</p>
<p class="meta hint">${w('printHint')}</p>
${engagements}
</body>
</html>
`;
}

function renderEngagement(engagement: ReportEngagement, locale: Locale): string {
  const w = (word: Parameters<typeof reportWord>[0]) => escapeHtml(reportWord(word, locale));
  const values = engagement.values.length
    ? `<h3>${w('values')}</h3><ul>${engagement.values
        .map((value) => `<li><strong>${escapeHtml(value.title)}</strong>${value.description ? ` — ${escapeHtml(value.description)}` : ''}</li>`)
        .join('')}</ul>`
    : '';
  const goals = engagement.goals.length ? engagement.goals.map((goal) => renderGoal(goal, locale)).join('\n') : `<p>${w('noGoals')}</p>`;
  const commitments = engagement.commitments.length
    ? `<h3>${w('commitments')}</h3><ul>${engagement.commitments
        .map((c) => `<li>${escapeHtml(c.text)}${c.dueOn ? ` (${w('due')} ${escapeHtml(formatCalendarDay(c.dueOn, locale))})` : ''}</li>`)
        .join('')}</ul>`
    : '';
  return `<section class="engagement">
<h2>${escapeHtml(engagement.practiceName)}</h2>
<p class="meta">${w('coach')}: ${escapeHtml(engagement.coachName)} · ${w('client')}: ${escapeHtml(engagement.clientName)}</p>
${values}
<h3>${w('goals')}</h3>
${goals}
${commitments}
</section>`;
}

/** Only a goal both sides have agreed to, or one that was, has progress to show; a draft or a proposal has none yet. */
function isUnderway(state: GoalState): boolean {
  return state === 'active' || state === 'achieved' || state === 'dropped';
}

function renderGoal(node: GoalProgress, locale: Locale): string {
  const w = (word: Parameters<typeof reportWord>[0]) => escapeHtml(reportWord(word, locale));
  const { goal, rolled, risk } = node;
  const share = Math.max(0, Math.min(1, rolled.progress));
  const hasProgress = isUnderway(goal.state);
  // Only an active goal is judged: any other says what it is where its risk would stand, so a draft
  // never reads "0%, not judged" as if it had been measured and found wanting.
  const status =
    goal.state === 'active'
      ? `<span class="status-${risk.status}">${escapeHtml(RISK_STATUS_LABELS[risk.status][locale])}</span>`
      : `<strong class="state-${goal.state}">${escapeHtml(GOAL_STATE_LABELS[goal.state][locale])}</strong>`;
  const facts = [
    hasProgress ? `${w('progress')}: <strong>${escapeHtml(formatShare(share, locale))}</strong>` : null,
    goal.state === 'active' && rolled.expected !== null ? `${w('expected')}: ${escapeHtml(formatShare(rolled.expected, locale))}` : null,
    goal.current.dueOn ? `${w('due')} ${escapeHtml(formatCalendarDay(goal.current.dueOn, locale))}` : null,
    `${w('status')}: ${status}`,
  ].filter((fact) => fact !== null);
  const measure = hasProgress
    ? `<div class="bar" role="img" aria-label="${escapeHtml(formatShare(share, locale))}"><span style="width: ${Math.round(share * 100)}%"></span></div>`
    : `<p class="meta">${w('measuredOnceAgreed')}</p>`;
  const reasons = risk.reasons.length ? `<ul>${risk.reasons.map((reason) => `<li>${escapeHtml(reason.text)}</li>`).join('')}</ul>` : '';
  const children = node.children.map((child) => renderGoal(child, locale)).join('\n');
  return `<div class="goal">
<h4>${escapeHtml(goal.current.title)} <small>(${escapeHtml(HORIZON_LABELS[goal.horizon][locale])})</small></h4>
<p class="meta">${facts.join(' · ')}</p>
${measure}
${reasons}
${renderMetrics(node.metrics, hasProgress, locale)}
${children}
</div>`;
}

/**
 * A goal's metrics as a table. The unit is text the person typed ("times", "reizes"), so it
 * stands once beside the metric's name, "Talks given (times)", and the figures are bare numbers:
 * "1 reizes" or "1 times" would need the unit inflected, which nobody can do for typed text.
 * A goal not yet agreed has had no check-in, so it shows only where its metrics start and aim.
 */
function renderMetrics(metrics: GoalProgress['metrics'], hasProgress: boolean, locale: Locale): string {
  if (!metrics.length) return '';
  const w = (word: Parameters<typeof reportWord>[0]) => escapeHtml(reportWord(word, locale));
  const number = (value: number) => escapeHtml(formatNumber(value, locale));
  const columns: ('baseline' | 'current' | 'target' | 'progress')[] = hasProgress ? ['baseline', 'current', 'target', 'progress'] : ['baseline', 'target'];
  const rows = metrics.map(({ metric, progress }) => {
    const figures = {
      baseline: number(metric.baseline),
      current: progress.current === null ? w('noValueYet') : number(progress.current),
      target: number(metric.target),
      progress: escapeHtml(formatShare(progress.progress, locale)),
    };
    const unit = metric.unit ? ` <span class="unit">(${escapeHtml(metric.unit)})</span>` : '';
    const cells = columns.map((column) => `<td data-label="${w(column)}">${figures[column]}</td>`).join('');
    return `<tr><td>${escapeHtml(metric.name)}${unit}</td>${cells}</tr>`;
  });
  const headings = ['metric' as const, ...columns].map((column) => `<th>${w(column)}</th>`).join('');
  return `<table class="metrics"><thead><tr>${headings}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
