import { Alert, Code, List, Tabs, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Eform, type EformError } from '../../../contracts/catalog';
import { subsetProblems, uiProblems } from '../../../contracts/eform-definition';
import { formFields } from '../../../contracts/eform-paths';
import { useLang, useT } from '../../i18n';
import styles from './catalog.module.css';
import { useEditor } from './editor-context';
import { FieldsEditor } from './eform-editor/FieldsEditor';
import { LivePreview } from './eform-editor/LivePreview';

/** `members[].fullName` → `schema.properties.members.items.properties.fullName`. */
const schemaPathOf = (path: string) =>
  `schema.${path
    .split('.')
    .map((s) => (s.endsWith('[]') ? `properties.${s.slice(0, -2)}.items` : `properties.${s}`))
    .join('.')}`;

/**
 * The version's e-form, edited through forms (sections, fields, groups), with the form as citizens see
 * it beside; problems of the definition are found in the browser as you edit (the checks that need no
 * compiler) and by the server's preview (all of them, the same as on saving), and shown at their
 * field. The JSON stays readable in its own tab.
 */
export function EformSection() {
  const t = useT();
  const { lang } = useLang();
  const { draft, set } = useEditor();
  const eform = draft.eform;
  const [server, setServer] = useState<EformError[] | null>(null);
  const onDefinitionErrors = useCallback((e: EformError[] | null) => setServer(e), []);

  const problems = useMemo(() => {
    const out: EformError[] = [];
    const parsed = Eform.safeParse(eform);
    if (!parsed.success)
      for (const i of parsed.error.issues) {
        const [vi, en] = i.message.split(' / ');
        out.push({
          path: i.path.join('.'),
          vi: en ? (vi ?? '') : t('cat.fe.structure'),
          en: en ?? 'The form is malformed here.',
        });
      }
    else {
      subsetProblems(eform.schema, 'schema', out);
      out.push(...uiProblems(eform));
    }
    for (const e of server ?? []) if (!out.some((o) => o.path === e.path && o.en === e.en)) out.push(e);
    return out;
  }, [eform, server, t]);

  const placed = useMemo(() => {
    const byTarget = new Map<string, string[]>();
    const loose: EformError[] = [];
    const paths = formFields(eform.schema)
      .map((f) => f.path)
      .sort((a, b) => b.length - a.length);
    for (const p of problems) {
      const section = p.path.match(/^ui\.sections\.(\d+)/);
      const field = paths.find((f) =>
        [`ui.fields.${f}`, schemaPathOf(f)].some(
          (prefix) => p.path === prefix || p.path.startsWith(`${prefix}.`),
        ),
      );
      const target = field ?? (section ? `section:${eform.ui.sections[Number(section[1])]?.id}` : null);
      if (target) byTarget.set(target, [...(byTarget.get(target) ?? []), p[lang]]);
      else loose.push(p);
    }
    return { byTarget, loose };
  }, [problems, eform, lang]);
  const problemsAt = useCallback((path: string) => placed.byTarget.get(path) ?? [], [placed]);
  const onChange = useCallback((next: Eform) => set(['eform'], next), [set]);

  return (
    <Tabs defaultValue="fields" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="fields">{t('cat.fe.tab.fields')}</Tabs.Tab>
        <Tabs.Tab value="json">{t('cat.fe.tab.json')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="fields">
        <div aria-live="polite">
          {problems.length ? (
            <Alert
              color="flagRed"
              variant="light"
              mb="md"
              title={t('cat.fe.problems', { count: problems.length })}
            >
              {placed.loose.length ? (
                <List size="sm">
                  {placed.loose.map((e) => (
                    <List.Item key={`${e.path}-${e.en}`}>
                      <code>{e.path}</code>: {e[lang]}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">{t('cat.fe.problemsAtFields')}</Text>
              )}
            </Alert>
          ) : null}
        </div>
        <div className={styles.editorGrid}>
          <FieldsEditor eform={eform} onChange={onChange} problemsAt={problemsAt} />
          <div className={styles.previewColumn}>
            <LivePreview eform={eform} onDefinitionErrors={onDefinitionErrors} />
          </div>
        </div>
      </Tabs.Panel>
      <Tabs.Panel value="json">
        <Text size="sm" c="dimmed" mb="xs">
          {t('cat.fe.jsonHelp')}
        </Text>
        <Code block className={styles.json}>
          {JSON.stringify(eform, null, 2)}
        </Code>
      </Tabs.Panel>
    </Tabs>
  );
}
