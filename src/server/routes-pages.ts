import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ParticipantLang } from '../domain/types.ts';
import { errorsAr } from '../i18n/errors.ar.ts';
import { errorsEn } from '../i18n/errors.en.ts';
import { errorsFi } from '../i18n/errors.fi.ts';
import { errorsSo } from '../i18n/errors.so.ts';
import { errorsSv } from '../i18n/errors.sv.ts';
import { formatMessage } from '../i18n/icu.ts';
import { isLang, isParticipantLang } from '../i18n/langs.ts';
import type { Deps } from './deps.ts';
import { requestLang } from './http-util.ts';
import { pageHtml, type WebApp } from './pages.ts';
import type { StaticFile } from './static-files.ts';

const ERRORS: Record<ParticipantLang, Record<keyof typeof errorsFi, string>> = {
  fi: errorsFi,
  sv: errorsSv,
  en: errorsEn,
  ar: errorsAr,
  so: errorsSo,
};

/** A plain 404 for a person: in the language of the address when it is one of ours (also ar/so), else of the browser. */
function notFound(req: FastifyRequest, reply: FastifyReply, lang?: string): FastifyReply {
  const l: ParticipantLang = isParticipantLang(lang) ? lang : requestLang(req);
  return reply.code(404).type('text/plain; charset=utf-8').send(formatMessage(l, ERRORS[l]['error.not_found']));
}

/** Pages (HTML shells) and the built assets. */
export function registerPageRoutes(app: FastifyInstance, d: Deps, assets: Map<string, StaticFile>): void {
  // the facilitator app is fi/sv/en; the phone and the projector also ar/so (docs/adr/0007)
  const page = (req: FastifyRequest, reply: FastifyReply, lang: string, which: WebApp, data: Record<string, string> = {}) => {
    if (!isParticipantLang(lang) || (which === 'facilitator' && !isLang(lang))) return notFound(req, reply, lang);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(pageHtml(which, lang, data));
  };

  app.get('/', async (_req, reply) => reply.redirect('/fi/'));
  app.get<{ Params: { lang: string } }>('/:lang', async (req, reply) =>
    isLang(req.params.lang) ? reply.redirect(`/${req.params.lang}/`) : notFound(req, reply, req.params.lang),
  );
  app.get<{ Params: { lang: string } }>('/:lang/', async (req, reply) => page(req, reply, req.params.lang, 'facilitator'));
  for (const p of ['login', 'setup', 'processes/new', 'sessions/:id', 'processes/:id', 'processes/:id/followup', 'processes/:id/summary']) {
    app.get<{ Params: { lang: string } }>(`/:lang/${p}`, async (req, reply) => page(req, reply, req.params.lang, 'facilitator'));
  }
  // account security (docs/AUTH.md): forgotten password, the mailed reset link, own account, organisation admin
  for (const p of ['forgot-password', 'reset-password', 'account', 'orgs/:id']) {
    app.get<{ Params: { lang: string } }>(`/:lang/${p}`, async (req, reply) => page(req, reply, req.params.lang, 'facilitator'));
  }
  // the accessibility statement (public): the feedback contact of this installation comes as boot data
  app.get<{ Params: { lang: string } }>('/:lang/accessibility', async (req, reply) =>
    page(req, reply, req.params.lang, 'facilitator', { 'accessibility-contact': d.config.accessibilityContact ?? '' }),
  );
  app.get<{ Params: { lang: string } }>('/:lang/join', async (req, reply) => page(req, reply, req.params.lang, 'participant'));
  app.get<{ Params: { lang: string } }>('/:lang/join/:code', async (req, reply) => page(req, reply, req.params.lang, 'participant'));
  app.get<{ Params: { lang: string } }>('/:lang/processes/:id/survey', async (req, reply) =>
    page(req, reply, req.params.lang, 'facilitator'),
  );
  app.get<{ Params: { lang: string } }>('/:lang/orgs/:id/survey', async (req, reply) => page(req, reply, req.params.lang, 'facilitator'));
  // the practice library and meetups; the public meetup page's token is in the #fragment [SPEC L5–L10]
  for (const p of ['library', 'orgs/:id/meetups', 'meetup']) {
    app.get<{ Params: { lang: string } }>(`/:lang/${p}`, async (req, reply) => page(req, reply, req.params.lang, 'facilitator'));
  }
  // the dialogue programme: a process's commission and life cycle, an organisation's coordinator view [SPEC PR]
  for (const p of ['processes/:id/commission', 'orgs/:id/programme', 'orgs/:id/pool']) {
    app.get<{ Params: { lang: string } }>(`/:lang/${p}`, async (req, reply) => page(req, reply, req.params.lang, 'facilitator'));
  }
  // the wellbeing survey: the link's token is in the #fragment, never sent to the server with the page [SPEC WB9]
  app.get<{ Params: { lang: string } }>('/:lang/survey', async (req, reply) => page(req, reply, req.params.lang, 'participant'));
  app.get<{ Params: { lang: string } }>('/:lang/screen/:id', async (req, reply) => page(req, reply, req.params.lang, 'screen'));

  app.get<{ Params: { name: string } }>('/assets/:name', async (req, reply) => {
    const f = assets.get(req.params.name);
    if (!f) return notFound(req, reply);
    const gz = f.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    reply.type(f.type).header('vary', 'accept-encoding');
    // entry files keep their names across builds, so revalidate; hashed chunks are immutable
    reply.header('cache-control', /^chunk-/.test(req.params.name) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (gz) reply.header('content-encoding', 'gzip');
    return reply.send(gz ? f.gzip : f.body);
  });
  void d;
}
