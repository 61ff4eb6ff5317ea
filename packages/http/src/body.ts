import { TextDecoder } from 'node:util';
import { HttpProblem } from './problem.js';

/** The media type of a Content-Type header, lower-cased, without parameters; '' when absent. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function charsetOf(contentType: string | undefined): string {
  for (const parameter of (contentType ?? '').split(';').slice(1)) {
    const [name, value] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset' && value)
      return value.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return 'utf-8';
}

/**
 * The text of a body read as bytes, in the charset its Content-Type names (UTF-8 by default). Bytes
 * that are not valid in that charset are refused (400) rather than silently replaced, and a charset
 * this server does not know is refused with 415.
 */
export function decodeBody(body: Buffer, contentType: string | undefined): string {
  const charset = charsetOf(contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true, ignoreBOM: false });
  } catch (cause) {
    throw HttpProblem.of(
      'NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE',
      `unknown charset "${charset.slice(0, 40)}"`,
      {
        cause,
      },
    );
  }
  try {
    return decoder.decode(body);
  } catch (cause) {
    throw HttpProblem.of('NEWSFLOW_HTTP_MALFORMED_BODY', `the body is not valid ${decoder.encoding}`, {
      cause,
      errors: [{ pointer: '/', message: `expected ${decoder.encoding} text` }],
    });
  }
}
