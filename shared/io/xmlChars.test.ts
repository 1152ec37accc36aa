import { describe, expect, it } from 'vitest';
import { escapeXml, stripForbiddenXml, xmlLegal } from './xmlChars';

describe('characters XML forbids', () => {
  it('leaves out C0 controls other than tab and line ends, unpaired surrogates and U+FFFE/U+FFFF', () => {
    expect(xmlLegal('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi')).toBe('abcdefghi');
    expect(xmlLegal('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(xmlLegal('tab\tline\ncarriage\r')).toBe('tab\tline\ncarriage\r');
    expect(xmlLegal('pair 😀 and \u007F\u0085 stay')).toBe('pair 😀 and \u007F\u0085 stay');
  });

  it('escapes markup and removes forbidden characters in one step', () => {
    expect(escapeXml('A & B <c> "d"\u0001')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
  });

  it('strips forbidden characters from XML, raw and as character references, and says where the first was', () => {
    const xml = '<a name="x&#1;y&#x1F;z">\n  t\u0002&#10;&#x1F600;&#65;&#xD800;&#99999999999;</a>';
    const { xml: cleaned, removed, first } = stripForbiddenXml(xml);
    expect(cleaned).toBe('<a name="xyz">\n  t&#10;&#x1F600;&#65;</a>');
    expect(removed).toBe(5);
    expect(first).toEqual({ offset: xml.indexOf('&#1;'), codePoint: 1 });
  });

  it('returns text without forbidden characters unchanged', () => {
    expect(stripForbiddenXml('<a>&#13;&amp;</a>')).toEqual({ xml: '<a>&#13;&amp;</a>', removed: 0 });
  });
});
