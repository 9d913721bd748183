import { expect, test, type Page } from '@playwright/test';

// The real app on the production build, reading the bundled seed articles.

function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

const timeline = (page: Page) => page.getByRole('group', { name: 'Rivalry timeline' });

test('the rivalry timeline opens on the most-mentioned athletes', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/?view=rivalry');
  const chips = page.getByRole('list', { name: 'Athletes on the timeline' });
  await expect(chips.getByRole('listitem')).toHaveText([/Josh Kerr/, /Jakob Ingebrigtsen/, /Cole Hocker/]);
  await expect(timeline(page)).toBeVisible();
  await expect(page.getByText(/A win means finishing ahead of the other athlete/)).toBeVisible();
  await page.screenshot({ path: 'test-results/rivalry-default.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('Kerr v Hocker: Hocker leads 2–1 over Tokyo, the Grand Slam Track and Paris', async ({ page }) => {
  await page.goto('/?view=rivalry&athletes=josh-kerr,cole-hocker');
  await expect(
    timeline(page).getByRole('button', {
      name: /^Tokyo 2020.*Hocker finished ahead of Kerr \(reported in text, no results\)$/,
    }),
  ).toBeVisible();
  await expect(
    timeline(page).getByRole('button', {
      name: /^Grand Slam Track.*: Kerr 1st 3:30\.67, Hocker 2nd 3:31\.12$/,
    }),
  ).toBeVisible();
  await expect(
    timeline(page).getByRole('button', {
      name: /^Paris 2024 Olympics.*, 6 Aug 2024: Hocker 1st 3:27\.65, Kerr 2nd 3:27\.79$/,
    }),
  ).toBeVisible();

  await page.getByText('Meetings as tables').click();
  const table = page.getByRole('table', { name: /^Kerr v Hocker: Kerr 1, Hocker 2/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  // In time order: Tokyo 2021, the Grand Slam Track (before the Paris Games), Paris.
  await expect(table.getByRole('rowheader')).toHaveText([/^Tokyo 2020/, /^Grand Slam Track/, /^Paris 2024/]);
  const paris = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Paris 2024/ }) });
  await expect(paris).toContainText('1st 3:27.65');
  await expect(paris).toContainText('2nd 3:27.79');
  await expect(paris.getByRole('cell').last()).toHaveText('1–2');
  await page.screenshot({ path: 'test-results/rivalry-kerr-hocker.png', fullPage: true });
});

test('Kerr v Ingebrigtsen: Kerr leads 2–0, with Monaco and Lausanne as absences', async ({ page }) => {
  await page.goto('/?view=rivalry&athletes=josh-kerr,jakob-ingebrigtsen');
  await expect(
    timeline(page).getByRole('button', {
      name: /^Budapest 2023.*Kerr finished ahead of Ingebrigtsen \(reported in text, no results\)$/,
    }),
  ).toBeVisible();
  await expect(
    timeline(page).getByRole('button', {
      name: /^Paris 2024 Olympics.*: Kerr 2nd 3:27\.79, Ingebrigtsen 4th 3:28\.24$/,
    }),
  ).toBeVisible();
  await expect(
    timeline(page).getByRole('button', {
      name: /^Monaco.*Ingebrigtsen 1st 3:26\.73; Kerr did not run: no win counted$/,
    }),
  ).toBeVisible();
  await expect(
    timeline(page).getByRole('button', {
      name: /^Lausanne.*Ingebrigtsen 1st 3:27\.83; Kerr did not run: no win counted$/,
    }),
  ).toBeVisible();
  await page.getByText('Meetings as tables').click();
  await expect(
    page.getByRole('table', { name: 'Kerr v Ingebrigtsen: Kerr 2, Ingebrigtsen 0 (2 absences: no win)' }),
  ).toBeVisible();

  // Remarks between the rivals, with quote and source.
  await expect(
    page.locator('blockquote', {
      hasText: /For some of the runners that compete in the 1500m, it.s 16 days/,
    }),
  ).toBeVisible();
  await expect(
    page.locator('blockquote', { hasText: /He.s obviously pretty dominant in the 5,000m/ }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/rivalry-kerr-ingebrigtsen.png', fullPage: true });
});

test('selecting a meeting with times opens its replay; a narrative-only one opens its race', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/?view=rivalry&athletes=josh-kerr,cole-hocker');
  await timeline(page)
    .getByRole('button', { name: /^Paris 2024 Olympics.*Hocker 1st 3:27\.65, Kerr 2nd/ })
    .click();
  await expect(page).toHaveURL(/view=replay/);
  await expect(page).toHaveURL(/race=paris-2024/);
  await page.goBack();
  await expect(page).toHaveURL(/view=rivalry/);

  // Keyboard: tab to the Tokyo meeting and press Enter.
  const tokyo = timeline(page).getByRole('button', { name: /^Tokyo 2020/ });
  await tokyo.focus();
  await expect(
    page.getByText(
      /Hocker finished ahead of Kerr \(as reported in the text\); head-to-head Kerr 0, Hocker 1/,
    ),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=races/);
  await expect(page).toHaveURL(/race=tokyo-2020/);
  expect(errors).toEqual([]);
});

test('athletes can be removed and added back from the keyboard', async ({ page }) => {
  await page.goto('/?view=rivalry');
  await page.getByRole('button', { name: 'Remove Cole Hocker' }).click();
  await expect(page).toHaveURL(/athletes=josh-kerr,jakob-ingebrigtsen/);
  await page.getByRole('combobox', { name: 'Add an athlete' }).fill('hock');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/athletes=josh-kerr,jakob-ingebrigtsen,cole-hocker/);
  await expect(
    page.getByRole('list', { name: 'Athletes on the timeline' }).getByRole('listitem'),
  ).toHaveCount(3);
});
