export { enrich, HTML_PARSE_LIMIT, TEXT_ANALYSIS_LIMIT } from './enrich.js';
export { ENRICHMENT_VERSION } from './version.js';
export { parseScrapedPage, type ScrapedPage } from './scraped-page.js';
export { extractHtml, type ExtractedHtml } from './html.js';
export { detectLanguage } from './language.js';
export { extractEntities, type ExtractOptions } from './entities/index.js';
export { extractKeywords, KEYWORD_COUNT } from './keywords.js';
export { fingerprint, BANDS, SHINGLE } from './fingerprint.js';
export { canonicalNames, foldName } from './ner/canonical.js';
export { tokenize, type Token } from './text/tokenize.js';
export { documentText, type ConllDocument } from './eval/conll.js';
export { readConllTree } from './eval/files.js';
export { NEWS_DIR } from './eval/splits.js';
export { mulberry32 } from './train/random.js';
export {
  NlpError,
  ModelLoadError,
  UnsupportedFormatError,
  InvalidArgumentError,
  DataError,
  NLP_ERROR_CODES,
  type NlpErrorCode,
} from './errors.js';
