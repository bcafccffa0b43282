import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStatementNamer } from './prepared';

describe('statement namer (auto prepare)', () => {
  it('names a text from its second use on, always with the same name', () => {
    const nameOf = createStatementNamer();
    const text = 'select * from dossiers where id = $1';
    assert.equal(nameOf(text), undefined);
    const name = nameOf(text);
    assert.match(name ?? '', /^cuaso_[0-9a-f]{20}$/);
    assert.equal(nameOf(text), name);
    assert.notEqual(nameOf('select 2 where $1'), name);
  });

  it('names at most maxNamed texts, and counts at most maxCounted', () => {
    const nameOf = createStatementNamer({ minUses: 2, maxNamed: 3, maxCounted: 5 });
    const texts = Array.from({ length: 8 }, (_, i) => `select $1::int + ${i}`);
    for (const t of texts) nameOf(t);
    const named = texts.map((t) => nameOf(t));
    // The first five were counted once and are named now, until the bound of three.
    assert.equal(named.filter(Boolean).length, 3);
    assert.deepEqual(
      named.map((n) => n !== undefined),
      [true, true, true, false, false, false, false, false],
    );
    // A text named before the bound keeps its name.
    assert.equal(nameOf(texts[0]!), named[0]);
  });
});
