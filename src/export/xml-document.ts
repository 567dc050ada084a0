/**
 * An XML element as a plain object: keys starting with `@_` are attributes, `#text` is the text, any other key a
 * child element (an array repeats it), in key order. (The shape fast-xml-parser's `XMLBuilder` takes.)
 */
export interface XmlElement {
  [key: string]: string | XmlElement | XmlElement[] | undefined;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes & < > " ' in text and attribute values: no value can break the markup. */
export function escapeXml(value: string): string {
  return /[&<>"']/.test(value) ? value.replace(/[&<>"']/g, (ch) => ENTITIES[ch]) : value;
}

function writeElement(name: string, value: string | XmlElement, indent: string, out: string[]): void {
  if (typeof value === 'string') {
    out.push(`${indent}<${name}>${escapeXml(value)}</${name}>\n`);
    return;
  }
  let attributes = '';
  let text: string | undefined;
  const children: Array<[string, string | XmlElement]> = [];
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (child === undefined) continue;
    if (key.startsWith('@_')) attributes += ` ${key.slice(2)}="${escapeXml(child as string)}"`;
    else if (key === '#text') text = child as string;
    else if (Array.isArray(child)) for (const item of child) children.push([key, item]);
    else children.push([key, child]);
  }
  if (children.length === 0) {
    out.push(text === undefined || text === '' ? `${indent}<${name}${attributes}/>\n` : `${indent}<${name}${attributes}>${escapeXml(text)}</${name}>\n`);
    return;
  }
  out.push(`${indent}<${name}${attributes}>\n`);
  if (text !== undefined && text !== '') out.push(`${indent}  ${escapeXml(text)}\n`);
  for (const [childName, child] of children) writeElement(childName, child, indent + '  ', out);
  out.push(`${indent}</${name}>\n`);
}

/**
 * Serialises a document with an XML declaration (UTF-8), indented by two spaces, empty elements self-closed.
 * Written by hand rather than with a builder: the format is this small, and fast-xml-parser's builder took
 * 38–76 µs per TMX unit where this takes a few (`node dist/pipeline/bench/exports.js`), with the same bytes.
 * Callers pass values through `xmlSafeText` first: escaping cannot make a control character legal.
 */
export function renderXmlDocument(root: string, element: XmlElement): string {
  return XML_DECLARATION + renderXmlElement(root, element, '');
}

/** The XML declaration `renderXmlDocument` starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** One element as `renderXmlDocument` writes it at the given indentation (for documents written in parts). */
export function renderXmlElement(name: string, element: XmlElement, indent: string): string {
  const out: string[] = [];
  writeElement(name, element, indent, out);
  return out.join('');
}
