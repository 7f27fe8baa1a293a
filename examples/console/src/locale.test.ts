import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LANG_STORAGE_KEY, pickLang, setLang } from './locale.js';

describe('pickLang', () => {
  test('the address wins, then the stored choice, then the browser, then English', () => {
    assert.equal(pickLang('?lang=es', 'en', ['en-US']), 'es');
    assert.equal(pickLang('', 'es', ['en-US']), 'es');
    assert.equal(pickLang('', null, ['fr-FR', 'es-MX', 'en']), 'es');
    assert.equal(pickLang('', null, ['fr-FR', 'de']), 'en');
  });

  test('values it does not speak are passed over', () => {
    assert.equal(pickLang('?lang=fr', 'xx', ['EN-gb']), 'en');
    assert.equal(pickLang('?lang=', 'es', []), 'es');
  });
});

describe('setLang', () => {
  test('stores the choice and sets the document language', () => {
    const stored = new Map<string, string>();
    const doc = { documentElement: { lang: 'en' } } as unknown as Document;
    setLang('es', { setItem: (k, v) => void stored.set(k, v) }, doc);
    assert.equal(stored.get(LANG_STORAGE_KEY), 'es');
    assert.equal(doc.documentElement.lang, 'es');
  });

  test('a storage that refuses writes does not stop the switch', () => {
    const doc = { documentElement: { lang: 'en' } } as unknown as Document;
    setLang('es', { setItem: () => { throw new Error('QuotaExceededError'); } }, doc);
    assert.equal(doc.documentElement.lang, 'es');
  });
});
