import {
  formatCalendarDay,
  formatShare,
  HORIZON_LABELS,
  reportWord,
  RISK_STATUS_LABELS,
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

const STYLE = `
body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1a1b1e; line-height: 1.45; }
h1 { margin-bottom: 0.25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #dee2e6; padding-bottom: 0.25rem; }
.meta { color: #555; margin: 0; }
.goal { border: 1px solid #dee2e6; border-radius: 6px; padding: 0.75rem 1rem; margin: 0.75rem 0; break-inside: avoid; }
.goal .goal { margin-left: 1rem; }
.bar { background: #e9ecef; border-radius: 4px; height: 0.6rem; width: 100%; max-width: 20rem; }
.bar > span { display: block; height: 100%; border-radius: 4px; background: #228be6; }
.status-at_risk { color: #c92a2a; } .status-needs_attention { color: #e67700; } .status-on_track { color: #2b8a3e; }
table { border-collapse: collapse; margin-top: 0.5rem; } th, td { text-align: left; padding: 0.2rem 0.75rem 0.2rem 0; }
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

function renderGoal(node: GoalProgress, locale: Locale): string {
  const w = (word: Parameters<typeof reportWord>[0]) => escapeHtml(reportWord(word, locale));
  const { goal, rolled, risk } = node;
  const share = Math.max(0, Math.min(1, rolled.progress));
  const expected = rolled.expected === null ? '' : ` · ${w('expected')}: ${escapeHtml(formatShare(rolled.expected, locale))}`;
  const due = goal.current.dueOn ? ` · ${w('due')} ${escapeHtml(formatCalendarDay(goal.current.dueOn, locale))}` : '';
  const reasons = risk.reasons.length ? `<ul>${risk.reasons.map((reason) => `<li>${escapeHtml(reason.text)}</li>`).join('')}</ul>` : '';
  const metrics = node.metrics.length
    ? `<table><thead><tr><th>${w('metric')}</th><th>${w('baseline')}</th><th>${w('current')}</th><th>${w('target')}</th><th>${w('progress')}</th></tr></thead><tbody>${node.metrics
        .map(({ metric, progress }) => {
          const unit = metric.unit ? ` ${escapeHtml(metric.unit)}` : '';
          const value = (number: number) => `${escapeHtml(formatNumber(number, locale))}${unit}`;
          const current = progress.current === null ? w('noValueYet') : value(progress.current);
          return `<tr><td>${escapeHtml(metric.name)}</td><td>${value(metric.baseline)}</td><td>${current}</td><td>${value(metric.target)}</td><td>${escapeHtml(formatShare(progress.progress, locale))}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '';
  const children = node.children.map((child) => renderGoal(child, locale)).join('\n');
  return `<div class="goal">
<h4>${escapeHtml(goal.current.title)} <small>(${escapeHtml(HORIZON_LABELS[goal.horizon][locale])})</small></h4>
<p class="meta">${w('progress')}: <strong>${escapeHtml(formatShare(share, locale))}</strong>${expected}${due} · ${w('status')}: <span class="status-${risk.status}">${escapeHtml(RISK_STATUS_LABELS[risk.status][locale])}</span></p>
<div class="bar" role="img" aria-label="${escapeHtml(formatShare(share, locale))}"><span style="width: ${Math.round(share * 100)}%"></span></div>
${reasons}
${metrics}
${children}
</div>`;
}
