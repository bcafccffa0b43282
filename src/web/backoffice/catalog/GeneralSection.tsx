import { Checkbox, Group, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useT } from '../../i18n';
import { useEditor } from './editor-context';
import { applicantOptions, timeUnitOptions } from './options';
import { orNull, toNumber } from './version-form';

/** Who may apply, how long it takes, the afternoon cut-off and the conditions. */
export function GeneralSection() {
  const t = useT();
  const { draft, set, error } = useEditor();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Checkbox.Group
        label={t('cat.general.applicants')}
        value={draft.applicants}
        onChange={(v) => set(['applicants'], v)}
        error={error(['applicants'])}
        withAsterisk
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
          {applicantOptions(t).map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <div>
        <Group grow align="flex-start" gap="sm">
          <NumberInput
            label={t('cat.general.timeValue')}
            min={0}
            max={1000}
            allowDecimal={false}
            value={draft.processingTime.value}
            onChange={(v) => set(['processingTime', 'value'], toNumber(v))}
            error={error(['processingTime', 'value'])}
            withAsterisk
          />
          <Select
            label={t('cat.general.timeUnit')}
            data={timeUnitOptions(t)}
            allowDeselect={false}
            value={draft.processingTime.unit}
            onChange={(v) => v && set(['processingTime', 'unit'], v)}
          />
        </Group>
        <Checkbox
          mt="md"
          label={t('cat.general.cutoff')}
          description={t('cat.general.cutoffHelp')}
          checked={draft.afternoonCutoff !== null}
          onChange={(e) => set(['afternoonCutoff'], e.currentTarget.checked ? '15:00' : null)}
        />
      </div>
      <TextInput
        label={t('cat.general.agency')}
        value={draft.implementingAgency ?? ''}
        onChange={(e) => set(['implementingAgency'], orNull(e.currentTarget.value))}
        error={error(['implementingAgency'])}
      />
      <Textarea
        label={t('cat.general.timeNote')}
        autosize
        minRows={2}
        value={draft.timeNote ?? ''}
        onChange={(e) => set(['timeNote'], orNull(e.currentTarget.value))}
        error={error(['timeNote'])}
      />
      <Textarea
        label={t('cat.general.conditions')}
        autosize
        minRows={2}
        value={draft.conditions ?? ''}
        onChange={(e) => set(['conditions'], orNull(e.currentTarget.value))}
        error={error(['conditions'])}
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  );
}
