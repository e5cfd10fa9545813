// The chat launcher's public component; React comes from the page (or is bundled, "+ React").
export { FloatingWhatsApp } from 'react-floating-whatsapp';
