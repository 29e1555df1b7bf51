import type { Page } from 'playwright-core';

/**
 * What the coordinator view's statistics say: the chart's text description (waits for the chart)
 * and the rows of its data table, whitespace collapsed.
 */
export async function statsShown(page: Page): Promise<{ chart: string | null; rows: string[]; labelledBy: string | null }> {
  const chart = page.getByRole('img', { name: /Dialogit ja osallistujat jaksoittain/ });
  await chart.waitFor();
  const table = page.getByRole('table', { name: 'Dialogit ja osallistujat luokittain ja yksiköittäin' });
  const rows = (await table.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
  return { chart: await page.locator('#pr-chart-desc').textContent(), rows, labelledBy: await chart.getAttribute('aria-labelledby') };
}
