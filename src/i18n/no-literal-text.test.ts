import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No hard-coded human-language text in the web apps (nor in the server's plain answers, below): every text a person reads comes from the
 * i18n catalogues, so fi, sv and en (and ar/so on the phone and the projector) are complete for
 * every view. Parses every .tsx file under src/web with the TypeScript compiler and reports
 * (file:line and the text)
 *  - JSX text containing letters, e.g. `<p>Odota hetki</p>`;
 *  - string literals with letters in attributes a person reads or hears: aria-label, title,
 *    placeholder, alt, aria-description, aria-roledescription, aria-valuetext, and `label`
 *    (a visible label prop); also in `{cond ? 'a' : 'b'}` and `{'text'}` expressions of those
 *    attributes and of JSX children.
 * `value` is a form value (machine text) except on <button>/<input type="button|submit">, where
 * it is the visible caption; those are checked too.
 */
const WEB = new URL('../web', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;

/** Attributes whose string a person reads or hears. */
const TEXT_ATTRS = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'label',
]);

/**
 * Text allowed as it is, with the reason. Anything else with a letter in it is language.
 * Letters are \p{L}: symbols (× · → ★ ✓ …), digits, punctuation and emoji are never findings.
 */
const ALLOWED: ReadonlyArray<[RegExp, string]> = [
  [/^Vuoropuhe$/, 'the product name, the same in every language'],
  [/^(px|em|rem|%|ms|s)$/, 'CSS units'],
  [/^(https?:\/\/|www\.)[\w./-]*$/, 'a web address or its placeholder (https://, www.example.fi)'],
];

/** A key of the keyboard inside <kbd> (the N of "N: next phase") is the key itself, not language. */
function isKeyCap(node: ts.Node, text: string): boolean {
  const el = node.parent;
  return ts.isJsxElement(el) && el.openingElement.tagName.getText() === 'kbd' && /^\p{L}$/u.test(text);
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}
function allowed(text: string): boolean {
  return ALLOWED.some(([re]) => re.test(text));
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsxFiles(p);
    return name.endsWith('.tsx') && !/\.test\.tsx$/.test(name) ? [p] : [];
  });
}

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The string literals an expression may evaluate to directly (a literal, either branch of ?:, `a ?? 'b'`, `a || 'b'`). */
function literalsOf(e: ts.Expression): ts.StringLiteralLike[] {
  if (ts.isParenthesizedExpression(e)) return literalsOf(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e];
  if (ts.isTemplateExpression(e)) return [];
  if (ts.isConditionalExpression(e)) return [...literalsOf(e.whenTrue), ...literalsOf(e.whenFalse)];
  if (
    ts.isBinaryExpression(e) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(e.operatorToken.kind)
  )
    return e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
      ? literalsOf(e.right)
      : [...literalsOf(e.left), ...literalsOf(e.right)];
  return [];
}

/** Template literals' fixed parts count too: `Pöytä ${n}` is language. */
function templateTexts(e: ts.Expression): Array<{ node: ts.Node; text: string }> {
  if (ts.isParenthesizedExpression(e)) return templateTexts(e.expression);
  if (ts.isConditionalExpression(e)) return [...templateTexts(e.whenTrue), ...templateTexts(e.whenFalse)];
  if (ts.isTemplateExpression(e)) {
    const parts = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
    return [{ node: e, text: parts }];
  }
  return literalsOf(e).map((l) => ({ node: l, text: l.text }));
}

function tagName(el: ts.JsxOpeningLikeElement): string {
  return el.tagName.getText();
}

export function scan(file: string, code: string): Finding[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: Finding[] = [];
  const report = (node: ts.Node, raw: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || !hasLetters(text) || allowed(text) || isKeyCap(node, text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push({ file: relative(ROOT, file), line, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      // a child expression: {'Teksti'} or {cond ? 'Kyllä' : 'Ei'}
      for (const { node: n, text } of templateTexts(node.expression)) report(n, text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      const el = node.parent.parent;
      const tag = tagName(el);
      const isCaptionValue =
        name === 'value' &&
        (tag === 'button' ||
          (tag === 'input' &&
            el.attributes.properties.some(
              (p) =>
                ts.isJsxAttribute(p) &&
                p.name.getText() === 'type' &&
                p.initializer &&
                ts.isStringLiteral(p.initializer) &&
                /^(button|submit|reset)$/.test(p.initializer.text),
            )));
      if (TEXT_ATTRS.has(name) || isCaptionValue) {
        const init = node.initializer;
        if (init && ts.isStringLiteral(init)) report(init, init.text);
        else if (init && ts.isJsxExpression(init) && init.expression)
          for (const { node: n, text } of templateTexts(init.expression)) report(n, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const SERVER = new URL('../server', import.meta.url).pathname;

function serverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return serverFiles(p);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

/**
 * The server's answers to people: `reply.send('Not found')`, `.send(\`…\`)` with letters in the
 * fixed text. An answer a person reads comes from a catalogue (`sendError` → `error.<code>`,
 * `translate`, the report labels); machine text (JSON, files, HTML built from catalogues) is
 * not a string literal at the call.
 */
export function scanServer(file: string, code: string): Finding[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'send' &&
      node.arguments[0]
    ) {
      for (const { node: n, text } of templateTexts(node.arguments[0])) {
        const clean = text.replace(/\s+/g, ' ').trim();
        if (hasLetters(clean) && !allowed(clean))
          out.push({ file: relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: clean });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('no hard-coded human-language answers from the server', () => {
  it('finds a literal answer (self-test)', () => {
    const code = `reply.code(404).send('Not found'); reply.send(x ? 'Odota' : pageHtml('x', 'fi')); reply.send(translate(l, 'error.x')); reply.send({ ok: true });`;
    expect(scanServer(join(SERVER, 'x.ts'), code).map((f) => f.text)).toEqual(['Not found', 'Odota']);
  });

  it('every answer of src/server a person reads comes from a catalogue', () => {
    const findings = serverFiles(SERVER).flatMap((f) => scanServer(f, readFileSync(f, 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line}  ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});

describe('no hard-coded human-language text in the web apps', () => {
  it('finds language in JSX text and in text attributes (self-test)', () => {
    const code = `const A = () => (<div title="Otsikko" aria-label={x ? 'Auki' : 'Kiinni'} class="row" data-x="abc">
      <p>Odota hetki</p> · {'Valmis'} <span>{n} ×</span> <img alt="" /> <b>Vuoropuhe</b>
      <kbd>N</kbd> <kbd>Esc</kbd> <a href={u}>www.example.fi</a> <input placeholder="https://" type="submit" value="Lähetä" /> <option value="fi">{t('k')}</option> {\`Pöytä \${n}\`}
    </div>);`;
    expect(scan(join(WEB, 'x.tsx'), code).map((f) => f.text)).toEqual([
      'Otsikko',
      'Auki',
      'Kiinni',
      'Odota hetki',
      'Valmis',
      'Esc',
      'Lähetä',
      'Pöytä',
    ]);
  });

  it('every .tsx file under src/web takes its texts from the catalogues', () => {
    const findings = tsxFiles(WEB).flatMap((f) => scan(f, readFileSync(f, 'utf8')));
    expect(
      findings.map((f) => `${f.file}:${f.line}  ${JSON.stringify(f.text)}`),
      'move these texts to the i18n catalogues (src/i18n/<area>.{fi,sv,en}.ts, and ar/so for the phone and the projector)',
    ).toEqual([]);
  });
});
