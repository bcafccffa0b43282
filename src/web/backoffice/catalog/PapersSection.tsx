import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useT } from '../../i18n';
import classes from './catalog.module.css';
import { useEditor } from './editor-context';
import { paperFormOptions, requirementOptions, submissionOptions } from './options';
import { RepeatList } from './RepeatList';
import { blankPaper, orNull, type Paper, toNumber } from './version-form';

/** Thành phần hồ sơ: each paper, submitted or shown, in which form, how many, and when it is needed. */
export function PapersSection() {
  const t = useT();
  const { draft, set, error } = useEditor();
  return (
    <RepeatList<Paper>
      items={draft.documents}
      onChange={(documents) => set(['documents'], documents)}
      blank={blankPaper}
      itemLabel={(i) => t('cat.papers.item', { n: i + 1 })}
      addLabel={t('cat.papers.add')}
      emptyLabel={t('cat.papers.none')}
      render={(paper, i) => {
        const at = (key: string) => ['documents', i, key];
        return (
          <div className={classes.grid}>
            <Textarea
              className={classes.wide}
              label={t('cat.papers.name')}
              withAsterisk
              autosize
              minRows={1}
              value={paper.name}
              onChange={(e) => set(at('name'), e.currentTarget.value)}
              error={error(at('name'))}
            />
            <TextInput
              label={t('cat.papers.group')}
              value={paper.group ?? ''}
              onChange={(e) => set(at('group'), orNull(e.currentTarget.value))}
              error={error(at('group'))}
            />
            <Select
              label={t('cat.papers.submission')}
              data={submissionOptions(t)}
              allowDeselect={false}
              value={paper.submission}
              onChange={(v) => v && set(at('submission'), v)}
            />
            <Select
              label={t('cat.papers.form')}
              data={paperFormOptions(t)}
              allowDeselect={false}
              value={paper.form}
              onChange={(v) => v && set(at('form'), v)}
            />
            <NumberInput
              label={t('cat.papers.quantity')}
              min={1}
              max={99}
              allowDecimal={false}
              value={paper.quantity}
              onChange={(v) => set(at('quantity'), toNumber(v))}
              error={error(at('quantity'))}
            />
            <Select
              label={t('cat.papers.requirement')}
              data={requirementOptions(t)}
              allowDeselect={false}
              value={paper.requirement}
              onChange={(v) => v && set(at('requirement'), v)}
            />
            <TextInput
              label={t('cat.papers.condition')}
              disabled={paper.requirement !== 'conditional'}
              value={paper.condition ?? ''}
              onChange={(e) => set(at('condition'), orNull(e.currentTarget.value))}
              error={error(at('condition'))}
            />
            <TextInput
              className={classes.wide}
              label={t('cat.papers.template')}
              description={t('cat.papers.templateHelp')}
              value={paper.templateFile ?? ''}
              onChange={(e) => set(at('templateFile'), orNull(e.currentTarget.value))}
              error={error(at('templateFile'))}
            />
          </div>
        );
      }}
    />
  );
}
