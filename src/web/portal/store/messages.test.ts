import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERSONAL_DOCUMENT_KINDS, personalDocumentKindInfo } from '../../../contracts/dossiers';
import { catalogueMismatches } from '../../i18n/catalogue-parity';
import { enStore, viStore } from './messages';

describe('personal data store messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    assert.deepEqual(catalogueMismatches(viStore, enStore), []);
  });

  it('names each kind of stored paper as the contract does', () => {
    for (const kind of PERSONAL_DOCUMENT_KINDS) {
      assert.equal(viStore[`st.kind.${kind}`], personalDocumentKindInfo[kind].vi);
      assert.equal(enStore[`st.kind.${kind}`], personalDocumentKindInfo[kind].en);
    }
  });
});
