// 10,000 reviews of one product, built by a seeded generator (mulberry32) so every run times the
// same data: five languages, ratings skewed to 5 like real shops, some photos, replies, fit
// answers and verified purchases. Shared by the core timings and the render timings.
export function tenThousandReviews() {
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const TEXT = {
    pl: { authors: ['Anna Kowalska', 'Łukasz Wiśniewski', 'Zofia Nowak', 'Tomasz Wójcik'], titles: ['Wygodne od pierwszego dnia', 'Odkleiła się podeszwa', 'Dobra jakość za tę cenę', 'Za małe o pół rozmiaru'],
      sentences: ['Skóra jest miękka, szwy równe.', 'Po miesiącu noszenia podeszwa zaczęła się odklejać.', 'Kurier dostarczył paczkę następnego dnia.', 'Rozmiar 38 pasuje idealnie, polecam.', 'Żółty kolor na zdjęciu wygląda inaczej niż na żywo.'],
      replies: ['Dziękujemy za opinię! Cieszymy się, że buty się sprawdzają.', 'Bardzo przepraszamy — naprawimy buty na nasz koszt.'] },
    sl: { authors: ['Špela Čebašek', 'Žiga Kovač', 'Mojca Horvat'], titles: ['Zelo udobni čevlji', 'Dobra kakovost', 'Premajhni'],
      sentences: ['Čevlji so udobni že od prvega dne.', 'Dostava je bila hitra, paket je prišel v dveh dneh.', 'Usnje je mehko, šivi so lepi.', 'Naročite številko večjo.'],
      replies: ['Hvala za mnenje, veseli nas, da ste zadovoljni.'] },
    el: { authors: ['Μαρία Παπαδοπούλου', 'Γιώργος Ζαχαρίου', 'Ελένη Νικολάου'], titles: ['Πολύ άνετα παπούτσια', 'Καλή ποιότητα', 'Μικρό νούμερο'],
      sentences: ['Το δέρμα είναι μαλακό και οι ραφές προσεγμένες.', 'Η παράδοση έγινε σε δύο ημέρες.', 'Πάρτε ένα νούμερο μεγαλύτερο.', 'Τα φοράω όλη μέρα χωρίς πρόβλημα.'],
      replies: ['Ευχαριστούμε πολύ για την κριτική σας!'] },
    en: { authors: ['Emily Clarke', 'James O\'Brien', 'Sophie Turner'], titles: ['Comfortable from day one', 'Sole came loose', 'Runs small'],
      sentences: ['The leather is soft and the stitching neat.', 'Delivery took two days to Dublin.', 'Order half a size up.', 'I wear them all day without any trouble.'],
      replies: ['Thank you for your review, we are glad they fit well.'] },
    de: { authors: ['Jürgen Özdemir', 'Hans-Peter Müller', 'Anja Weiß'], titles: ['Sehr bequem', 'Sohle löst sich', 'Fällt klein aus'],
      sentences: ['Das Leder ist weich und die Nähte sind sauber.', 'Die Lieferung nach München dauerte drei Tage.', 'Eine halbe Größe größer bestellen.', 'Die Straße im Regen war kein Problem.'],
      replies: ['Vielen Dank für Ihre Bewertung!'] },
  };
  const LANGUAGES = ['pl', 'pl', 'pl', 'sl', 'el', 'en', 'de'];
  const RATINGS = [5, 5, 5, 5, 4, 4, 3, 2, 1, 1];
  return Array.from({ length: 10_000 }, (_, i) => {
    const locale = pick(LANGUAGES);
    const text = TEXT[locale];
    const day = 1 + Math.floor(random() * 900);
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    const review = {
      id: `r-${String(i).padStart(5, '0')}`, rating: pick(RATINGS), title: pick(text.titles),
      body: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(text.sentences)).join(' '),
      author: pick(text.authors), date, locale, product: 'botki-lena', verified: random() < 0.8,
      source: random() < 0.7 ? 'invitation' : 'on-site', helpful: Math.floor(random() * random() * 40),
    };
    if (random() < 0.4) review.fit = pick(['runs-small', 'true-to-size', 'true-to-size', 'runs-large']);
    if (random() < 0.15) review.photos = [{ src: `https://shop.example/reviews/${i}.jpg`, alt: 'Boots worn outside', width: 1200, height: 900 }];
    if (random() < 0.3) review.reply = { body: pick(text.replies), author: 'Marta', role: 'Customer care', date };
    return review;
  });
}
