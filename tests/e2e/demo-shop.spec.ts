import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectedRating, fixture, fromRoot, positionOf, sampleConfig, waitForShop, watchProblems } from './support.js';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const polishShop = sampleConfig('pl-shoes.candor.json') as { shop?: { name?: string } };
// The page sells this product: its ratings, not the whole shop's, stand next to its name.
const polishRating = expectedRating(polishShop, 'polbuty-kazimierz');

test.beforeAll(() => {
  if (!existsSync(fromRoot('examples/demo-shop/dist/main.js'))) {
    throw new Error('examples/demo-shop/dist/main.js is missing: run `npm run build` before the end-to-end tests.');
  }
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers `pathname` on the shop's origin with `body`, as if the server had the file. */
async function serveFixture(page: Page, pathname: string, body: string): Promise<void> {
  // A predicate, not a glob: the page's own URL ends with the same path in its query.
  await page.route((url) => url.pathname === pathname, (route) => route.fulfill({ body, contentType: 'application/json' }));
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

test.describe('the product page', () => {
  test('is a real document: title, language, description and landmarks', async ({ page }) => {
    await page.goto('/');
    const shopName = polishShop.shop?.name;
    expect(shopName, 'the sample config names the shop').toBeTruthy();

    await expect(page).toHaveTitle(new RegExp(escapeRegExp(String(shopName))));
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^.{50,160}$/);
    await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /width=device-width/);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Kategorie' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Ścieżka' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toContainText(String(shopName));
  });

  test('shows the average of the product\'s reviews next to the title, readable as one phrase', async ({ page }) => {
    await page.goto('/');
    const rating = page.locator('.rating-row candor-rating');
    const image = rating.getByRole('img');
    await expect(image).toHaveAccessibleName(new RegExp(`${polishRating.shown}.*${polishRating.count}`));
    await expect(rating.locator('[part="value"]')).toHaveText(polishRating.shown);
    await expect(page.getByRole('link', { name: 'Przeczytaj opinie' })).toHaveAttribute('href', '#opinie');
    await expect(page.locator('#opinie candor-rating[part="average"]').getByRole('img')).toHaveAccessibleName(
      new RegExp(polishRating.shown),
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 AA violations in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await waitForShop(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('loads and runs without console errors, warnings, failed requests or CSP violations', async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto('/');
    await waitForShop(page);
    await page.getByRole('radio', { name: '42', exact: true }).check();
    await page.getByRole('button', { name: 'Dodaj do koszyka' }).click();
    await expect(page.locator('#cart-status')).toContainText('Dodano do koszyka');
    expect(problems).toEqual({ errors: [], warnings: [], failedRequests: [] });
  });

  test('does not shift the layout while the elements load and upgrade (CLS 0)', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: { value: number; hadRecentInput: boolean }[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push(entry as unknown as (typeof shifts)[number]);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Scripts arrive late, as on a real network, so the page paints before the elements upgrade.
    await page.route(
      (url) => url.pathname.startsWith('/dist/'),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      },
    );
    await page.goto('/');
    await waitForShop(page);
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) =>
          // Two frames: any shift from the last render has been reported by then.
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve(
                (window as unknown as { layoutShifts: { value: number; hadRecentInput: boolean }[] }).layoutShifts
                  .filter((shift) => !shift.hadRecentInput)
                  .map((shift) => shift.value),
              ),
            ),
          ),
        ),
    );
    expect(shifts).toEqual([]);
  });

  test('has the delivery notice written in by the server, and keeps its box when the element upgrades', async ({ browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const before = await noScript.newPage();
    await before.goto('/');
    const fallback = before.locator('candor-delivery-notice > [slot="fallback"]');
    const fallbackLines = await fallback.allTextContents();
    // Headline, arrival, the measured on-time rate and the carrier: the sample serves Poland with two carriers.
    expect(fallbackLines).toHaveLength(4);
    const boxBefore = await before.locator('candor-delivery-notice').boundingBox();
    await noScript.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await waitForShop(page);
    const notice = page.locator('candor-delivery-notice');
    await expect(notice.locator('[part="arrival"]')).toBeVisible();
    expect(await notice.locator('[part="arrival"]').textContent()).toBe(fallbackLines[1]);
    expect(await notice.locator('select').inputValue()).not.toBe('');
    const boxAfter = await notice.boundingBox();
    expect(boxAfter!.height).toBeCloseTo(boxBefore!.height, 0);
    expect(boxAfter!.y).toBeCloseTo(boxBefore!.y, 0);
    await context.close();
  });

  test('describes the offer in JSON-LD that matches what the page shows', async ({ page }) => {
    await page.goto('/');
    await waitForShop(page);
    const product = JSON.parse((await page.locator('script#product-json-ld').textContent())!);
    expect(product).toMatchObject({ '@type': 'Product', offers: { '@type': 'Offer', priceCurrency: 'PLN' } });
    expect(product.aggregateRating).toMatchObject({ ratingValue: polishRating.average, reviewCount: polishRating.count });
    const shipping = product.offers.shippingDetails;
    expect(shipping.shippingDestination.addressCountry).toBe('PL');
    // The notice's carrier delivers in Poland in 1–2 days from a same-day dispatch (sample config).
    expect(shipping.deliveryTime.transitTime).toMatchObject({ minValue: 1, maxValue: 2, unitCode: 'DAY' });
    expect(shipping.deliveryTime.handlingTime).toMatchObject({ minValue: 0, maxValue: 0 });
    expect(shipping.deliveryTime.cutoffTime).toMatch(/^(14|12):00:00\+0[12]:00$/);
    const carrier = await page.locator('candor-delivery-notice select').inputValue();
    const fee = (sampleConfig('pl-shoes.candor.json') as { partners: { couriers: { id: string; fee?: { amount: number } }[] } })
      .partners.couriers.find((courier) => courier.id === carrier)?.fee;
    expect(shipping.shippingRate?.value).toBe(fee?.amount);
  });

  test('shows the shop\'s payment and courier partners with their fees, and what each means by keyboard', async ({ page }) => {
    type Partner = { id?: string; name?: string; fee?: { amount: number } };
    const { partners } = sampleConfig('pl-shoes.candor.json') as { partners: { payment: Partner[]; couriers: Partner[] } };
    await page.goto('/');
    await waitForShop(page);
    const badges = page.locator('candor-partner-badges');
    const payment = badges.getByRole('list', { name: 'Metody płatności' });
    const couriers = badges.getByRole('list', { name: 'Formy dostawy' });
    await expect(payment.getByRole('listitem')).toHaveCount(partners.payment.length);
    await expect(couriers.getByRole('listitem')).toHaveCount(partners.couriers.length);
    // Cash on delivery: its Polish name and its fee, on the badge itself.
    await expect(payment.getByRole('listitem').filter({ hasText: 'Płatność przy odbiorze' })).toContainText(/Opłata: 5,00\s?zł/);
    await expect(couriers.getByRole('listitem').filter({ hasText: 'InPost Paczkomaty' })).toContainText(/Dostawa: 12,99\s?zł/);

    const summary = badges.locator('summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(badges.locator('details').first()).toHaveJSProperty('open', true);
    await expect(badges.getByText('Zapłać za 30 dni bez dodatkowych kosztów')).toBeVisible();
    await expect(badges.getByRole('link', { name: 'Regulamin PayPo' })).toHaveAttribute('href', 'https://www.paypo.pl');
    expect(await axeViolations(page)).toEqual([]);

    // Search engines read the same payment methods in the Offer's JSON-LD.
    const product = JSON.parse((await page.locator('script#product-json-ld').textContent())!);
    const shown = await payment.locator('[part="name"]').allTextContents();
    expect(product.offers.acceptedPaymentMethod.map((method: { name: string }) => method.name)).toEqual(shown);
    expect(product.offers.acceptedPaymentMethod).toContainEqual({ '@type': 'PaymentCard', name: 'Visa' });
  });

  test('lets the keyboard reach every control once, in reading order', async ({ page }) => {
    await page.addInitScript(() => {
      const describe = (focused: Element | null): string => {
        // Focus inside an element's shadow root shows on its host: follow it down.
        let element = focused;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        if (!element || element === document.body) return 'body';
        if (element instanceof HTMLInputElement && element.type === 'radio') return `radio ${element.name}=${element.value}`;
        const text = element.textContent?.trim().replace(/\s+/g, ' ') ?? '';
        return `${element.localName} ${element.getAttribute('href') ?? element.id} ${text}`;
      };
      // What Tab should reach: links, enabled buttons and fields, one stop per radio group
      // (its checked radio, else its first enabled one), in document order.
      const expectedStops = (): string[] => {
        const groups = new Set<string>();
        const stops: string[] = [];
        // Document order, with each element's shadow root in its place (the elements' controls live there).
        const focusables = (root: Document | ShadowRoot): HTMLElement[] =>
          [...root.querySelectorAll<HTMLElement>('*')].flatMap((element) => [
            ...(element.matches('a[href], button, input, select, textarea, summary') ? [element] : []),
            ...(element.shadowRoot ? focusables(element.shadowRoot) : []),
          ]);
        for (const element of focusables(document)) {
          // Disabled, hidden, or inside a closed dialog (a photo viewer waiting to open): not a tab stop.
          if ((element as HTMLInputElement).disabled || element.closest('[hidden], dialog:not([open])')) continue;
          // Inside a closed <details> only its summary takes focus (the partner badges' disclosures).
          if (element.closest('details:not([open])') && element.closest('details:not([open]) > summary') !== element) continue;
          if (element instanceof HTMLInputElement && element.type === 'radio') {
            if (groups.has(element.name)) continue;
            groups.add(element.name);
            const group = [...(element.getRootNode() as ParentNode).querySelectorAll<HTMLInputElement>(`input[name="${element.name}"]:not(:disabled)`)];
            stops.push(describe(group.find((radio) => radio.checked) ?? group[0] ?? null));
          } else {
            stops.push(describe(element));
          }
        }
        return stops;
      };
      Object.assign(window, { tabStops: { describe, expectedStops } });
    });
    type TabStops = { describe(element: Element | null): string; expectedStops(): string[] };
    await page.goto('/');
    await waitForShop(page);

    const expected = await page.evaluate(() => (window as unknown as { tabStops: TabStops }).tabStops.expectedStops());
    const reached: string[] = [];
    for (let step = 0; step <= expected.length; step++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() =>
        (window as unknown as { tabStops: TabStops }).tabStops.describe(document.activeElement),
      );
      if (stop === 'body' || stop === reached[0]) break;
      reached.push(stop);
    }
    expect(expected.length).toBeGreaterThan(15);
    expect(reached).toEqual(expected);
  });

  test('has a size guide by the size picker that finds a size from a foot length and selects it', async ({ page }) => {
    // The sample's men's chart: EU 42 fits feet of 268–273 mm (examples/configs/pl-shoes.candor.json).
    const chart = (sampleConfig('pl-shoes.candor.json') as { sizeGuide: { charts: { name: string; products?: string[]; sizes: { labels: { EU: string }; footLength: [number, number] }[] }[] } })
      .sizeGuide.charts.find((each) => each.products?.includes('polbuty-kazimierz'))!;
    const size = chart.sizes.find(({ footLength: [min, max] }) => min <= 270 && 270 <= max)!.labels.EU;
    await page.goto('/');
    await waitForShop(page);
    const trigger = page.locator('candor-size-guide').getByRole('button', { name: 'Tabela rozmiarów' });

    // Escape closes it and gives focus back.
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: chart.name });
    await expect(dialog).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');

    await trigger.click();
    await expect(dialog.getByRole('table', { name: new RegExp(escapeRegExp(chart.name)) })).toBeVisible();
    await expect(dialog.getByRole('row')).toHaveCount(chart.sizes.length + 1);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Długość stopy (cm)' }).fill('27');
    await dialog.getByRole('button', { name: 'Znajdź mój rozmiar' }).click();
    await expect(dialog.locator('[part="headline"]')).toHaveText(`Twój rozmiar: ${size}`);
    // The sample labels EU sizes only: the standard UK and US sizes are added as estimates.
    await expect(dialog.locator('[part="standard"] li')).toHaveText(['UK 8,5', 'US męskie 9,5', 'Mondopoint 270']);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: `Wybierz ${size}` }).click();
    await expect(dialog).toBeHidden();
    const radio = page.getByRole('radio', { name: size, exact: true });
    await expect(radio).toBeChecked();
    await expect(radio).toBeFocused();
  });

  test('asks for a size before adding to the cart, then confirms politely', async ({ page }) => {
    await page.goto('/');
    const add = page.getByRole('button', { name: 'Dodaj do koszyka' });
    await add.click();
    await expect(page.locator('#size-error')).toBeVisible();
    await expect(page.getByRole('radio', { name: '40', exact: true })).toBeFocused();
    await expect(page.locator('#cart-count-value')).toHaveText('0');

    await page.getByRole('radio', { name: 'Czekolada' }).check();
    await expect(page.locator('#product-image')).toHaveAttribute('src', /kazimierz-czekolada\.svg$/);
    await expect(page.locator('#product-image')).toHaveAttribute('alt', /czekoladowym/);
    await expect(page.getByRole('radio', { name: /^46/ })).toBeDisabled();
    await page.getByRole('radio', { name: '43', exact: true }).check();
    await expect(page.locator('#size-error')).toBeHidden();
    await page.getByLabel('Ilość').fill('3');
    await add.click();

    await expect(page.locator('#cart-status')).toHaveText('Dodano do koszyka: 3 pary, rozmiar 43, czekolada.');
    await expect(page.locator('#cart-count-value')).toHaveText('3');
  });
});

test.describe('the config preview (/?config=URL)', () => {
  test('applies a valid config to every element and says so', async ({ page }) => {
    const slovenian = expectedRating(sampleConfig('si-outdoor.candor.json'));
    expect(slovenian, 'the two samples must differ for this test to prove anything').not.toEqual(polishRating);

    await page.goto('/?config=/configs/si-outdoor.candor.json');
    await expect(page.getByRole('status').filter({ hasText: 'Podgląd konfiguracji' })).toContainText(
      '/configs/si-outdoor.candor.json',
    );
    // The ratings that sum up the reviews: beside the title, and the reviews' own average.
    for (const rating of [page.locator('.rating-row candor-rating'), page.locator('candor-reviews candor-rating[part="average"]')]) {
      await expect(rating.getByRole('img')).toHaveAccessibleName(new RegExp(`${slovenian.shown}.*${slovenian.count}`));
    }
    await expect(page.locator('.config-problems')).toHaveCount(0);
  });

  test('lists a JSON syntax error with its line and column', async ({ page }) => {
    const text = fixture('broken-syntax.candor.json');
    await serveFixture(page, '/e2e-fixtures/broken-syntax.candor.json', text);
    await page.goto('/?config=/e2e-fixtures/broken-syntax.candor.json');

    const panel = page.locator('.config-problems');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    // The comma is missing before "currency": that key is where the parser stops.
    const { line, column } = positionOf(text, '"currency"');
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await expect(panel.getByRole('listitem')).toContainText(`${line}:${column}`);
    // The rest of the page goes on with the sample config.
    await expect(page.locator('.rating-row [part="value"]')).toHaveText(polishRating.shown);
  });

  test('lists each schema error as line:column, JSON pointer and message, as text only', async ({ page }) => {
    const text = fixture('invalid.candor.json');
    await serveFixture(page, '/e2e-fixtures/invalid.candor.json', text);
    await page.goto('/?config=/e2e-fixtures/invalid.candor.json');

    const panel = page.locator('.config-problems');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    const url = positionOf(text, '"javascript:alert(1)"');
    await expect(panel.getByRole('listitem').filter({ hasText: '/shop/url' })).toContainText(`${url.line}:${url.column} /shop/url`);
    const currency = positionOf(text, '"<img');
    await expect(panel.getByRole('listitem').filter({ hasText: '/shop/currency' })).toContainText(
      `${currency.line}:${currency.column} /shop/currency`,
    );
    await expect(panel.getByRole('listitem').filter({ hasText: 'revews' })).toHaveCount(1);

    // Whatever the config holds stays text: no element was made from it, no script ran.
    await expect(panel.locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    await expect(page.locator('.rating-row [part="value"]')).toHaveText(polishRating.shown);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('reports an HTTP error', async ({ page }) => {
    await page.goto('/?config=/configs/no-such-shop.candor.json');
    await expect(page.locator('.config-problems')).toContainText('HTTP 404');
    await expect(page.locator('.rating-row [part="value"]')).toHaveText(polishRating.shown);
  });

  test('gives up on a server that never answers, after the time-out, with a message', async ({ page }) => {
    await page.clock.install();
    // Never fulfilled: the request hangs as long as the page lives.
    await page.route((url) => url.pathname === '/e2e-fixtures/hangs.candor.json', () => undefined);
    await page.goto('/?config=/e2e-fixtures/hangs.candor.json');
    await expect(page.getByRole('status').filter({ hasText: 'Wczytywanie konfiguracji' })).toBeVisible();
    await expect(page.locator('.config-problems')).toHaveCount(0);

    await page.clock.fastForward(10_000);
    await expect(page.locator('.config-problems')).toContainText('nie odpowiedział w ciągu 10 s');
    await expect(page.locator('.rating-row [part="value"]')).toHaveText(polishRating.shown);
  });

  test('refuses URLs that are not http(s) and never fetches them', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      await page.goto(`/?config=${encodeURIComponent(url)}`);
      await expect(page.locator('.config-problems')).toContainText('http');
    }
    expect(requested.filter((url) => !url.startsWith('http://localhost'))).toEqual([]);
  });
});
