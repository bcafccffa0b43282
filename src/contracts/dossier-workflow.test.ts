import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  allowedTransitions,
  type DossierAction,
  type DossierState,
  deriveState,
  STANDARD_WORKFLOW,
  stateInfo,
} from './dossier-workflow';

describe('dossier workflow table', () => {
  it('maps every state onto one of the 10 national status codes', () => {
    const codes = new Set(Object.values(stateInfo).map((s) => s.national));
    for (const c of codes) assert.ok(c >= 1 && c <= 10);
    assert.deepEqual(
      [...codes].sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
  });

  it('derives the birth-registration journey', () => {
    const log: DossierAction[] = [
      'submit',
      'accept',
      'assign',
      'propose',
      'approve',
      'sign',
      'return_result',
    ];
    assert.equal(
      deriveState(
        STANDARD_WORKFLOW,
        log.map((action) => ({ action })),
      ),
      'returned',
    );
  });

  it('resumes where it was after a supplement', () => {
    const log: DossierAction[] = ['submit', 'accept', 'assign', 'request_supplement', 'complete_supplement'];
    assert.equal(
      deriveState(
        STANDARD_WORKFLOW,
        log.map((action) => ({ action })),
      ),
      'processing',
    );
    assert.equal(
      deriveState(
        STANDARD_WORKFLOW,
        (['submit', 'request_supplement', 'complete_supplement'] as const).map((action) => ({ action })),
      ),
      'submitted',
    );
  });

  it('refuses an impossible action', () => {
    assert.throws(
      () => deriveState(STANDARD_WORKFLOW, [{ action: 'submit' }, { action: 'sign' }]),
      /impossible/,
    );
    assert.throws(() => deriveState(STANDARD_WORKFLOW, [{ action: 'accept' }]), /must start with submit/);
  });

  it('never leaves a terminal state, and replaying any allowed walk gives the walked state (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (choices) => {
        let state: DossierState = 'submitted';
        const log: { action: DossierAction }[] = [{ action: 'submit' }];
        let before: DossierState = 'submitted';
        for (const c of choices) {
          const options = allowedTransitions(STANDARD_WORKFLOW, state);
          if (!options.length) {
            if (!stateInfo[state].terminal) return false;
            break;
          }
          const t = options[c % options.length]!;
          log.push({ action: t.action });
          if (t.to === 'supplement_requested') before = state;
          state = t.to === 'same' ? state : t.to === 'resume' ? before : t.to;
        }
        return deriveState(STANDARD_WORKFLOW, log) === state;
      }),
    );
  });
});
