import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERSONAL_DOCUMENT_KINDS, personalDocumentKindInfo } from '../../../contracts/dossiers';
import { enStore, type StoreKey, viStore } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('personal data store messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(Object.keys(enStore).sort(), Object.keys(viStore).sort());
    for (const key of Object.keys(viStore) as StoreKey[])
      assert.deepEqual(placeholders(enStore[key]), placeholders(viStore[key]), key);
  });

  it('names each kind of stored paper as the contract does', () => {
    for (const kind of PERSONAL_DOCUMENT_KINDS) {
      assert.equal(viStore[`st.kind.${kind}`], personalDocumentKindInfo[kind].vi);
      assert.equal(enStore[`st.kind.${kind}`], personalDocumentKindInfo[kind].en);
    }
  });
});
