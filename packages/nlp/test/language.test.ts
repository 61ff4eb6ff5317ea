import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { detectLanguage } from '@newsflow/nlp';
import { ELD_DATABASE_FILE, LANGUAGE_DATA_URL } from '../src/language.js';
import { packageFile } from '../src/package-file.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The government announced on Tuesday that it would raise taxes on large companies next year.'],
    [
      'fr',
      'Le gouvernement a annoncé mardi qu’il augmenterait les impôts des grandes entreprises l’an prochain.',
    ],
    [
      'de',
      'Die Regierung kündigte am Dienstag an, im nächsten Jahr die Steuern für große Unternehmen zu erhöhen.',
    ],
    ['es', 'El gobierno anunció el martes que subirá los impuestos a las grandes empresas el próximo año.'],
    ['ru', 'Правительство объявило во вторник, что в следующем году повысит налоги для крупных компаний.'],
  ])('detects %s', (code, text) => {
    const l = detectLanguage(text);
    expect(l.code).toBe(code);
    expect(l.confidence).toBeGreaterThan(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
  });

  it('reads a short English text full of names as English, which ELD alone scores a little higher as Dutch', () => {
    expect(detectLanguage('Rafael Nadal beats Novak Djokovic in Paris').code).toBe('en');
    expect(detectLanguage('Pedro Sánchez wins vote').code).toBe('en');
    // Not a foreign sentence or headline, whose English score is far below its language's.
    expect(detectLanguage('Le président a rencontré le chancelier à Berlin lundi.').code).toBe('fr');
    expect(detectLanguage('Scholz verteidigt Haushalt im Bundestag').code).toBe('de');
  });

  it('says und for empty or letterless text, never throws', () => {
    expect(detectLanguage('')).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage('1234 5678 !!! ---')).toEqual({ code: 'und', confidence: 0 });
    expect(() => detectLanguage('\u0000\uffff'.repeat(1000))).not.toThrow();
  });

  it('reads the same database as the installed ELD ships (run npm run train after upgrading eld)', async () => {
    const { ngramsData } = (await import(pathToFileURL(packageFile(ELD_DATABASE_FILE)).href)) as {
      ngramsData: unknown;
    };
    expect(readFileSync(LANGUAGE_DATA_URL, 'utf8')).toBe(JSON.stringify(ngramsData));
  });
});
