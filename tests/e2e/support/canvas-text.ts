/**
 * Records where every piece of text is drawn on each canvas, as the reader
 * sees it: the glyphs' measured box, turned and moved by the canvas transform.
 * Independent of the chart library, so a test of it checks what is on screen.
 */
import type { Page } from 'playwright-core';

/** A drawn text: its words and the four corners of its glyph box, in canvas pixels. */
export interface DrawnText {
  text: string;
  corners: [number, number][];
}

export interface CanvasTexts {
  /** The panel the canvas is in (its data-panel). */
  panel: string;
  width: number;
  height: number;
  texts: DrawnText[];
}

/** Installs the recorder; call before the page loads. A full clear starts a canvas's record afresh. */
export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const records = new WeakMap<HTMLCanvasElement, { text: string; corners: [number, number][] }[]>();
    (window as unknown as { __canvasTexts: typeof records }).__canvasTexts = records;
    const proto = CanvasRenderingContext2D.prototype;
    const { fillText, clearRect } = proto;
    proto.clearRect = function (x, y, width, height) {
      if (x <= 0 && y <= 0 && width >= this.canvas.width && height >= this.canvas.height) {
        records.set(this.canvas, []);
      }
      return clearRect.call(this, x, y, width, height);
    };
    proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      if (String(text).trim()) {
        const metrics = this.measureText(text);
        // Squeezed to maxWidth when it is given and the text is wider.
        const squeeze =
          maxWidth !== undefined && metrics.width > maxWidth && metrics.width > 0 ? maxWidth / metrics.width : 1;
        const left = x - metrics.actualBoundingBoxLeft * squeeze;
        const right = x + metrics.actualBoundingBoxRight * squeeze;
        const top = y - metrics.actualBoundingBoxAscent;
        const bottom = y + metrics.actualBoundingBoxDescent;
        const matrix = this.getTransform();
        const corners = (
          [
            [left, top],
            [right, top],
            [right, bottom],
            [left, bottom],
          ] as [number, number][]
        ).map(([px, py]) => {
          const point = matrix.transformPoint({ x: px, y: py });
          return [point.x, point.y] as [number, number];
        });
        const list = records.get(this.canvas) ?? [];
        list.push({ text: String(text), corners });
        records.set(this.canvas, list);
      }
      return fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** The text drawn on every chart canvas on the page, as last drawn. */
export function canvasTexts(page: Page): Promise<CanvasTexts[]> {
  return page.evaluate(() => {
    const records = (window as unknown as { __canvasTexts: WeakMap<HTMLCanvasElement, DrawnText[]> }).__canvasTexts;
    return [...document.querySelectorAll<HTMLCanvasElement>('[data-chart] canvas')]
      .filter((canvas) => canvas.getBoundingClientRect().width > 0)
      .map((canvas) => ({
        panel: canvas.closest('[data-panel]')?.getAttribute('data-panel') ?? '',
        width: canvas.width,
        height: canvas.height,
        texts: records.get(canvas) ?? [],
      }));
  });
}

type Point = [number, number];

/** Whether two convex polygons overlap by more than `tolerance` pixels (separating-axis test). */
export function polygonsOverlap(a: Point[], b: Point[], tolerance = 0.5): boolean {
  for (const polygon of [a, b]) {
    for (let index = 0; index < polygon.length; index += 1) {
      const [x1, y1] = polygon[index]!;
      const [x2, y2] = polygon[(index + 1) % polygon.length]!;
      const length = Math.hypot(x2 - x1, y2 - y1);
      if (length === 0) continue;
      const axis: Point = [(y1 - y2) / length, (x2 - x1) / length];
      const project = (points: Point[]) => points.map(([x, y]) => x * axis[0] + y * axis[1]);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) - tolerance <= Math.min(...pb) || Math.max(...pb) - tolerance <= Math.min(...pa)) {
        return false;
      }
    }
  }
  return true;
}

/** What is wrong with a chart's text: pieces cut off by the canvas edge, and pieces drawn over each other. */
export function textProblems(chart: CanvasTexts, tolerance = 1): string[] {
  const problems: string[] = [];
  for (const { text, corners } of chart.texts) {
    const outside = corners.some(
      ([x, y]) => x < -tolerance || y < -tolerance || x > chart.width + tolerance || y > chart.height + tolerance,
    );
    if (outside) problems.push(`"${text}" is cut off by the edge of the chart`);
  }
  chart.texts.forEach((first, index) => {
    for (const second of chart.texts.slice(index + 1)) {
      if (polygonsOverlap(first.corners, second.corners)) {
        problems.push(`"${first.text}" and "${second.text}" are drawn over each other`);
      }
    }
  });
  return problems;
}
