// HyperFormula checks a new dependency edge against every edge of its source with Array.includes: a name or cell that
// thousands of formulas read (a workbook of 10,000 objective sheets) makes building the workbook grow with the square
// of their number. An index of those long edge lists answers the check in constant time; nothing else changes.
import type { HyperFormula } from 'hyperformula';

type NodeRef = number | { idInGraph?: number };

/** The parts of HyperFormula 3's internal Graph used here; absent in another version, the index is not installed. */
interface EdgeGraph {
  edgesSparseArray: (number | undefined)[][];
  getNodeIdIfNotNumber(node: NodeRef): number | undefined;
  addEdge(from: NodeRef, to: NodeRef): void;
  removeEdge(from: NodeRef, to: NodeRef): void;
  removeEdgeIfExists(from: NodeRef, to: NodeRef): void;
}

/** Below this many edges the library's own check is as fast as a lookup. */
const INDEXED_FROM = 32;

function edgeGraphOf(hf: HyperFormula): EdgeGraph | null {
  const graph = (hf as unknown as { graph?: Partial<EdgeGraph> }).graph;
  const methods = ['getNodeIdIfNotNumber', 'addEdge', 'removeEdge', 'removeEdgeIfExists'] as const;
  if (!graph || !Array.isArray(graph.edgesSparseArray) || methods.some((name) => typeof graph[name] !== 'function')) return null;
  return graph as EdgeGraph;
}

/** Installs the index on `hf`'s dependency graph; returns whether it could (HyperFormula's internals as in 3.x). */
export function indexDependencyEdges(hf: HyperFormula): boolean {
  const graph = edgeGraphOf(hf);
  if (!graph) return false;
  const { addEdge, removeEdge, removeEdgeIfExists } = graph;
  // Per source node, its edge list (the library may replace it with a filtered copy) and the set of its targets.
  const indexes = new Map<number, { list: (number | undefined)[]; targets: Set<number> }>();
  const indexOf = (fromId: number, list: (number | undefined)[]) => {
    let index = indexes.get(fromId);
    if (!index || index.list !== list) {
      index = { list, targets: new Set(list.filter((id): id is number => id !== undefined)) };
      indexes.set(fromId, index);
    }
    return index;
  };
  graph.addEdge = function (from: NodeRef, to: NodeRef): void {
    const fromId = this.getNodeIdIfNotNumber(from);
    const toId = this.getNodeIdIfNotNumber(to);
    const list = fromId === undefined ? undefined : this.edgesSparseArray[fromId];
    if (fromId === undefined || toId === undefined || !list || list.length < INDEXED_FROM) {
      addEdge.call(this, from, to);
      return;
    }
    const index = indexOf(fromId, list);
    if (index.targets.has(toId)) return;
    list.push(toId);
    index.targets.add(toId);
  };
  const forget = (graphThis: EdgeGraph, from: NodeRef, to: NodeRef) => {
    const fromId = graphThis.getNodeIdIfNotNumber(from);
    const toId = graphThis.getNodeIdIfNotNumber(to);
    if (fromId !== undefined && toId !== undefined) indexes.get(fromId)?.targets.delete(toId);
  };
  graph.removeEdge = function (from: NodeRef, to: NodeRef): void {
    removeEdge.call(this, from, to);
    forget(this, from, to);
  };
  graph.removeEdgeIfExists = function (from: NodeRef, to: NodeRef): void {
    removeEdgeIfExists.call(this, from, to);
    forget(this, from, to);
  };
  return true;
}
