/**
 * A strict little XML reader for tests (Node has no DOMParser): checks that a document is well
 * formed (balanced tags, quoted attributes, known entities, no stray markup) and returns its
 * elements with attributes and text.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(raw: string): string {
  if (/[<]/.test(raw)) throw new Error(`Unescaped "<" in ${JSON.stringify(raw.slice(0, 40))}`);
  const stray = raw.replace(ENTITY, "").indexOf("&");
  if (stray >= 0) throw new Error(`Unescaped "&" in ${JSON.stringify(raw.slice(0, 40))}`);
  return raw.replace(ENTITY, (entity) => {
    switch (entity) {
      case "&amp;":
        return "&";
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&quot;":
        return '"';
      case "&apos;":
        return "'";
      default:
        return String.fromCodePoint(entity[2] === "x" ? Number.parseInt(entity.slice(3, -1), 16) : Number.parseInt(entity.slice(2, -1), 10));
    }
  });
}

export function parseXml(source: string): XmlElement {
  let text = source.replace(/^<\?xml[^?]*\?>\s*/, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const tag = /^<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"]*")*)\s*(\/?)>/;
  while (text.length > 0) {
    const lt = text.indexOf("<");
    const chunk = lt < 0 ? text : text.slice(0, lt);
    if (chunk.length > 0) {
      const top = stack[stack.length - 1] as XmlElement;
      if (top === root && chunk.trim() !== "") throw new Error("Text outside the root element");
      top.text += decode(chunk);
    }
    if (lt < 0) break;
    text = text.slice(lt);
    const match = tag.exec(text);
    if (!match) throw new Error(`Malformed markup at ${JSON.stringify(text.slice(0, 60))}`);
    const [whole, closing, name, attrs, selfClosing] = match as unknown as [string, string, string, string, string];
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attrs.matchAll(/([A-Za-z_][\w:.-]*)="([^"]*)"/g)) {
        if ((key as string) in attributes) throw new Error(`Attribute ${key} twice`);
        attributes[key as string] = decode(value as string);
      }
      const element: XmlElement = { name, attributes, children: [], text: "" };
      (stack[stack.length - 1] as XmlElement).children.push(element);
      if (!selfClosing) stack.push(element);
    }
    text = text.slice(whole.length);
  }
  if (stack.length !== 1) throw new Error(`Unclosed <${stack[stack.length - 1]?.name}>`);
  if (root.children.length !== 1) throw new Error("A document has exactly one root element");
  return root.children[0] as XmlElement;
}

export function findAll(element: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    if (predicate(e)) found.push(e);
    e.children.forEach(visit);
  };
  visit(element);
  return found;
}
