import type { EformFieldUi, LocalizedText } from '../../../contracts/catalog';
import type { SchemaNode } from '../../../contracts/eform-paths';
import type { FieldKind, FieldSpec } from './eform-model';

// What the field editor writes for one field: its JSON Schema node and its UI hints.

/** Schema keywords the editor owns; any other keyword of a node is kept as it was. */
const MANAGED = [
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
];

/** The schema node of a kind, keeping the node's other keywords (title, description, $comment …). */
export function nodeFor(spec: FieldSpec, previous: SchemaNode | undefined): SchemaNode {
  const node: SchemaNode = {};
  for (const [k, v] of Object.entries(previous ?? {})) if (!MANAGED.includes(k)) node[k] = v;
  const stringLimits = () => {
    if (spec.minLength !== null) node.minLength = spec.minLength;
    if (spec.maxLength !== null) node.maxLength = spec.maxLength;
  };
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      node.type = 'string';
      stringLimits();
      if (spec.pattern) node.pattern = spec.pattern;
      break;
    case 'personal-id':
    case 'phone':
      node.type = 'string';
      node.pattern = spec.pattern ?? (spec.kind === 'phone' ? '^0\\d{9}$' : '^\\d{12}$');
      break;
    case 'admin-unit':
      // The 5-digit code of a commune in force (QĐ 19/2025/QĐ-TTg list of units from 1/7/2025).
      node.type = 'string';
      node.pattern = '^\\d{5}$';
      break;
    case 'email':
      node.type = 'string';
      node.format = 'email';
      node.maxLength = spec.maxLength ?? 254;
      break;
    case 'date':
      node.type = 'string';
      node.format = 'date';
      break;
    case 'number':
    case 'integer':
      node.type = spec.kind;
      if (spec.minimum !== null) node.minimum = spec.minimum;
      if (spec.maximum !== null) node.maximum = spec.maximum;
      break;
    case 'select':
    case 'radio': {
      const values = spec.options.map((o) => o.value);
      const types = new Set(values.map((v) => (v === null ? 'null' : typeof v)));
      if (types.size === 1 && !types.has('null'))
        node.type = [...types][0] === 'number' ? 'number' : [...types][0];
      node.enum = values;
      break;
    }
    case 'checkbox':
      node.type = 'boolean';
      break;
    case 'confirm':
      node.type = 'boolean';
      node.const = true;
      break;
  }
  return node;
}

const DEFAULT_PATTERN_MESSAGE: Partial<Record<FieldKind, LocalizedText>> = {
  'personal-id': {
    vi: 'phải gồm đúng 12 chữ số (số định danh cá nhân)',
    en: 'must be exactly 12 digits (personal identification number)',
  },
  phone: {
    vi: 'phải là số điện thoại 10 chữ số, bắt đầu bằng 0',
    en: 'must be a 10-digit phone number starting with 0',
  },
  'admin-unit': {
    vi: 'phải là một xã, phường chọn từ danh sách',
    en: 'must be a commune picked from the list',
  },
};

export function hintsFor(spec: FieldSpec, previous: EformFieldUi | undefined): EformFieldUi {
  const hints: EformFieldUi = { label: spec.label };
  if (previous?.placeholder) hints.placeholder = previous.placeholder;
  if (spec.help) hints.help = spec.help;
  const widget = spec.kind === 'confirm' ? 'checkbox' : spec.kind === 'integer' ? 'number' : spec.kind;
  hints.widget = widget;
  if (spec.kind === 'select' || spec.kind === 'radio') hints.options = spec.options;
  if (spec.visibleIf) hints.visibleIf = spec.visibleIf;
  const message = spec.patternMessage ?? DEFAULT_PATTERN_MESSAGE[spec.kind];
  if (
    message &&
    (spec.pattern || spec.kind === 'personal-id' || spec.kind === 'phone' || spec.kind === 'admin-unit')
  )
    hints.patternMessage = message;
  return hints;
}
