import { TextInput } from '@mantine/core';
import { useT } from '../../i18n';
import classes from './catalog.module.css';
import { useEditor } from './editor-context';

/** The period the version is in force and the decision (quyết định công bố) that announced it. */
export function EffectSection() {
  const t = useT();
  const { draft, set, error } = useEditor();
  return (
    <div className={classes.grid}>
      <TextInput
        type="date"
        label={t('cat.effect.from')}
        withAsterisk
        value={draft.effectiveFrom}
        onChange={(e) => set(['effectiveFrom'], e.currentTarget.value)}
        error={error(['effectiveFrom'])}
      />
      <TextInput
        type="date"
        label={t('cat.effect.to')}
        description={t('cat.effect.toHelp')}
        value={draft.effectiveTo ?? ''}
        onChange={(e) => set(['effectiveTo'], e.currentTarget.value || null)}
        error={error(['effectiveTo'])}
      />
      <TextInput
        label={t('cat.effect.decision')}
        placeholder="1234/QĐ-UBND"
        withAsterisk
        value={draft.decision.number}
        onChange={(e) => set(['decision', 'number'], e.currentTarget.value)}
        error={error(['decision', 'number'])}
      />
      <TextInput
        type="date"
        label={t('cat.effect.decisionDate')}
        value={draft.decision.date ?? ''}
        onChange={(e) => set(['decision', 'date'], e.currentTarget.value || null)}
        error={error(['decision', 'date'])}
      />
    </div>
  );
}
