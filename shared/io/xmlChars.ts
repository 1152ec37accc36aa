import { forbiddenXmlSource, withoutForbiddenXmlCharacters } from '../model/xmlCharacters';

/*
 * Characters XML 1.0 does not allow anywhere in a document, raw or as a character reference: the C0 controls other
 * than tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF. One such character makes the
 * whole file unreadable to every XML parser (and makes rasterisers give up on an SVG), so every XML Flowwright
 * writes passes through xmlLegal(), and every XML it reads is cleaned by stripForbiddenXml() first.
 */

/** Whether XML 1.0 allows the code point in a document. */
function allowedCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The text without the characters XML 1.0 forbids; text without any is returned as it is. */
export const xmlLegal = withoutForbiddenXmlCharacters;

/** Text as XML character data or a double-quoted attribute value: escaped, and without forbidden characters. */
export function escapeXml(text: string): string {
  return xmlLegal(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What stripForbiddenXml() removed: how many characters, and the first one with its offset in the input. */
export interface ForbiddenXmlReport {
  removed: number;
  first?: { offset: number; codePoint: number };
}

// Decimal and hexadecimal character references as XML parsers (saxen among them) read them, or a raw character.
const referenceOrForbidden = new RegExp(`&#(?:x([0-9a-fA-F]+)|([0-9]+));|${forbiddenXmlSource}`, 'g');

/**
 * Removes the characters XML 1.0 forbids from an XML document, raw and as character references (`&#1;`), so that
 * what a lenient writer let through does not end up in names or conditions. Linear in the length of the text.
 */
export function stripForbiddenXml(xml: string): { xml: string } & ForbiddenXmlReport {
  const report: ForbiddenXmlReport = { removed: 0 };
  const cleaned = xml.replace(referenceOrForbidden, (match: string, hex?: string, decimal?: string, ...rest) => {
    const offset = rest[rest.length - 2] as number;
    const reference = hex ?? decimal;
    const code =
      reference === undefined ? match.charCodeAt(0) : reference.length > 8 ? -1 : parseInt(reference, hex ? 16 : 10);
    if (reference !== undefined && allowedCodePoint(code)) return match;
    report.removed++;
    report.first ??= { offset, codePoint: code };
    return '';
  });
  return { xml: cleaned, ...report };
}
