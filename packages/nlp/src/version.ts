/** Version of the enrichment: bump when its output for the same input may change (code, model or gazetteers). */
export const ENRICHMENT_VERSION = 'nlp-1.9.25+ner-ap10';
