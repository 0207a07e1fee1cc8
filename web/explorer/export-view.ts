// Export of what is drawn: a PNG of the picture (sigma's WebGL and 2D layers composed on white) and
// a GEXF file of the visible entities and relations, with their positions and colours, for Gephi.
import { write } from 'graphology-gexf/browser';
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { type EdgeAttrs, type GraphView, type NodeAttrs } from './graph-view';

/** Offers `blob` as a download named `name`. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The current picture as a PNG blob. */
export async function pictureOf(sigma: Sigma<NodeAttrs, EdgeAttrs>): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const context = out.getContext('2d');
  if (context === null) throw new Error('pictureOf: no 2D canvas.');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, out.width, out.height);
  // WebGL canvases keep their pixels only until the frame is shown: render, then copy at once.
  sigma.refresh();
  for (const [name, canvas] of Object.entries(sigma.getCanvases())) {
    if (name === 'mouse') continue;
    context.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob === null ? reject(new Error('pictureOf: no PNG.')) : resolve(blob)), 'image/png'));
}

/** Downloads the picture as a PNG. */
export async function exportPng(sigma: Sigma<NodeAttrs, EdgeAttrs>): Promise<void> {
  download(await pictureOf(sigma), 'news-kg-view.png');
}

/** The visible part of the drawing as GEXF text: visible entities, and the relations that pass the filters. */
export function gexfOf(view: GraphView): string {
  const { sigma, graph } = view;
  const out = new MultiDirectedGraph();
  graph.forEachNode((node, a) => {
    const shown = sigma.getNodeDisplayData(node);
    if (shown === undefined || shown.hidden) return;
    out.addNode(node, { label: a.label, type: a.entityType, community: a.community, pagerank: a.pagerank, x: a.x, y: a.y, size: a.size, color: a.color });
  });
  graph.forEachEdge((edge, _, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    for (const relation of view.visibleRelations(edge)) {
      out.addDirectedEdgeWithKey(relation.id, relation.source.id, relation.target.id, {
        label: relation.predicate,
        role: relation.role ?? '',
        confidence: relation.confidence,
      });
    }
  });
  return write(out);
}

/** Downloads the visible part of the drawing as GEXF. */
export function exportGexf(view: GraphView): void {
  download(new Blob([gexfOf(view)], { type: 'application/xml' }), 'news-kg-view.gexf');
}
