import { Alert, List, Text } from '@mantine/core';
import { useId, useMemo } from 'react';
import type { Eform, EformError } from '../../../contracts/catalog';
import { formFields, isVisible } from '../../../contracts/eform-paths';
import { useLang, useT } from '../../i18n';
import { EformField } from './EformField';
import { EformGroup } from './EformGroup';
import classes from './eform.module.css';
import { type FormValues, getAt, isSectionVisible, placeErrors, setAt } from './form-data';

export type EformRendererProps = {
  eform: Eform;
  data: FormValues;
  /** Called with the whole new data and the path that changed. */
  onChange: (next: FormValues, path: string) => void;
  /** A field was left (or a choice made): its message may show from now on. */
  onTouch?: (path: string) => void;
  /** The messages to show (see useEformCheck), in both languages; shown in the reader's. */
  errors?: readonly EformError[];
};

/**
 * Fills a procedure's e-form (`{ schema, ui }` from the catalogue): sections in order, labels and help
 * in the reader's language, conditional fields and sections (`visibleIf`), repeating groups, and each
 * validation message under its field. For reading a filled form, see EformReadOnly.
 */
export function EformRenderer({ eform, data, onChange, onTouch, errors = [] }: EformRendererProps) {
  const { lang } = useLang();
  const t = useT();
  const idBase = useId();
  const groups = useMemo(
    () => new Set(formFields(eform.schema).flatMap((f) => (f.kind === 'group' ? [f.path] : []))),
    [eform],
  );
  const placed = useMemo(() => placeErrors(eform, errors), [eform, errors]);
  const errorOf = (path: string) => placed.fields.get(path)?.[lang];
  const change = (path: string, value: unknown) => onChange(setAt(data, path, value), path);
  const touch = (path: string) => onTouch?.(path);

  return (
    <div className={classes.form}>
      <Text size="sm" c="dimmed">
        {t('eform.requiredNote')}
      </Text>
      {placed.others.length ? (
        <Alert color="flagRed" variant="light" role="alert" title={t('eform.otherProblems')}>
          <List size="sm">
            {placed.others.map((e) => (
              <List.Item key={e.path}>{e[lang]}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {eform.ui.sections
        .filter((s) => isSectionVisible(s, data))
        .map((section) => {
          const sectionErrors = placed.sections.get(section.id) ?? [];
          const legendId = `${idBase}-section-${section.id}`;
          return (
            <fieldset key={section.id} className={classes.section} aria-labelledby={legendId}>
              <legend id={legendId} className={classes.legend}>
                {section.title[lang]}
              </legend>
              {section.description ? (
                <Text size="sm" c="dimmed" mb="sm">
                  {section.description[lang]}
                </Text>
              ) : null}
              {sectionErrors.map((e) => (
                <Alert key={e.path} color="flagRed" variant="light" role="alert" mb="sm" p="xs">
                  {e[lang]}
                </Alert>
              ))}
              <div className={classes.grid}>
                {section.fields
                  .filter((path) => isVisible(eform.ui, path, data))
                  .map((path) =>
                    groups.has(path) ? (
                      <EformGroup
                        key={path}
                        eform={eform}
                        path={path}
                        data={data}
                        errorOf={errorOf}
                        onChange={change}
                        onBlur={touch}
                        idBase={idBase}
                      />
                    ) : (
                      <EformField
                        key={path}
                        eform={eform}
                        template={path}
                        path={path}
                        value={getAt(data, path)}
                        error={errorOf(path)}
                        onChange={change}
                        onBlur={touch}
                        idBase={idBase}
                      />
                    ),
                  )}
              </div>
            </fieldset>
          );
        })}
    </div>
  );
}
