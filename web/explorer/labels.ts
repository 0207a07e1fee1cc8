// Node labels placed without overlap, most important first. sigma's own label grid keeps one label
// per grid cell, which neither promises that the most central entities get theirs nor that two long
// labels in neighbouring cells do not cross. So sigma only hands us the candidates (every visible
// node with a label is "forced" and drawLabel records it instead of drawing), and after each render
// this module sorts them by priority (selection, path, hovered, neighbours, then PageRank) and draws
// each one at the first of a few positions around its node that overlaps no label already drawn.

/** A label sigma would draw: the node, its position and size on screen in CSS pixels. */
export interface LabelCandidate {
  readonly key: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly priority: number;
}

/** A drawn label's box on screen, in CSS pixels from the canvas's top left. */
export interface LabelBox {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const LABEL_FONT = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_SIZE = 13;
/** Empty space kept around each label, so neighbouring labels stay readable. */
const MARGIN = 2;

/** Boxes of the positions tried for a label, in order: right, left, below, above, then the four corners of the node. */
function positions(c: LabelCandidate, width: number): { x: number; y: number }[] {
  const h = LABEL_SIZE + 2 * MARGIN;
  const gap = c.size + 3;
  const corner = c.size * 0.7 + 2;
  return [
    { x: c.x + gap, y: c.y - h / 2 },
    { x: c.x - gap - width, y: c.y - h / 2 },
    { x: c.x - width / 2, y: c.y + gap },
    { x: c.x - width / 2, y: c.y - gap - h },
    { x: c.x + corner, y: c.y - corner - h },
    { x: c.x + corner, y: c.y + corner },
    { x: c.x - corner - width, y: c.y - corner - h },
    { x: c.x - corner - width, y: c.y + corner },
  ];
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Draws the candidates that fit, highest priority first, on `context` (a canvas of `width` x
 * `height` CSS pixels) outside the `reserved` boxes, and returns the boxes drawn. A label that would leave the canvas or cross
 * a label already drawn tries the next position, and is left out when none fits.
 */
export function placeLabels(
  context: CanvasRenderingContext2D,
  candidates: readonly LabelCandidate[],
  width: number,
  height: number,
  reserved: readonly LabelBox[] = [],
): LabelBox[] {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
  const drawn: LabelBox[] = [];
  const taken: LabelBox[] = [...reserved];
  context.font = LABEL_FONT;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  for (const candidate of sorted) {
    const textWidth = context.measureText(candidate.label).width;
    const boxWidth = textWidth + 2 * MARGIN;
    const boxHeight = LABEL_SIZE + 2 * MARGIN;
    for (const at of positions(candidate, boxWidth)) {
      const box = { id: candidate.key, label: candidate.label, x: at.x, y: at.y, width: boxWidth, height: boxHeight };
      if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) continue;
      if (taken.some((other) => overlaps(box, other))) continue;
      drawn.push(box);
      taken.push(box);
      // A white halo keeps the text readable over edges.
      context.strokeStyle = 'rgba(255,255,255,0.9)';
      context.lineWidth = 3;
      context.strokeText(candidate.label, box.x + MARGIN, box.y + boxHeight / 2);
      context.fillStyle = '#1f2933';
      context.fillText(candidate.label, box.x + MARGIN, box.y + boxHeight / 2);
      break;
    }
  }
  return drawn;
}

/** Draws an edge label in full (sigma's own cuts it to the edge's length), upright, on a white band. */
export function drawFullEdgeLabel(
  context: CanvasRenderingContext2D,
  edge: { readonly label?: string | null; readonly hidden?: boolean },
  source: { readonly x: number; readonly y: number },
  target: { readonly x: number; readonly y: number },
): void {
  const label = edge.label ?? '';
  if (label === '' || edge.hidden === true) return;
  let angle = Math.atan2(target.y - source.y, target.x - source.x);
  // Keep the text upright whichever way the edge points.
  if (angle > Math.PI / 2) angle -= Math.PI;
  if (angle < -Math.PI / 2) angle += Math.PI;
  context.save();
  context.translate((source.x + target.x) / 2, (source.y + target.y) / 2);
  context.rotate(angle);
  context.font = '600 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const width = context.measureText(label).width;
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.fillRect(-width / 2 - 3, -8, width + 6, 16);
  context.fillStyle = '#3e4c59';
  context.fillText(label, 0, 0);
  context.restore();
}
