import { expect, test, type Page } from '@playwright/test';

/** Collects page errors and console errors, so each test can assert there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

const PARIS_FINAL = /Paris 2024.*1500 ?m final/i;

test.describe('Races view', () => {
  test('the Paris 2024 men’s 1500m final lists the finishers in order, each value with its quotes', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    const races = page.getByRole('navigation', { name: 'Races' });
    await expect(races.getByRole('link').first()).toBeVisible();
    await races.getByRole('link', { name: PARIS_FINAL }).click();
    await expect(page).toHaveURL(/\?view=races&race=[^&]+$/);
    await expect(races.getByRole('link', { name: PARIS_FINAL })).toHaveAttribute('aria-current', 'page');

    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      'Place',
      'Athlete',
      'Country',
      'Time',
      'Gap',
      'Records',
      'Sources',
    ]);
    const athletes = await table.getByRole('rowheader').allTextContents();
    expect(athletes.slice(0, 4)).toEqual(['Cole Hocker', 'Josh Kerr', 'Yared Nuguse', 'Jakob Ingebrigtsen']);
    expect(athletes.at(-1)).toBe('Neil Gourley');

    // Hover: the time's popover quotes the articles, the time marked in the sentence.
    const kerrTime = table.getByRole('row', { name: /Josh Kerr/ }).getByRole('button', { name: /^3:27\.79/ });
    await kerrTime.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Time of Josh Kerr');
    await expect(tooltip).toContainText(/\d{3}_[0-9a-f]+\.txt/);
    await expect(tooltip.locator('mark').first()).toHaveText(/3:27[.:]79/);
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();

    // Keyboard: focusing the value opens the same popover.
    await page.mouse.move(0, 0);
    await kerrTime.focus();
    await expect(page.getByRole('tooltip')).toContainText('Time of Josh Kerr');

    expect(errors).toEqual([]);
  });

  test('Back returns to the race chosen before', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    const races = page.getByRole('navigation', { name: 'Races' });
    await races.getByRole('link', { name: PARIS_FINAL }).click();
    const parisUrl = page.url();
    // Any race but the current one (`hasNot` would only look at descendants, hence the CSS).
    const other = races.locator('a:not([aria-current])').first();
    const otherName = (await other.locator('.race-link-name').textContent()) ?? '';
    await other.click();
    await expect(page.getByRole('heading', { level: 2, name: otherName })).toBeVisible();
    await page.goBack();
    expect(page.url()).toBe(parisUrl);
    await expect(page.getByRole('heading', { level: 2, name: PARIS_FINAL })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a bad address opens the races without an error', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/?view=%3Cscript%3E&race=%E0%A4%A&t=-1&speed=99');
    await expect(page.getByRole('navigation', { name: 'Races' })).toBeVisible();
    await expect(page).toHaveURL(/\?view=races$/);
    expect(errors).toEqual([]);
  });

  test('at 360 px wide the page does not scroll sideways and values still open', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Races' }).getByRole('link', { name: PARIS_FINAL }).click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const time = page.getByRole('row', { name: /Cole Hocker/ }).getByRole('button', { name: /^3:27\.65/ });
    await time.focus();
    const box = await page.getByRole('tooltip').boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 360).toBe(true);
    expect(errors).toEqual([]);
  });
});
