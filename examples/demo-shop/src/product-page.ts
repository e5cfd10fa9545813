/**
 * The product page's own behaviour — what any shop theme would already have: switching the
 * picture with the colour, and an add-to-cart that asks for a size first. There is no
 * backend: the form is answered on the page, politely, through a live region.
 */

const pluralRules = new Intl.PluralRules('pl');
const PAIR_WORDS: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'para', few: 'pary', many: 'par' };

/** "1 para", "3 pary", "5 par": Polish counts shoes in pairs, with three plural forms. */
export function pairs(count: number): string {
  return `${count} ${PAIR_WORDS[pluralRules.select(count)] ?? 'pary'}`;
}

export function enhanceProductPage(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#buy-form');
  const image = root.querySelector<HTMLImageElement>('#product-image');
  const status = root.querySelector<HTMLElement>('#cart-status');
  const sizeError = root.querySelector<HTMLElement>('#size-error');
  const cartCount = root.querySelector<HTMLElement>('#cart-count-value');
  if (!form || !image || !status || !sizeError || !cartCount) return;

  let inCart = 0;

  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.name === 'kolor' && input.dataset.image) {
      // Both pictures have the same size, so swapping them moves nothing.
      image.src = input.dataset.image;
      image.alt = input.dataset.alt ?? '';
    }
    if (input.name === 'rozmiar') sizeError.hidden = true;
  });

  // The size guide's "Choose 42": select that size here, as a shop theme would.
  root.addEventListener('candor-size-selected', (event) => {
    const label = event.labels.EU ?? event.label;
    const radio = [...form.querySelectorAll<HTMLInputElement>('input[name="rozmiar"]')].find((input) => input.value === label);
    if (!radio) return;
    if (radio.disabled) {
      status.textContent = `Rozmiar ${label} jest chwilowo wyprzedany – szyjemy kolejne pary.`;
      return;
    }
    radio.checked = true;
    radio.focus();
    sizeError.hidden = true;
    status.textContent = '';
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const size = data.get('rozmiar');
    if (typeof size !== 'string') {
      sizeError.hidden = false;
      status.textContent = '';
      form.querySelector<HTMLInputElement>('input[name="rozmiar"]:not(:disabled)')?.focus();
      return;
    }
    const quantityInput = form.elements.namedItem('ilosc');
    const quantity = quantityInput instanceof HTMLInputElement ? clampQuantity(quantityInput) : 1;
    const colour = form.querySelector<HTMLInputElement>('input[name="kolor"]:checked');
    const colourName = colour?.labels?.[0]?.textContent?.trim().toLowerCase() ?? '';

    inCart += quantity;
    cartCount.textContent = String(inCart);
    status.textContent = `Dodano do koszyka: ${pairs(quantity)}, rozmiar ${size}${colourName ? `, ${colourName}` : ''}.`;
  });
}

/** Keeps the quantity within the input's own bounds, correcting what the buyer sees too. */
function clampQuantity(input: HTMLInputElement): number {
  const min = Number(input.min) || 1;
  const max = Number(input.max) || Number.POSITIVE_INFINITY;
  const value = Math.round(Number(input.value));
  const quantity = Number.isFinite(value) ? Math.min(Math.max(value, min), max) : min;
  input.value = String(quantity);
  return quantity;
}
