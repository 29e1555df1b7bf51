// Route coverage of the accessibility matrix (test/e2e/a11y-matrix.test.ts): every HTML page
// route the real app registers has an entry in test/e2e/a11y-views.ts, and no entry names a
// route that is gone. Fast, no browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A11Y_ROUTES } from '../e2e/a11y-views.ts';
import { routeList, startServer, type TestServer } from '../support/test-server.ts';

/** Page routes: GET under the language prefix (as in the authorisation matrix's page rule). */
const PAGE = /^GET \/:lang\//;

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(async () => {
  await s?.stop();
});

describe('accessibility matrix covers every page', () => {
  it('has an entry with at least one view for every page route, and none for a route that is gone', () => {
    const pages = routeList(s).filter((r) => PAGE.test(r));
    const listed = A11Y_ROUTES.map((e) => e.route);
    expect(pages.length, 'page routes found').toBeGreaterThan(10);
    expect(
      listed.filter((r, i) => listed.indexOf(r) !== i),
      'routes listed twice',
    ).toEqual([]);
    expect
      .soft(
        pages.filter((r) => !listed.includes(r)),
        'page routes without an entry in test/e2e/a11y-views.ts',
      )
      .toEqual([]);
    expect
      .soft(
        listed.filter((r) => !pages.includes(r)),
        'entries for page routes that no longer exist',
      )
      .toEqual([]);
    expect(
      A11Y_ROUTES.filter((e) => e.views.length === 0).map((e) => e.route),
      'entries without a view',
    ).toEqual([]);
  });
});
