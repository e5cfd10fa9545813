import { CandorSizeGuide, SizeSelectedEvent, loadSizeGuideContent } from './size-guide/size-guide.js';
import { defineElement } from './shared/define.js';

export { CandorSizeGuide, SizeSelectedEvent, loadSizeGuideContent };

defineElement('candor-size-guide', CandorSizeGuide);

declare global {
  interface HTMLElementTagNameMap {
    'candor-size-guide': CandorSizeGuide;
  }
}
