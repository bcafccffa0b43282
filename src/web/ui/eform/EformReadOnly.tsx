import { Text } from '@mantine/core';
import type { Eform } from '../../../contracts/catalog';
import { formFields, isVisible } from '../../../contracts/eform-paths';
import { READ_WORDS, readableValue } from '../../../contracts/eform-read';
import { useLang } from '../../i18n';
import { AdminUnitName } from './AdminUnitName';
import classes from './eform.module.css';
import { concretePath, getAt, isSectionVisible, schemaAt } from './form-data';

type Props = {
  eform: Eform;
  data: Record<string, unknown>;
  /** Heading level of the section titles (the page's own structure decides). */
  headingLevel?: 2 | 3 | 4;
};

/**
 * A filled-in e-form to read (the citizen's review before sending, a dossier's detail, the back
 * office): the same sections, labels and visibility rules as the form, values as a person reads them.
 */
export function EformReadOnly({ eform, data, headingLevel = 3 }: Props) {
  const { lang } = useLang();
  const Heading = `h${headingLevel}` as const;
  const groups = new Set(formFields(eform.schema).flatMap((f) => (f.kind === 'group' ? [f.path] : [])));

  const row = (template: string, path: string) => {
    const hints = eform.ui.fields[template];
    const value = getAt(data, path);
    return (
      <div key={path} className={classes.row}>
        <dt>{hints?.label[lang] ?? template}</dt>
        <dd data-blank={value === undefined || value === '' ? true : undefined}>
          {hints?.widget === 'admin-unit' && typeof value === 'string' && value ? (
            <AdminUnitName code={value} />
          ) : (
            readableValue(schemaAt(eform.schema, template), hints, value, lang)
          )}
        </dd>
      </div>
    );
  };

  return (
    <div className={classes.readOnly}>
      {eform.ui.sections
        .filter((s) => isSectionVisible(s, data))
        .map((section) => (
          <section key={section.id} className={classes.readSection}>
            <Heading className={classes.readTitle}>{section.title[lang]}</Heading>
            <dl className={classes.list}>
              {section.fields
                .filter((path) => isVisible(eform.ui, path, data))
                .map((path) => {
                  if (!groups.has(path)) return row(path, path);
                  const group = eform.ui.fields[path]?.group;
                  const raw = getAt(data, path);
                  const items = Array.isArray(raw) ? raw : [];
                  return (
                    <div key={path} className={classes.row}>
                      <dt>{eform.ui.fields[path]?.label[lang] ?? path}</dt>
                      <dd>
                        {items.length === 0 ? (
                          <Text span c="dimmed">
                            {READ_WORDS[lang].notGiven}
                          </Text>
                        ) : (
                          items.map((_, i) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: items are named by their position
                            <div key={i} className={classes.readItem}>
                              <Text fw={700} size="sm">
                                {group?.itemLabel[lang]} {i + 1}
                              </Text>
                              <dl className={classes.list}>
                                {(group?.fields ?? [])
                                  .filter((f) => isVisible(eform.ui, f, data, i))
                                  .map((f) => row(f, concretePath(f, i)))}
                              </dl>
                            </div>
                          ))
                        )}
                      </dd>
                    </div>
                  );
                })}
            </dl>
          </section>
        ))}
    </div>
  );
}
