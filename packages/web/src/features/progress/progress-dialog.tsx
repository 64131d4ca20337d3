import type { CheckIn, Metric, Side } from '../../api/types';
import { CheckInForm } from './check-in-form';
import { FeedbackRequestForm } from './feedback-request-form';
import { MetricForm } from './metric-form';

/** What the progress section has open: recording or correcting a check-in, a new metric, a question to a stakeholder. */
export type ProgressDialog = { kind: 'checkIn' } | { kind: 'correct'; checkIn: CheckIn } | { kind: 'metric' } | { kind: 'feedback' };

/**
 * The forms of the progress section, loaded when one is first opened: with their number inputs,
 * date picker and slider they weigh more than the rest of the section.
 */
export default function ProgressDialogForm({
  dialog,
  goal,
  metrics,
  defaultBaselineOn,
  onClose,
}: {
  dialog: ProgressDialog;
  goal: { id: string; engagementId: string; mySide: Side };
  metrics: readonly Metric[];
  defaultBaselineOn: string;
  onClose: () => void;
}) {
  switch (dialog.kind) {
    case 'checkIn':
      return <CheckInForm goal={goal} metrics={metrics} onDone={onClose} onCancel={onClose} />;
    case 'correct':
      return <CheckInForm goal={goal} metrics={metrics} correcting={dialog.checkIn} onDone={onClose} onCancel={onClose} />;
    case 'metric':
      return <MetricForm goal={goal} hasMetrics={metrics.length > 0} defaultBaselineOn={defaultBaselineOn} onDone={onClose} onCancel={onClose} />;
    case 'feedback':
      return <FeedbackRequestForm goalId={goal.id} mySide={goal.mySide} onCancel={onClose} />;
  }
}
