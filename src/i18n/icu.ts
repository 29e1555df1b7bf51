/**
 * A small ICU MessageFormat (version 1) formatter on top of `Intl`, for every catalogue text.
 *
 * Supported: `{name}`, `{n, number}` (`integer`, `percent`), `{d, date, short|medium|long|full}`,
 * `{d, time, short|medium}`, `{n, plural, [offset:k] =0 {…} one {…} other {…}}` with `#`,
 * `{n, selectordinal, …}`, `{g, select, female {…} other {…}}`, and ICU apostrophe quoting
 * (`''` is one apostrophe; `'{'` is a literal brace; an apostrophe before any other character
 * is literal, so "can't" needs no escaping). The test `icu.test.ts` checks it against FormatJS's
 * intl-messageformat on every catalogue text; this file stays small so the phone's bundle does.
 */

export type MessageValue = string | number | Date;
export type MessageParams = Record<string, MessageValue>;

type Node =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'number' | 'date' | 'time'; name: string; style: string }
  | { kind: 'plural' | 'selectordinal'; name: string; offset: number; options: Record<string, Node[]> }
  | { kind: 'select'; name: string; options: Record<string, Node[]> };

/** What a message expects: argument names with their kind, and the plural/select option keys. */
export interface MessageShape {
  args: Record<string, string>;
  options: Record<string, string[]>;
}

export class MessageSyntaxError extends Error {}

const SYNTAX = new Set(['{', '}']);

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node[] {
    const nodes = this.message(false);
    if (this.i < this.s.length) this.fail('unexpected }');
    return nodes;
  }

  private fail(what: string): never {
    throw new MessageSyntaxError(`${what} at ${this.i} in "${this.s}"`);
  }

  private message(inPlural: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === '}') break;
      if (c === '{') {
        flush();
        out.push(this.argument());
      } else if (c === '#' && inPlural) {
        flush();
        out.push({ kind: 'pound' });
        this.i++;
      } else if (c === "'") {
        text += this.quoted(inPlural);
      } else {
        text += c;
        this.i++;
      }
    }
    flush();
    return out;
  }

  /** ICU quoting: '' → ', and '{…}' (or '#' in a plural) is literal up to the next lone apostrophe. */
  private quoted(inPlural: boolean): string {
    const next = this.s[this.i + 1];
    if (next === "'") {
      this.i += 2;
      return "'";
    }
    if (next === undefined || !(SYNTAX.has(next) || (inPlural && next === '#'))) {
      this.i++;
      return "'";
    }
    this.i++;
    let lit = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === "'") {
        if (this.s[this.i + 1] === "'") {
          lit += "'";
          this.i += 2;
          continue;
        }
        this.i++;
        return lit;
      }
      lit += c;
      this.i++;
    }
    return lit;
  }

  private space(): void {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  private word(): string {
    this.space();
    const m = /^[^\s{}#,=:']+/.exec(this.s.slice(this.i));
    if (!m) this.fail('expected a name');
    this.i += m[0].length;
    this.space();
    return m[0];
  }

  private expect(c: string): void {
    this.space();
    if (this.s[this.i] !== c) this.fail(`expected ${c}`);
    this.i++;
  }

  private argument(): Node {
    this.expect('{');
    const name = this.word();
    if (this.s[this.i] === '}') {
      this.i++;
      return { kind: 'arg', name };
    }
    this.expect(',');
    const type = this.word();
    if (type === 'number' || type === 'date' || type === 'time') {
      let style = '';
      if (this.s[this.i] === ',') {
        this.i++;
        style = this.word();
      }
      this.expect('}');
      return { kind: type, name, style };
    }
    if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') this.fail(`unknown type ${type}`);
    this.expect(',');
    let offset = 0;
    this.space();
    if (type !== 'select' && this.s.startsWith('offset:', this.i)) {
      this.i += 'offset:'.length;
      offset = Number(this.word());
      if (!Number.isInteger(offset)) this.fail('bad offset');
    }
    const options: Record<string, Node[]> = {};
    for (;;) {
      this.space();
      if (this.s[this.i] === '}') break;
      let key: string;
      if (this.s[this.i] === '=') {
        this.i++;
        key = `=${this.word()}`;
      } else key = this.word();
      if (key in options) this.fail(`option ${key} twice`);
      this.expect('{');
      options[key] = this.message(type !== 'select');
      this.expect('}');
    }
    this.i++;
    if (!('other' in options)) this.fail(`${type} without other`);
    return type === 'select' ? { kind: 'select', name, options } : { kind: type, name, offset, options };
  }
}

const parsed = new Map<string, Node[]>();

function parse(message: string): Node[] {
  let nodes = parsed.get(message);
  if (!nodes) {
    nodes = new Parser(message).parse();
    parsed.set(message, nodes);
  }
  return nodes;
}

/** Throws MessageSyntaxError when the text is not a valid message (used by i18n:check). */
export function messageShape(message: string): MessageShape {
  const shape: MessageShape = { args: {}, options: {} };
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (typeof n === 'string' || n.kind === 'pound') continue;
      shape.args[n.name] = n.kind;
      if ('options' in n) {
        shape.options[n.name] = Object.keys(n.options).sort();
        for (const sub of Object.values(n.options)) walk(sub);
      }
    }
  };
  walk(new Parser(message).parse());
  return shape;
}

/** Arabic numbers in Western digits, like the clock, codes and every `{n}` beside them. */
const intlLocale = (lang: string) => (lang === 'ar' ? 'ar-u-nu-latn' : lang);

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function intl<T>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f as Intl.NumberFormat);
  }
  return f;
}

function numberFormat(lang: string, style = ''): Intl.NumberFormat {
  const opts: Intl.NumberFormatOptions =
    style === 'percent' ? { style: 'percent' } : style === 'integer' ? { maximumFractionDigits: 0 } : {};
  return intl(`n|${lang}|${style}`, () => new Intl.NumberFormat(intlLocale(lang), opts));
}

const DATE_STYLES = new Set(['short', 'medium', 'long', 'full']);

function dateFormat(lang: string, kind: 'date' | 'time', style: string): Intl.DateTimeFormat {
  const s = (DATE_STYLES.has(style) ? style : kind === 'date' ? 'medium' : 'short') as 'short';
  const opts: Intl.DateTimeFormatOptions = kind === 'date' ? { dateStyle: s } : { timeStyle: s };
  return intl(`${kind}|${lang}|${s}`, () => new Intl.DateTimeFormat(intlLocale(lang), opts));
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms: strong right-to-left letters. */
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * A value written by people (a theme, a name) inside a sentence, in Unicode isolates (FSI … PDI)
 * when the page or the value is right to left, so "Teemasi: ‹Arabic›." or an Arabic sentence
 * around "Päiväkoti 2" keep their order. Left-to-right values on left-to-right pages stay as
 * they are.
 */
function isolated(lang: string, v: string): string {
  return RTL_LANGS.has(lang) || RTL_CHARS.test(v) ? `\u2068${v}\u2069` : v;
}

function format(lang: string, nodes: Node[], params: MessageParams, pound: number | null, iso: boolean): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') {
      out += n;
      continue;
    }
    if (n.kind === 'pound') {
      out += pound === null ? '#' : numberFormat(lang).format(pound);
      continue;
    }
    const v = params[n.name];
    if (v === undefined) {
      out += `{${n.name}}`;
      continue;
    }
    switch (n.kind) {
      case 'arg':
        out += v instanceof Date ? v.toISOString() : iso && typeof v === 'string' ? isolated(lang, v) : String(v);
        break;
      case 'number':
        out += numberFormat(lang, n.style).format(Number(v));
        break;
      case 'date':
      case 'time':
        out += dateFormat(lang, n.kind, n.style).format(v instanceof Date ? v : new Date(v));
        break;
      case 'select':
        out += format(lang, n.options[String(v)] ?? n.options.other!, params, pound, iso);
        break;
      default: {
        const num = Number(v);
        const exact = n.options[`=${num}`];
        const type = n.kind === 'plural' ? 'cardinal' : 'ordinal';
        const rules = intl(`p|${lang}|${type}`, () => new Intl.PluralRules(lang, { type }));
        const branch = exact ?? n.options[rules.select(num - n.offset)] ?? n.options.other!;
        out += format(lang, branch, params, num - n.offset, iso);
      }
    }
  }
  return out;
}

/**
 * The text of `message` in `lang` with `params`. A missing parameter stays visible as `{name}`;
 * a text that does not parse (which i18n:check prevents) is shown as it is rather than throwing
 * in front of a participant. `isolate` (the web views) wraps string values as `isolated` says.
 */
export function formatMessage(lang: string, message: string, params?: MessageParams, isolate = false): string {
  if (!params && !message.includes('{') && !message.includes("'")) return message;
  try {
    return format(lang, parse(message), params ?? {}, null, isolate);
  } catch {
    return message;
  }
}
