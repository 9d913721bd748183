import { expect, test, type Page } from '@playwright/test';

// The replay of the Paris 1500 m final, on the production build reading the bundled seeds.
// Time is faked (page.clock) so frames are deterministic: the replay is a function of time.

function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

const PARIS = /Paris 2024.*1500\s?m final/i;

/** Opens the replay on the Paris final and returns its address (with the race id the app uses). */
async function openParis(page: Page): Promise<URL> {
  await page.goto('/?view=replay');
  const picker = page.getByRole('combobox', { name: 'Race' });
  const option = picker.getByRole('option', { name: PARIS });
  const value = await option.getAttribute('value');
  if (value === null) throw new Error('the Paris final has no option value');
  await picker.selectOption(value);
  await expect(page).toHaveURL(new RegExp(`race=${value}`));
  return new URL(page.url());
}

const clock = (page: Page) => page.locator('.race-clock');
const slider = (page: Page) => page.getByRole('slider', { name: 'Race time' });

/** The runners in order of how far they have run, read from the marks the chart draws. */
async function orderOnTrack(page: Page): Promise<string[]> {
  const marks = await page.locator('svg g[data-athlete]').evaluateAll((groups) =>
    groups.map((g) => ({
      id: g.getAttribute('data-athlete') ?? '',
      x: Number(g.querySelector('circle')?.getAttribute('cx') ?? 'NaN'),
    })),
  );
  return marks.sort((a, b) => b.x - a.x).map((m) => m.id);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: 0 });
});

test('plays the Paris final to the end: Hocker, Kerr, Nuguse, Ingebrigtsen at the line', async ({ page }) => {
  const errors = trackErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openParis(page);
  await page.getByRole('radio', { name: '4×' }).check();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // 3:33.88 of race time at 4× is 53.5 s of wall time.
  await page.clock.runFor(60_000);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(clock(page)).toHaveText('3:33.88');

  const table = page.getByRole('table', { name: 'Finish order, times and gaps' });
  await expect(table.getByRole('rowheader')).toHaveText([
    'Cole Hocker',
    'Josh Kerr',
    'Yared Nuguse',
    'Jakob Ingebrigtsen',
    'Neil Gourley',
  ]);
  await expect(page.getByRole('img', { name: /Photo finish/ })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Neil Gourley crosses the line, 10th in 3:30.88.');
  expect(errors).toEqual([]);
});

test('at the winner’s time the marks on the line read Hocker, Kerr, Nuguse, Ingebrigtsen', async ({
  page,
}) => {
  const url = await openParis(page);
  url.searchParams.set('t', '207.65');
  await page.goto(url.toString());
  await expect(clock(page)).toHaveText('3:27.65');
  expect((await orderOnTrack(page)).slice(0, 4)).toEqual([
    'cole-hocker',
    'josh-kerr',
    'yared-nuguse',
    'jakob-ingebrigtsen',
  ]);
});

test('scrubs with the keyboard: arrows step a second, Home and End jump to the ends', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openParis(page);
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(clock(page)).toHaveText('3:33.88');
  await page.keyboard.press('Home');
  await expect(clock(page)).toHaveText('0.00');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '3.00 of 3:33.88');
  await page.keyboard.press('PageUp');
  await expect(clock(page)).toHaveText('13.00');
  await expect(page).toHaveURL(/t=13\.00/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('a deep link opens at its moment, speed and stretch; Back returns to the previous view', async ({
  page,
}) => {
  const url = await openParis(page);
  url.searchParams.set('t', '204.00');
  url.searchParams.set('speed', '2');
  url.searchParams.set('range', '200');
  await page.goto(url.toString());
  await expect(clock(page)).toHaveText('3:24.00');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '3:24.00 of 3:33.88');
  await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('200');
  // A link to a moment opens paused there, even without reduced motion.
  await page.clock.runFor(2000);
  await expect(clock(page)).toHaveText('3:24.00');

  await page.getByRole('combobox', { name: 'Show' }).selectOption('race');
  await expect(page).toHaveURL(/range=race/);
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('200');
  await page.getByRole('link', { name: 'Races' }).click();
  await expect(page).toHaveURL(/view=races/);
  await page.goBack();
  await expect(clock(page)).toHaveText('3:24.00');
});

test('with reduced motion nothing moves until Play; without, the replay starts by itself', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openParis(page);
  await page.clock.runFor(2000);
  await expect(clock(page)).toHaveText('0.00');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(2000);
  await expect(clock(page)).not.toHaveText('0.00');

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/?view=replay');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(1500);
  await expect(clock(page)).not.toHaveText('0.00');
});

test('the finish, looked at: a screenshot after the last runner is home', async ({ page }) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1100, height: 1000 });
  const url = await openParis(page);
  url.searchParams.set('t', '212.00');
  url.searchParams.set('range', '100');
  await page.goto(url.toString());
  await expect(page.getByRole('img', { name: /Photo finish/ })).toBeVisible();
  await page.locator('.replay-stage').screenshot({ path: 'test-results/replay-finish.png' });
  expect(errors).toEqual([]);
});
