import { Button, Group, Input, Text } from '@mantine/core';
import { isVisible } from '../../../contracts/eform-paths';
import { useLang, useT } from '../../i18n';
import { EformField, type FieldProps } from './EformField';
import classes from './eform.module.css';
import { concretePath, getAt, schemaAt } from './form-data';

type GroupProps = Omit<FieldProps, 'template' | 'value' | 'error'> & {
  data: unknown;
  errorOf: (path: string) => string | undefined;
};

/** A repeating group (array of objects): one framed block per item, with add and remove buttons. */
export function EformGroup({ eform, path, data, errorOf, onChange, onBlur, idBase }: GroupProps) {
  const { lang } = useLang();
  const t = useT();
  const hints = eform.ui.fields[path];
  const node = schemaAt(eform.schema, path);
  const group = hints?.group;
  if (!group) return null;
  const raw = getAt(data, path);
  const items = Array.isArray(raw) ? raw : [];
  const max = typeof node?.maxItems === 'number' ? node.maxItems : 100;
  const itemLabel = group.itemLabel[lang];
  const headingId = `${idBase}-group-${path}`;
  const error = errorOf(path);

  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    onChange(path, next.length ? next : undefined);
    onBlur(path);
  };

  return (
    <section className={`${classes.wide} ${classes.group}`} aria-labelledby={headingId}>
      <Text id={headingId} fw={600} className={classes.groupTitle}>
        {hints.label[lang]}
      </Text>
      {hints.help ? (
        <Text size="sm" c="dimmed">
          {hints.help[lang]}
        </Text>
      ) : null}
      {items.map((_, index) => {
        const title = `${itemLabel} ${index + 1}`;
        const titleId = `${headingId}-${index}`;
        return (
          // Items have no identity of their own; the index is their name ("Thành viên 2").
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <fieldset key={index} className={classes.item} aria-labelledby={titleId}>
            <Group justify="space-between" wrap="nowrap" mb="xs">
              <Text id={titleId} fw={700} size="sm">
                {title}
              </Text>
              <Button
                variant="subtle"
                color="flagRed"
                size="compact-sm"
                onClick={() => remove(index)}
                aria-label={t('eform.removeItem', { item: title })}
              >
                {t('eform.remove')}
              </Button>
            </Group>
            <div className={classes.grid}>
              {group.fields
                .filter((f) => isVisible(eform.ui, f, data, index))
                .map((f) => {
                  const concrete = concretePath(f, index);
                  return (
                    <EformField
                      key={f}
                      eform={eform}
                      template={f}
                      path={concrete}
                      value={getAt(data, concrete)}
                      error={errorOf(concrete)}
                      onChange={onChange}
                      onBlur={onBlur}
                      idBase={idBase}
                    />
                  );
                })}
            </div>
          </fieldset>
        );
      })}
      {error ? <Input.Error role="alert">{error}</Input.Error> : null}
      {items.length < max ? (
        <Button
          variant="light"
          onClick={() => {
            onChange(path, [...items, {}]);
            onBlur(path);
          }}
          className={classes.addButton}
        >
          {group.addLabel[lang]}
        </Button>
      ) : null}
    </section>
  );
}
