import '../../i18n/sessions-catalog';
import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Input, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSubmissionKey } from '../../api/idempotency-key';
import type { CommitmentOwner, NewCommitment } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { DayInput } from '../progress/day-input';
import type { OwnerNames } from './commitment-item';
import { useMakeCommitment } from './commitment-queries';

type CommitmentValues = { text: string; owner: CommitmentOwner; goalId: string | null; dueOn: string | null };

/** Making a commitment in a session: what, whose (the client's by default), for which goal, by when. */
export function CommitmentForm({ sessionId, names, goalOptions }: { sessionId: string; names: OwnerNames; goalOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const make = useMakeCommitment(sessionId);
  const submission = useSubmissionKey();
  const form = useForm<CommitmentValues>({
    initialValues: { text: '', owner: 'client', goalId: null, dueOn: null },
    validate: { text: rules.required },
  });

  const submit = (values: CommitmentValues) => {
    const body: NewCommitment = {
      text: values.text.trim(),
      owner: values.owner,
      ...(values.goalId ? { goalId: values.goalId } : {}),
      ...(values.dueOn ? { dueOn: values.dueOn } : {}),
    };
    make.mutate(
      { body, idempotencyKey: submission.keyFor(body) },
      {
        onSuccess: () => {
          submission.forget();
          form.reset();
        },
        onError: (error) => form.setErrors(fieldProblems(error)),
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} data-testid="commitment-form">
      <Stack gap="sm">
        {make.isError && <ProblemAlert error={make.error} />}
        <TextInput label={t('commitments.form.text')} required maxLength={2000} data-testid="commitment-form-text" {...form.getInputProps('text')} />
        <Input.Wrapper label={t('commitments.form.owner')}>
          <div>
            <SegmentedControl
              data={[
                { value: 'client', label: names.client },
                { value: 'coach', label: names.coach },
              ]}
              value={form.values.owner}
              onChange={(value) => form.setFieldValue('owner', value === 'coach' ? 'coach' : 'client')}
              data-testid="commitment-form-owner"
            />
          </div>
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {goalOptions.length > 0 && (
            <Select
              label={t('commitments.form.goal')}
              placeholder={t('commitments.form.goalPlaceholder')}
              data={goalOptions}
              clearable
              comboboxProps={{ withinPortal: true }}
              data-testid="commitment-form-goal"
              {...form.getInputProps('goalId')}
            />
          )}
          <DayInput
            label={t('commitments.form.dueOn')}
            placeholder={t('commitments.form.dueOnPlaceholder')}
            clearable
            minDate={format.today()}
            data-testid="commitment-form-due"
            {...form.getInputProps('dueOn')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={make.isPending} data-testid="commitment-form-submit">
            {t('commitments.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
