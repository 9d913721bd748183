import { expect, test } from '@playwright/test';

// The picture the README shows: the Paris 2024 men's 1500m final, one time's quotes open.
// Saved under test-results on every run; UPDATE_DOCS_SCREENSHOT=1 refreshes the README's copy.
test('takes the README screenshot of the races view at 1280×800', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Races' })
    .getByRole('link', { name: /Paris 2024.*1500 ?m final/i })
    .click();
  const time = page.getByRole('row', { name: /Josh Kerr/ }).getByRole('button', { name: /^3:27\.79/ });
  await time.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/races.png' });
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1')
    await page.screenshot({ path: 'docs/screenshot-races.png' });
});
