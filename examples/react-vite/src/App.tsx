import { useState } from 'react';
import { validateConfig } from '@candor/core';
import { CandorDeliveryNotice, CandorRating, CandorReviews } from '@candor/react';
import sample from '../../configs/pl-shoes.candor.json';

// The merchant's candor.json; in a real shop it comes from the server or the build. Checked
// here so a broken file is named on the page instead of silently showing nothing.
const checked = validateConfig(sample);
const PRODUCT = 'polbuty-kazimierz';

/** A product page that uses Candor through React: properties as props, events as `on…` props. */
export function App() {
  const [carrier, setCarrier] = useState<string>();
  const [helpful, setHelpful] = useState<string[]>([]);
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
      <section aria-labelledby="delivery-title">
        <h2 id="delivery-title">Dostawa</h2>
        <CandorDeliveryNotice config={config} carrier={carrier} onCandorCarrierChange={(event) => setCarrier(event.carrier)} />
        <p data-testid="carrier-state">{carrier ? `Wybrany przewoźnik: ${carrier}` : 'Przewoźnik domyślny'}</p>
      </section>
      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Opinie</h2>
        <CandorReviews config={config} product={PRODUCT} onCandorReviewHelpful={(event) => setHelpful((ids) => [...ids, event.reviewId])} />
        <p data-testid="helpful-state" aria-live="polite">
          {helpful.length ? `Dziękujemy! Pomocne: ${helpful.join(', ')}` : ''}
        </p>
      </section>
    </main>
  );
}
