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

const column = (page: Page, name: string) => page.getByRole('article', { name });

test('Kerr and Hocker side by side, with their head-to-head record and shared races', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/?view=compare&athletes=josh-kerr,cole-hocker');
  await expect(page.getByRole('article')).toHaveCount(2);
  const kerr = column(page, 'Josh Kerr');
  await expect(kerr.getByRole('list', { name: 'Best times' })).toContainText('3:27.79');
  await expect(kerr.getByRole('list', { name: 'Medals' })).toContainText('Silver');
  await expect(column(page, 'Cole Hocker').getByRole('list', { name: 'Medals' })).toContainText('Gold');
  await expect(column(page, 'Cole Hocker').getByRole('list', { name: 'Records' })).toContainText(
    'OR 3:27.65',
  );

  const table = page.getByRole('table', { name: /^Kerr v Hocker: Kerr 1, Hocker 2/ });
  await expect(table.getByRole('rowheader')).toHaveText([/^Tokyo 2020/, /^Grand Slam Track/, /^Paris 2024/]);
  const paris = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Paris 2024/ }) });
  await expect(paris).toContainText('1st 3:27.65');
  await expect(paris).toContainText('2nd 3:27.79');
  await page.screenshot({ path: 'test-results/compare-kerr-hocker.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('Kerr v Ingebrigtsen: 2–0, and the races Kerr missed', async ({ page }) => {
  await page.goto('/?view=compare&athletes=josh-kerr,jakob-ingebrigtsen');
  const table = page.getByRole('table', {
    name: 'Kerr v Ingebrigtsen: Kerr 2, Ingebrigtsen 0 (2 absences: no win)',
  });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: /^.*Monaco/ })).toContainText('did not run');
  await expect(table.getByRole('row').filter({ hasText: /Lausanne/ })).toContainText('did not run');
  await expect(table.getByRole('row').filter({ hasText: /Budapest 2023/ })).toContainText(
    'Kerr finished ahead of Ingebrigtsen (as reported in the text)',
  );
});

test('the athlete picker is searchable and works from the keyboard', async ({ page }) => {
  await page.goto('/?view=compare&athletes=josh-kerr,cole-hocker');
  const search = page.getByRole('combobox', { name: 'Add an athlete' });
  await search.focus();
  await page.keyboard.type('inge');
  await expect(page.getByRole('option', { name: /Jakob Ingebrigtsen/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page).toHaveURL(/athletes=josh-kerr,cole-hocker,jakob-ingebrigtsen/);
});

test('a virtual race of Ingebrigtsen in Monaco and Hocker in Paris plays and finishes in time order', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.clock.install({ time: 0 });
  await page.clock.pauseAt(1000);
  await page.goto('/?view=compare&athletes=jakob-ingebrigtsen,cole-hocker');
  await column(page, 'Jakob Ingebrigtsen').waitFor();
  const choices = page.getByRole('region', { name: 'Virtual race' });
  await choices
    .getByRole('group', { name: 'Cole Hocker' })
    .getByRole('checkbox', { name: /3:27\.65 in Paris/ })
    .check();
  await choices
    .getByRole('group', { name: 'Jakob Ingebrigtsen' })
    .getByRole('checkbox', { name: /3:26\.73 in Monaco/ })
    .check();
  await expect(page).toHaveURL(/virtual=/);
  await expect(choices.getByText(/Virtual race: never run/)).toBeVisible();

  const crossed = choices.getByRole('list', { name: 'Crossed the line' }).getByRole('listitem');
  await expect(crossed).toHaveCount(0);
  // From ten seconds before the end, at 4×: a few seconds of fake time see both runners home.
  const slider = choices.getByRole('slider', { name: /Race time/ });
  await slider.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('PageDown');
  await expect(crossed).toHaveCount(0);
  // The page's clock is paused, so Playwright's wait for a still element (two frames) would never
  // end: work the player from the keyboard, as a keyboard user does.
  await choices.getByRole('radio', { name: '4×' }).focus();
  await page.keyboard.press('Space');
  await expect(choices.getByRole('radio', { name: '4×' })).toBeChecked();
  await choices.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Enter');
  // Ten seconds before the end is about 200.65 s; 1.6 s at 4× later, 207.05 s: past 3:26.73 only.
  await page.clock.runFor(1_600);
  await expect(crossed).toHaveCount(1);
  await expect(crossed).toHaveText([/^Jakob Ingebrigtsen.*3:26\.73$/]);
  await page.clock.runFor(4_000);
  await expect(crossed).toHaveCount(2);
  await expect(crossed).toHaveText([/^Jakob Ingebrigtsen.*3:26\.73$/, /^Cole Hocker.*3:27\.65$/]);
  await page.screenshot({ path: 'test-results/compare-virtual-race.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('a shared link reopens the same comparison and virtual race', async ({ page, context }) => {
  await page.goto('/?view=compare&athletes=josh-kerr,cole-hocker');
  await page.getByRole('button', { name: 'Remove Cole Hocker' }).click();
  await page.getByRole('combobox', { name: 'Add an athlete' }).fill('ingeb');
  await page.keyboard.press('Enter');
  const virtual = page.getByRole('region', { name: 'Virtual race' });
  await virtual.getByRole('checkbox', { name: /3:27\.79 in Paris/ }).check();
  await virtual.getByRole('checkbox', { name: /3:26\.73 in Monaco/ }).check();
  const shared = page.url();
  expect(shared).toMatch(/athletes=josh-kerr,jakob-ingebrigtsen/);

  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.getByRole('article')).toHaveText([/^Josh Kerr/, /^Jakob Ingebrigtsen/]);
  const reopened = other.getByRole('region', { name: 'Virtual race' });
  await expect(reopened.getByRole('checkbox', { name: /3:27\.79 in Paris/ })).toBeChecked();
  await expect(reopened.getByRole('checkbox', { name: /3:26\.73 in Monaco/ })).toBeChecked();
  await expect(
    reopened.getByRole('table', { name: 'Finishing order of the virtual race' }).getByRole('rowheader'),
  ).toHaveText([/^Jakob Ingebrigtsen/, /^Josh Kerr/]);
});
