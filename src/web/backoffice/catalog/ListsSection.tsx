import { Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useT } from '../../i18n';
import classes from './catalog.module.css';
import { useEditor } from './editor-context';
import { RepeatList } from './RepeatList';
import { orNull } from './version-form';

/** Results (kết quả), legal basis (căn cứ pháp lý) and the steps (trình tự thực hiện). */
export function ListsSection() {
  const t = useT();
  const { draft, set, error } = useEditor();
  return (
    <Stack gap="lg">
      <section aria-labelledby="cat-results">
        <Title order={3} id="cat-results" size="h5" mb="xs">
          {t('cat.results.title')}
        </Title>
        <RepeatList
          items={draft.results}
          onChange={(v) => set(['results'], v)}
          blank={() => ({ name: '', code: null })}
          itemLabel={(i) => t('cat.results.item', { n: i + 1 })}
          addLabel={t('cat.results.add')}
          emptyLabel={t('cat.results.none')}
          render={(r, i) => (
            <div className={classes.grid}>
              <TextInput
                className={classes.wide}
                label={t('cat.results.name')}
                withAsterisk
                value={r.name}
                onChange={(e) => set(['results', i, 'name'], e.currentTarget.value)}
                error={error(['results', i, 'name'])}
              />
              <TextInput
                label={t('cat.results.code')}
                value={r.code ?? ''}
                onChange={(e) => set(['results', i, 'code'], orNull(e.currentTarget.value))}
                error={error(['results', i, 'code'])}
              />
            </div>
          )}
        />
      </section>
      <section aria-labelledby="cat-legal">
        <Title order={3} id="cat-legal" size="h5" mb="xs">
          {t('cat.legal.title')}
        </Title>
        <RepeatList
          items={draft.legalBasis}
          onChange={(v) => set(['legalBasis'], v)}
          blank={() => ({ number: '', title: null })}
          itemLabel={(i) => t('cat.legal.item', { n: i + 1 })}
          addLabel={t('cat.legal.add')}
          emptyLabel={t('cat.legal.none')}
          render={(l, i) => (
            <div className={classes.grid}>
              <TextInput
                label={t('cat.legal.number')}
                withAsterisk
                value={l.number}
                onChange={(e) => set(['legalBasis', i, 'number'], e.currentTarget.value)}
                error={error(['legalBasis', i, 'number'])}
              />
              <TextInput
                className={classes.wide}
                label={t('cat.legal.docTitle')}
                value={l.title ?? ''}
                onChange={(e) => set(['legalBasis', i, 'title'], orNull(e.currentTarget.value))}
                error={error(['legalBasis', i, 'title'])}
              />
            </div>
          )}
        />
      </section>
      <section aria-labelledby="cat-steps">
        <Title order={3} id="cat-steps" size="h5" mb="xs">
          {t('cat.steps.title')}
        </Title>
        <RepeatList
          items={draft.steps}
          onChange={(v) => set(['steps'], v)}
          blank={() => ''}
          itemLabel={(i) => t('cat.steps.item', { n: i + 1 })}
          addLabel={t('cat.steps.add')}
          emptyLabel={t('cat.steps.none')}
          render={(s, i) => (
            <Textarea
              label={t('cat.steps.text')}
              autosize
              minRows={2}
              value={s}
              onChange={(e) => set(['steps', i], e.currentTarget.value)}
              error={error(['steps', i])}
            />
          )}
        />
      </section>
    </Stack>
  );
}
