import { svg, type SVGTemplateResult } from 'lit';
import type { ChartMeasurement } from '@candor/core';

/**
 * How-to-measure drawings, made for Candor: one figure seen from the front and one foot seen
 * from above, each with the line or loop of the tape for a measurement. Strokes only, in
 * `currentColor` (the figure faint, the tape full), so they follow the page's colours, dark
 * schemes and forced colours. They are decoration beside the written instruction, hidden
 * from assistive technology. All in a 60 × 120 box.
 */

// Head, neck, arms with hands, torso narrowing at the waist, legs to the ankles.
const BODY =
  'M30 4a7 7 0 1 1 0 14a7 7 0 1 1 0-14M27 18v5M33 18v5M27 23C21 24 16 25 15 29L10 56L12 62L15 57L19 38L20 50L17 62L19 112H27L30 68L33 112H41L43 62L40 50L41 38L45 57L48 62L50 56L45 29C44 25 39 24 33 23';
// A right foot from above: the sole's outline and five toes.
const FOOT =
  'M30 112C21 112 18 104 18 92C18 76 16 60 17 44C18 30 20 21 26 17C32 14 40 18 44 26C46 32 45 44 44 56C43 70 42 82 42 92C42 104 39 112 30 112ZM25 6a4 4 0 1 1 0 8a4 4 0 1 1 0-8M32.5 7a3 3 0 1 1 0 6a3 3 0 1 1 0-6M38 10.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5M42 14.5a2.2 2.2 0 1 1 0 4.4a2.2 2.2 0 1 1 0-4.4M45 19.5a1.9 1.9 0 1 1 0 3.8a1.9 1.9 0 1 1 0-3.8';

/** A loop of tape around the body: an ellipse centred on (cx, cy). */
const loop = (cx: number, cy: number, rx: number, ry: number) =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0`;
/** A straight tape from (x1, y1) to (x2, y2), with a short stop across each end. */
const span = (x1: number, y1: number, x2: number, y2: number) => {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const [nx, ny] = [((y1 - y2) / length) * 3, ((x2 - x1) / length) * 3];
  const stop = (x: number, y: number) => `M${x - nx} ${y - ny}L${x + nx} ${y + ny}`;
  return `M${x1} ${y1}L${x2} ${y2}${stop(x1, y1)}${stop(x2, y2)}`;
};

const TAPE: Readonly<Record<ChartMeasurement, string>> = {
  height: span(56, 4, 56, 112),
  head: loop(30, 9, 8, 2.5),
  neck: loop(30, 21, 5, 1.5),
  chest: loop(30, 33, 12, 3),
  bust: loop(30, 35, 12, 3.5),
  underbust: loop(30, 41, 11, 2.5),
  waist: loop(30, 50, 10.5, 2.5),
  hips: loop(30, 60, 13.5, 3),
  thigh: loop(23.5, 72, 6, 2),
  inseam: span(30, 70, 30, 112),
  armLength: span(12, 26, 6, 57),
  hand: loop(12, 59, 3.5, 1.5),
  footLength: span(52, 6, 52, 112),
  footWidth: span(15, 36, 47, 36),
};

/** The drawing for one measurement. */
export function illustration(topic: ChartMeasurement): SVGTemplateResult {
  const figure = topic === 'footLength' || topic === 'footWidth' ? FOOT : BODY;
  return svg`<path class="figure" d=${figure}></path><path class="tape" d=${TAPE[topic]}></path>`;
}
