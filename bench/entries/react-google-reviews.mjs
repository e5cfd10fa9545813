// The reviews widget's public component; React comes from the page (or is bundled, "+ React").
export { ReactGoogleReviews } from 'react-google-reviews';
