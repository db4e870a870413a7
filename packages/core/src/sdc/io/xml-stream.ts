/**
 * A small streaming XML tokenizer (enough for SpreadsheetML): feed text chunks, receive element
 * starts (local name without prefix, attributes), ends and decoded text. No DOM is built.
 * Comments, processing instructions and doctype are skipped; CDATA is passed through as text.
 */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ATTR_RE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function decodeXmlEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function localName(qname: string): string {
  const c = qname.indexOf(':');
  return c < 0 ? qname : qname.slice(c + 1);
}

export class XmlStream {
  private buf = '';
  constructor(private readonly handler: XmlHandler) {}

  /** Characters held back (an unfinished tag or text): lets a reader bound it. */
  get buffered(): number {
    return this.buf.length;
  }

  push(chunk: string): void {
    const s = this.buf.length === 0 ? chunk : this.buf + chunk;
    const h = this.handler;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos) h.text(decodeXmlEntities(s.slice(pos, lt)));
      pos = lt;
      if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        if (end < 0) break;
        pos = end + 3;
        continue;
      }
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) break;
        h.text(s.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      const gt = s.indexOf('>', lt + 1);
      if (gt < 0) break;
      pos = gt + 1;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 63 /* ? */ || c1 === 33 /* ! */) continue;
      if (c1 === 47 /* / */) {
        h.close(localName(s.slice(lt + 2, gt).trim()));
        continue;
      }
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      const body = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const sp = body.search(/\s/);
      const name = localName(sp < 0 ? body : body.slice(0, sp));
      const attrs: Record<string, string> = {};
      if (sp >= 0) {
        ATTR_RE.lastIndex = 0;
        for (let m = ATTR_RE.exec(body); m; m = ATTR_RE.exec(body)) {
          attrs[localName(m[1]!)] = decodeXmlEntities(m[2] ?? m[3] ?? '');
        }
      }
      h.open(name, attrs, selfClosing);
      if (selfClosing) h.close(name);
    }
    // Keep an unfinished tag; text with no following tag is kept too (it may hold half an entity).
    this.buf = s.slice(pos);
  }
}
