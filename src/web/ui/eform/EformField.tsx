import { Checkbox, Input, NativeSelect, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { Eform } from '../../../contracts/catalog';
import type { SchemaNode } from '../../../contracts/eform-paths';
import { useLang, useT } from '../../i18n';
import { AddressPicker } from '../address/AddressPicker';
import classes from './eform.module.css';
import { isRequired, optionsOf, schemaAt, type Widget, widgetOf } from './form-data';

export type FieldProps = {
  eform: Eform;
  /** Template path (`members[].fullName`): where the labels and the schema are. */
  template: string;
  /** Concrete data path (`members.0.fullName`): where the value is. */
  path: string;
  value: unknown;
  error: string | undefined;
  onChange: (path: string, value: unknown) => void;
  onBlur: (path: string) => void;
  idBase: string;
};

const WIDE: Widget[] = ['textarea', 'checkbox', 'radio', 'admin-unit'];

/** Whether a field takes the whole row of the two-column grid (long text, boxes, choices). */
export function isWide(widget: Widget, node: SchemaNode | undefined): boolean {
  return WIDE.includes(widget) || (widget === 'text' && Number(node?.maxLength ?? 300) > 100);
}

/** One field of an e-form, drawn with the widget its hints (or its schema) call for. */
export function EformField({ eform, template, path, value, error, onChange, onBlur, idBase }: FieldProps) {
  const { lang } = useLang();
  const t = useT();
  const hints = eform.ui.fields[template];
  const node = schemaAt(eform.schema, template);
  const widget = widgetOf(node, hints);
  const id = `${idBase}-field-${path.replaceAll('.', '-')}`;
  const common = {
    id,
    label: hints?.label[lang] ?? template,
    description: hints?.help?.[lang],
    error,
    required: isRequired(eform.schema, template),
    className: isWide(widget, node) ? classes.wide : undefined,
  };
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const maxLength = typeof node?.maxLength === 'number' ? node.maxLength : undefined;
  const placeholder = hints?.placeholder?.[lang];
  const change = (next: unknown) => onChange(path, next);
  const blur = () => onBlur(path);

  switch (widget) {
    case 'checkbox':
      return (
        <Checkbox
          {...common}
          checked={value === true}
          onChange={(event) => {
            change(event.currentTarget.checked);
            blur();
          }}
        />
      );
    case 'radio':
    case 'select': {
      const options = optionsOf(node, hints);
      const selected = options.findIndex((o) => o.value === value);
      const pick = (index: string) => {
        const option = options[Number(index)];
        change(index === '' || !option ? undefined : option.value);
        blur();
      };
      if (widget === 'select')
        return (
          <NativeSelect
            {...common}
            value={selected < 0 ? '' : String(selected)}
            onChange={(event) => pick(event.currentTarget.value)}
            data={[
              { value: '', label: t('eform.choose') },
              ...options.map((o, i) => ({ value: String(i), label: o.label[lang] })),
            ]}
          />
        );
      return (
        <Radio.Group {...common} value={selected < 0 ? null : String(selected)} onChange={pick}>
          <Stack gap={8} mt={6}>
            {options.map((o, i) => (
              <Radio key={String(o.value)} value={String(i)} label={o.label[lang]} />
            ))}
          </Stack>
        </Radio.Group>
      );
    }
    case 'number': {
      const max = typeof node?.maximum === 'number' ? node.maximum : undefined;
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : text}
          onChange={(next) => change(typeof next === 'number' ? next : undefined)}
          onBlur={blur}
          allowDecimal={node?.type !== 'integer'}
          allowNegative={typeof node?.minimum !== 'number' || node.minimum < 0}
          // Money-sized numbers get separators; years and counts must not read "1.990".
          thousandSeparator={max !== undefined && max >= 1_000_000 ? '.' : undefined}
          decimalSeparator={max !== undefined && max >= 1_000_000 ? ',' : undefined}
          placeholder={placeholder}
          hideControls
          inputMode="numeric"
        />
      );
    }
    case 'admin-unit':
      // The picker has its own province and commune boxes; the field's label and message frame them.
      return (
        <Input.Wrapper
          id={id}
          label={common.label}
          description={common.description}
          error={error}
          required={common.required}
          className={common.className}
          labelElement="div"
        >
          <AddressPicker
            value={text || null}
            onChange={(code) => {
              change(code ?? undefined);
              blur();
            }}
          />
        </Input.Wrapper>
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          value={text}
          onChange={(event) => change(event.currentTarget.value)}
          onBlur={blur}
          autosize
          minRows={3}
          maxLength={maxLength}
          placeholder={placeholder}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          {...inputAttributes(widget)}
          value={text}
          onChange={(event) => change(event.currentTarget.value)}
          onBlur={(event) => {
            // Spaces typed around a name or a number are not part of the answer.
            const trimmed = event.currentTarget.value.trim();
            if (trimmed !== event.currentTarget.value) change(trimmed);
            blur();
          }}
          maxLength={widget === 'personal-id' ? 12 : maxLength}
          placeholder={placeholder}
        />
      );
  }
}

function inputAttributes(widget: Widget) {
  switch (widget) {
    case 'date':
      return { type: 'date' };
    case 'phone':
      return { type: 'tel', inputMode: 'tel' as const, autoComplete: 'tel' };
    case 'email':
      return { type: 'email', inputMode: 'email' as const, autoComplete: 'email' };
    case 'personal-id':
      return { inputMode: 'numeric' as const, autoComplete: 'off', spellCheck: false };
    default:
      return { type: 'text' };
  }
}
