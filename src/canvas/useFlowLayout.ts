import { useEffect, useMemo, useState } from "react";
import { layoutGraph, layoutKey, type GraphLayout } from "../graph/layout/layoutGraph";
import { provisionalLayout } from "../graph/layout/provisionalLayout";
import { quickLayout } from "../graph/layout/quickLayout";
import type { LayoutDirection } from "../graph/layout/toElkGraph";
import { toFlowGraph } from "../graph/toFlowGraph";
import type { FlowGraph } from "../graph/types";

const CACHE_SIZE = 24;
/** Recent layouts by structure key, so undo/redo and mode switches redraw at once. */
const cache = new Map<string, GraphLayout>();

function remember(key: string, layout: GraphLayout): void {
  cache.delete(key);
  cache.set(key, layout);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

export interface FlowLayout {
  graph: FlowGraph;
  layout: GraphLayout | undefined;
  /** The layout shown belongs to an older structure; a new one is being computed. */
  stale: boolean;
  error?: string;
}

/**
 * The graph of a definition and its ELK layout. The layout re-runs only when the structure
 * changes (see layoutKey); edits to field values keep the current positions.
 */
export function useFlowLayout(definition: unknown, direction: LayoutDirection): FlowLayout {
  const graph = useMemo(() => toFlowGraph(definition), [definition]);
  const key = useMemo(() => layoutKey(graph, direction), [graph, direction]);
  const [result, setResult] = useState<{ key: string; layout: GraphLayout } | undefined>(() => {
    const cached = cache.get(key);
    return cached ? { key, layout: cached } : undefined;
  });
  const [error, setError] = useState<string>();

  useEffect(() => {
    const cached = cache.get(key);
    if (cached) {
      setResult({ key, layout: cached });
      return;
    }
    let cancelled = false;
    void (async () => {
      try {
        const { getElk, warmUpElk } = await import("./elkInstance");
        const layout = await layoutGraph(graph, getElk(), direction);
        remember(key, layout);
        warmUpElk();
        if (!cancelled) {
          setResult({ key, layout });
          setError(undefined);
        }
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [key, graph, direction]);

  const stale = result?.key !== key;
  // While the real layout is computed, a structural edit shows at once on a stand-in layout: the
  // previous one with the edit guessed in, or, for a new small document, a quick layered layout.
  const shown = useMemo(() => {
    if (!stale) return result?.layout;
    const guessed = result ? provisionalLayout(graph, result.layout) : undefined;
    if (guessed && guessed.nodes.size >= graph.nodes.length * 0.8) return guessed;
    return quickLayout(graph) ?? guessed;
  }, [result, stale, graph]);
  const flowLayout: FlowLayout = { graph, layout: shown, stale };
  if (error !== undefined) flowLayout.error = error;
  return flowLayout;
}
