import { useState } from 'react';
import { validateConfig } from '@candor/core';
import { CandorContactHub, CandorDeliveryNotice, CandorPartnerBadges, CandorRating, CandorReviews, CandorSizeGuide } from '@candor/react';
import sample from '../../configs/pl-shoes.candor.json';

// The merchant's candor.json; in a real shop it comes from the server or the build. Checked
// here so a broken file is named on the page instead of silently showing nothing.
const checked = validateConfig(sample);
const PRODUCT = 'polbuty-kazimierz';

/** A product page that uses Candor through React: properties as props, events as `on…` props. */
export function App() {
  const [carrier, setCarrier] = useState<string>();
  const [helpful, setHelpful] = useState<string[]>([]);
  const [size, setSize] = useState<string>();
  if (!checked.ok) {
    return (
      <main>
        <h1>candor.json is invalid</h1>
        <ul>{checked.errors.map((error) => <li key={error.path}>{`${error.path} ${error.message}`}</li>)}</ul>
      </main>
    );
  }
  const { config } = checked;

  return (
    <main>
      <h1>Półbuty Kazimierz</h1>
      <CandorRating config={config} product={PRODUCT} />
      <section aria-labelledby="size-title">
        <h2 id="size-title">Rozmiar</h2>
        <CandorSizeGuide config={config} product={PRODUCT} onCandorSizeSelected={(event) => setSize(event.label)} />
        <p data-testid="size-state">{size ? `Wybrany rozmiar: ${size}` : 'Nie wybrano rozmiaru'}</p>
      </section>
      <section aria-labelledby="delivery-title">
        <h2 id="delivery-title">Dostawa</h2>
        <CandorDeliveryNotice config={config} carrier={carrier} onCandorCarrierChange={(event) => setCarrier(event.carrier)} />
        <p data-testid="carrier-state">{carrier ? `Wybrany przewoźnik: ${carrier}` : 'Przewoźnik domyślny'}</p>
        <CandorPartnerBadges config={config} product={PRODUCT} />
      </section>
      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Opinie</h2>
        <CandorReviews config={config} product={PRODUCT} onCandorReviewHelpful={(event) => setHelpful((ids) => [...ids, event.reviewId])} />
        <p data-testid="helpful-state" aria-live="polite">
          {helpful.length ? `Dziękujemy! Pomocne: ${helpful.join(', ')}` : ''}
        </p>
      </section>
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">Kontakt</h2>
        <CandorContactHub config={config} />
      </section>
    </main>
  );
}
