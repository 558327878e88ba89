/**
 * A few lines of XML writing: elements as data, rendered with two-space indentation. An element
 * whose children include text (or that holds text by nature, `p`) is written on one line, so mixed
 * content keeps its exact text.
 *
 * @example render(el('p', {}, '应到', el('quantity', { normalized: 5 }, '5'), '人')) === '<p>应到<quantity normalized="5">5</quantity>人</p>'
 */

export type XmlAttrs = Record<string, string | number | undefined>;
export interface XmlElement {
  name: string;
  attrs: XmlAttrs;
  children: XmlNode[];
}
export type XmlNode = string | XmlElement;

/** What `el` takes as children: nodes, nothing (null, undefined: left out) and lists of these, flattened. */
export type XmlChild = XmlNode | null | undefined | XmlChild[];

export function el(name: string, attrs: XmlAttrs = {}, ...children: XmlChild[]): XmlElement {
  const out: XmlNode[] = [];
  const add = (c: XmlChild): void => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c !== null && c !== undefined) out.push(c);
  };
  children.forEach(add);
  return { name, attrs, children: out };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value, escaped; characters XML 1.0 cannot hold at all are dropped. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex -- removing the control characters XML 1.0 forbids is the point
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

function open(e: XmlElement): string {
  const attrs = Object.entries(e.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${e.name}${attrs}`;
}

function inline(node: XmlNode): string {
  if (typeof node === 'string') return escapeXml(node);
  if (node.children.length === 0) return `${open(node)}/>`;
  return `${open(node)}>${node.children.map(inline).join('')}</${node.name}>`;
}

/** Elements whose content is text (HTML's p and heading): written on one line even when they hold only elements, so no indentation enters their text. */
const TEXT_ELEMENTS = new Set(['p', 'heading']);

export function render(node: XmlNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (typeof node === 'string' || node.children.length === 0 || TEXT_ELEMENTS.has(node.name) || node.children.some((c) => typeof c === 'string')) return pad + inline(node);
  return [`${pad}${open(node)}>`, ...node.children.map((c) => render(c, depth + 1)), `${pad}</${node.name}>`].join('\n');
}

/** A whole document: the XML declaration, then the root. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root)}\n`;
}
