import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WORKFLOW_STEPS } from '../../../contracts/dossier-workflow';
import { catalogueMismatches } from '../../i18n/catalogue-parity';
import { enProcess, viProcess } from './messages';
import { formFromView, resetRow, toRequest } from './step-budget-form';

const view = {
  procedureCode: '1.001193',
  version: 2,
  versionId: '00000000-0000-4000-8000-000000000001',
  budgets: {
    receive: { unit: 'working_hours' as const, value: 2 },
    dispatch: { unit: 'working_days' as const, value: 0 },
    process: { unit: 'percent' as const, value: 60 },
    approve: { unit: 'working_days' as const, value: 1 },
    sign: { unit: 'working_hours' as const, value: 4 },
    return: { unit: 'appointment' as const },
  },
  overridden: ['receive' as const],
  legalBasis: 'Quyết định số 123/QĐ-UBND',
  updatedAt: '2026-11-01T02:00:00.000Z',
};

describe('the step budget form', () => {
  it('starts from the server view: the steps the version sets are custom', () => {
    const form = formFromView(view);
    assert.deepEqual(
      form.rows.map((r) => r.step),
      [...WORKFLOW_STEPS],
    );
    assert.deepEqual(form.rows[0], { step: 'receive', custom: true, unit: 'working_hours', value: '2' });
    assert.equal(form.rows[1]!.custom, false);
    assert.equal(form.legalBasis, 'Quyết định số 123/QĐ-UBND');
  });

  it('sends only the custom steps, with a decimal comma accepted', () => {
    const form = formFromView(view);
    form.rows[0]!.value = '1,5';
    form.rows[2] = { ...form.rows[2]!, custom: true, unit: 'working_days', value: '5' };
    const out = toRequest(form);
    assert.ok('body' in out);
    assert.deepEqual(out.body, {
      budgets: {
        receive: { unit: 'working_hours', value: 1.5 },
        process: { unit: 'working_days', value: 5 },
      },
      legalBasis: 'Quyết định số 123/QĐ-UBND',
    });
  });

  it('refuses values out of the contract’s bounds, each with its own message, and a missing basis', () => {
    const form = formFromView(view);
    form.rows[0]!.value = '0.25';
    form.rows[2] = { ...form.rows[2]!, custom: true, unit: 'working_days', value: '1.5' };
    form.rows[3] = { ...form.rows[3]!, custom: true, unit: 'percent', value: '120' };
    form.rows[4] = { ...form.rows[4]!, custom: true, unit: 'working_hours', value: '' };
    form.legalBasis = '   ';
    const out = toRequest(form);
    assert.ok('errors' in out);
    assert.deepEqual(out.errors, {
      steps: {
        receive: 'pr.error.hours',
        process: 'pr.error.days',
        approve: 'pr.error.percent',
        sign: 'pr.error.hours',
      },
      legalBasis: 'pr.error.basisRequired',
    });
  });

  it('resets a row to its default and takes "until the appointment" without a value', () => {
    const form = formFromView(view);
    assert.deepEqual(resetRow(form.rows[0]!), {
      step: 'receive',
      custom: false,
      unit: 'working_hours',
      value: '4',
    });
    form.rows[4] = { ...form.rows[4]!, custom: true, unit: 'appointment', value: '' };
    const out = toRequest(form);
    assert.ok('body' in out);
    assert.deepEqual(out.body.budgets.sign, { unit: 'appointment' });
  });

  it('has every message in both languages with the same placeholders', () => {
    assert.deepEqual(catalogueMismatches(viProcess, enProcess), []);
  });
});
