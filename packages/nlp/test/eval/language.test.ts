import { describe, expect, it } from '@jest/globals';
import { languageReport } from '../../src/eval/language.js';

describe('languageReport (the UDHR in every language the detector knows)', () => {
  const report = languageReport();

  it("covers the declarations of the detector's languages, in paragraphs and in pages", () => {
    expect(report.languages).toBeGreaterThanOrEqual(50);
    expect(report.paragraphs.texts).toBeGreaterThan(report.pages.texts);
    expect(report.pages.texts).toBeGreaterThanOrEqual(report.languages);
  });

  it('reads nearly every paragraph and page in its language, and no page of another language as English', () => {
    expect(report.paragraphs.correct / report.paragraphs.texts).toBeGreaterThanOrEqual(0.95);
    expect(report.pages.correct / report.pages.texts).toBeGreaterThanOrEqual(0.95);
    // English gets English entities: a page in another language read as English would get garbage ones.
    expect(report.pages.readAsEnglish).toBe(0);
    // 12 of 4,307 paragraphs before a near tie had to be written with English letters; 1 after.
    expect(report.paragraphs.readAsEnglish / report.paragraphs.texts).toBeLessThan(0.001);
  });
});
