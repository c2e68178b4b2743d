/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab and line breaks,
 * lone surrogates and the noncharacters U+FFFE and U+FFFF. Front matter can
 * carry any of them as YAML escapes ("\uFFFE"); in the preview card's SVG one
 * makes the renderer throw, in the feed it makes the XML ill-formed.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot hold. */
export const xmlChars = (text: string): string => text.replace(NOT_XML, '');

/** Escapes text for XML and HTML text or attribute values. */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
