import {
  Background,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore as useFlowStore,
  type NodeChange,
  type OnMove,
  type OnNodeDrag,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from "react";
import { addBranch } from "../asl/edit/addBranch";
import { insertFragment } from "../asl/edit/insertFragment";
import { moveState } from "../asl/edit/moveState";
import { removeBranch } from "../asl/edit/removeBranch";
import { renameState } from "../asl/edit/renameState";
import { getOwn, isJsonObject } from "../asl/json";
import { CANVAS_COMMANDS, type CanvasCommandContext } from "../commands/canvasCommands";
import { useRegisterCommands } from "../commands/CommandRegistry";
import { isTextInput, matchesChord } from "../commands/keys";
import { findDropTarget, type DropTarget } from "../graph/findDropTarget";
import { moveForKey, navigate } from "../graph/keyboardNavigation";
import { PALETTE_DRAG_TYPE, paletteItemFragment } from "../palette/paletteDrag";
import { isEditable } from "../store/createStudioStore";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { useRun } from "../simulator/useRun";
import { useRunOverlay } from "../simulator/useRunOverlay";
import { CanvasContext, type CanvasInteraction } from "./CanvasContext";
import { CanvasToolbar } from "./CanvasToolbar";
import { ContextMenu, type ContextMenuState } from "./ContextMenu";
import { RoutedEdge } from "./edges/RoutedEdge";
import { nodeTypes } from "./nodes/nodeTypes";
import { RunLegend } from "./RunLegend";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { toReactFlow, type CanvasEdge, type CanvasNode, type CanvasRunState } from "./toReactFlow";
import { useFlowLayout } from "./useFlowLayout";
import { shallowEqual, useStableElements } from "./useStableElements";
import "./canvas.css";

const edgeTypes = { routed: RoutedEdge };

/** `compact`: the graph pane beside the code editor, without the minimap. */
export function DesignCanvas({ compact = false }: { compact?: boolean }) {
  return (
    <ReactFlowProvider>
      <FlowCanvas compact={compact} />
    </ReactFlowProvider>
  );
}

function FlowCanvas({ compact }: { compact: boolean }) {
  const store = useStudioStore();
  const definition = useStudio((s) => s.definition);
  const diagnostics = useStudio((s) => s.diagnostics);
  const selection = useStudio((s) => s.selection);
  const direction = useStudio((s) => s.layoutDirection);
  const readOnly = useStudio((s) => !isEditable(s));
  const parseError = useStudio((s) => s.parse.problems.find((p) => p.fatal));
  const textBroken = useStudio((s) => s.parse.value === undefined);
  const notAMachine = useStudio((s) => s.parse.value !== undefined && !(isJsonObject(s.parse.value) && isJsonObject(getOwn(s.parse.value, "States"))));
  const codeModeOffered = useStudio((s) => s.features.codeMode);
  const flow = useReactFlow();
  // Dashed strokes shrink to sub-pixel dashes when zoomed out, and rasterising thousands of them
  // made panning a 1,000-state graph run at 3 fps; below half size the dashes go (colour stays).
  const zoomedOut = useFlowStore((s) => s.transform[2] < 0.5);
  const { graph, layout, error, stale } = useFlowLayout(definition, direction);
  const overlay = useRunOverlay();
  const breakpoints = useRun((s) => s.breakpoints);
  const pausedAt = useRun((s) => s.paused?.pointer);
  const runState: CanvasRunState = useMemo(() => ({ overlay, breakpoints, pausedAt }), [overlay, breakpoints, pausedAt]);

  const [dropTarget, setDropTarget] = useState<DropTarget>();
  const [dragPositions, setDragPositions] = useState<Map<string, { x: number; y: number }>>(new Map());
  const [renaming, setRenaming] = useState<string>();
  const [renameError, setRenameError] = useState<string>();
  const [menu, setMenu] = useState<ContextMenuState>();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  // Where the last arrow key went and from which state, so ← → keep to the siblings the person came through.
  const navigation = useRef<{ at: string; source: string | undefined }>(undefined);

  const unselected = useMemo(() => (layout ? toReactFlow(graph, layout, diagnostics, [], runState) : { nodes: [], edges: [] }), [graph, layout, diagnostics, runState]);
  // Selection changes often (every click): apply it on top instead of rebuilding every node.
  const base = useMemo(() => {
    if (selection.length === 0) return unselected;
    const selected = new Set(selection);
    return { edges: unselected.edges, nodes: unselected.nodes.map((n) => (selected.has(n.id) ? ({ ...n, selected: true } as CanvasNode) : n)) };
  }, [unselected, selection]);
  const positioned = useMemo(
    () => (dragPositions.size === 0 ? base.nodes : base.nodes.map((n) => (dragPositions.has(n.id) ? ({ ...n, position: dragPositions.get(n.id) as { x: number; y: number } } as CanvasNode) : n))),
    [base.nodes, dragPositions],
  );
  const nodes = useStableElements(positioned, sameNode);
  const edges = useStableElements(base.edges, sameEdge);

  // Fit the whole workflow when the first layout arrives, and when a different document is
  // loaded (few of the previous states remain); ordinary edits keep the viewport. States are
  // compared, not layout nodes: every document has the same Start and End markers.
  const previousStates = useRef<Set<string>>(undefined);
  const fitPending = useRef(false);
  // A pan or zoom by the person (an event; programmatic moves have none) cancels a pending fit.
  const stopPendingFit = useCallback<OnMove>((event) => {
    if (event) fitPending.current = false;
  }, []);
  useEffect(() => {
    const ids = graph.nodes.filter((n) => n.kind === "state").map((n) => n.id);
    const before = previousStates.current;
    const kept = before ? ids.filter((id) => before.has(id)).length : 0;
    if (!before || before.size === 0 || kept < Math.min(ids.length, before.size) * 0.2) fitPending.current = true;
    previousStates.current = new Set(ids);
  }, [graph]);
  // A new layout direction moves every state: the old view would show part of the workflow.
  const previousDirection = useRef(direction);
  useEffect(() => {
    if (direction !== previousDirection.current) fitPending.current = true;
    previousDirection.current = direction;
  }, [direction]);
  useEffect(() => {
    if (!layout || !fitPending.current) return;
    requestAnimationFrame(() => void flow.fitView({ padding: 0.1, maxZoom: 1 }));
    // A stand-in layout is fitted, and fitted again once ELK's layout arrives, unless the
    // person has moved the view in between.
    if (!stale) fitPending.current = false;
  }, [layout, stale, flow]);

  // A new run: show the whole workflow, so the run can be followed (the bottom panel may have grown).
  const runId = useRun((s) => s.run?.runId);
  useEffect(() => {
    if (runId) requestAnimationFrame(() => void flow.fitView({ padding: 0.12, maxZoom: 1, duration: 200 }));
  }, [runId, flow]);

  const focusCanvas = () => wrapper.current?.focus({ preventScroll: true });

  /**
   * Focus follows keyboard navigation, so Enter, F2 or Delete act on the state just reached. The
   * canvas holds the keyboard while the node is not drawn yet, and a node scrolled out of view
   * drops its focus to the page: either way the node takes it as soon as it is there, unless the
   * person has moved on (another state, or out of the canvas).
   */
  const focusState = (pointer: string) => {
    const active = document.activeElement;
    const ours = active === null || active === document.body || wrapper.current?.contains(active) === true;
    if (!ours || store.getState().selection[0] !== pointer) return;
    const element = wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(pointer)}"]`);
    if (element) element.focus({ preventScroll: true });
    else focusCanvas();
  };

  const interaction: CanvasInteraction = useMemo(
    () => ({
      renaming,
      renameError,
      dropTarget,
      readOnly,
      startRename: (pointer) => {
        if (readOnly) return;
        setRenameError(undefined);
        setRenaming(pointer);
      },
      commitRename: (pointer, name) => {
        try {
          store.getState().applyEdit((d) => renameState(d, pointer, name.trim()));
          setRenaming(undefined);
          setRenameError(undefined);
          focusCanvas();
          return true;
        } catch (e) {
          setRenameError(e instanceof Error ? e.message : String(e));
          return false;
        }
      },
      cancelRename: () => {
        setRenaming(undefined);
        setRenameError(undefined);
      },
      addBranch: (pointer) => store.getState().applyEdit((d) => addBranch(d, pointer)),
      removeBranch: (pointer, index) => store.getState().applyEdit((d) => removeBranch(d, pointer, index)),
      toggleBreakpoint: (pointer) => store.getState().run.getState().toggleBreakpoint(pointer),
    }),
    [renaming, renameError, dropTarget, readOnly, store],
  );

  const commandContext: CanvasCommandContext = useMemo(
    () => ({
      store,
      graph,
      zoomIn: () => {
        fitPending.current = false;
        void flow.zoomIn({ duration: 150 });
      },
      zoomOut: () => {
        fitPending.current = false;
        void flow.zoomOut({ duration: 150 });
      },
      fitView: () => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 }),
      centre: () => {
        fitPending.current = false;
        const [pointer] = store.getState().selection;
        const box = pointer ? layout?.nodes.get(pointer) : undefined;
        if (box) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 200 });
        else void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 });
      },
      startRename: interaction.startRename,
      openShortcuts: () => setShortcutsOpen(true),
    }),
    [store, graph, flow, layout, interaction.startRename],
  );

  useRegisterCommands(
    CANVAS_COMMANDS.map((command) => ({
      id: `canvas.${command.id}`,
      label: command.label,
      group: "Canvas",
      keys: command.keys,
      isEnabled: () => command.isEnabled(commandContext),
      run: () => command.run(commandContext),
    })),
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      let next: Set<string> | undefined;
      const positions = new Map(dragPositions);
      let moved = false;
      for (const change of changes) {
        if (change.type === "select") {
          next ??= new Set(store.getState().selection);
          if (change.selected) next.add(change.id);
          else next.delete(change.id);
        } else if (change.type === "position" && change.position && change.dragging) {
          positions.set(change.id, change.position);
          moved = true;
        }
      }
      if (next) store.getState().select([...next]);
      if (moved) setDragPositions(positions);
    },
    [store, dragPositions],
  );

  const pointerToFlow = (event: { clientX: number; clientY: number }) => flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
  const dragPoint = (event: globalThis.MouseEvent | globalThis.TouchEvent) => pointerToFlow("touches" in event ? (event.changedTouches[0] ?? { clientX: 0, clientY: 0 }) : event);

  const onNodeDrag: OnNodeDrag<CanvasNode> = (event, node) => {
    if (!layout || readOnly) return;
    setDropTarget(findDropTarget(graph, layout, dragPoint(event), node.id));
  };

  const onNodeDragStop: OnNodeDrag<CanvasNode> = (event, node) => {
    const target = layout && !readOnly ? findDropTarget(graph, layout, dragPoint(event), node.id) : undefined;
    setDropTarget(undefined);
    setDragPositions(new Map());
    if (target) store.getState().applyEdit((d) => moveState(d, node.id, target.kind === "edge" ? { kind: "edge", fieldPointer: target.fieldPointer } : { kind: "scope", scopePointer: target.scopePointer }));
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE) || !layout || readOnly) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    const target = findDropTarget(graph, layout, pointerToFlow(event));
    setDropTarget((current) => (sameTarget(current, target) ? current : target));
  };

  const onDrop = (event: DragEvent) => {
    const itemId = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
    const target = layout ? findDropTarget(graph, layout, pointerToFlow(event)) : undefined;
    setDropTarget(undefined);
    if (!itemId || !target || readOnly) return;
    event.preventDefault();
    const fragment = paletteItemFragment(itemId);
    if (!fragment) return;
    store.getState().applyEdit((d) => insertFragment(d, target.kind === "edge" ? { kind: "edge", fieldPointer: target.fieldPointer } : { kind: "scope", scopePointer: target.scopePointer }, fragment));
    focusCanvas();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isTextInput(event.target)) return;
    const move = event.ctrlKey || event.metaKey || event.altKey ? undefined : moveForKey(event.key, direction);
    if (move) {
      const [current] = store.getState().selection;
      if (!current) return;
      const cameFrom = navigation.current?.at === current ? navigation.current.source : undefined;
      const step = navigate(definition, current, move, cameFrom);
      if (!step) return;
      event.preventDefault();
      navigation.current = { at: step.target, source: step.source };
      store.getState().select([step.target]);
      const box = layout?.nodes.get(step.target);
      const centred = box ? flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: flow.getZoom(), duration: 150 }) : Promise.resolve(true);
      requestAnimationFrame(() => focusState(step.target));
      // Only visible nodes are drawn: one out of view exists once the view has moved to it.
      void centred.then(() => requestAnimationFrame(() => focusState(step.target)));
      return;
    }
    if (event.key === "Enter" && !event.ctrlKey && !event.metaKey && !event.altKey && store.getState().selection.length > 0) {
      // Enter opens the selected state in the inspector: focus moves to its current tab.
      const panel = wrapper.current?.closest('[data-testid="studio"]')?.querySelector<HTMLElement>('section[aria-label="Inspector"]');
      const inspector = panel?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? panel?.querySelector<HTMLElement>("input, select, textarea, button");
      if (inspector) {
        event.preventDefault();
        inspector.focus();
        return;
      }
    }
    const command = CANVAS_COMMANDS.find((c) => c.keys.some((k) => matchesChord(event, k)));
    if (!command || !command.isEnabled(commandContext)) return;
    event.preventDefault();
    event.stopPropagation();
    command.run(commandContext);
    // A deleted or cut node took focus with it: keep the keyboard on the canvas.
    requestAnimationFrame(() => {
      if (!wrapper.current?.contains(document.activeElement)) focusCanvas();
    });
  };

  const onNodeContextMenu = (event: MouseEvent, node: CanvasNode) => {
    if (node.type !== "state" && node.type !== "container") return;
    event.preventDefault();
    if (!store.getState().selection.includes(node.id)) store.getState().select([node.id]);
    setMenu({ x: event.clientX, y: event.clientY, kind: "state", pointer: node.id, isParallel: node.data.stateType === "Parallel" });
  };

  const onPaneContextMenu = (event: MouseEvent | globalThis.MouseEvent) => {
    event.preventDefault();
    setMenu({ x: event.clientX, y: event.clientY, kind: "pane" });
  };

  return (
    <CanvasContext.Provider value={interaction}>
      <div className={`flow-canvas${readOnly ? " is-read-only" : ""}${zoomedOut ? " is-zoomed-out" : ""}`} ref={wrapper} tabIndex={0} onKeyDown={onKeyDown} aria-label="Workflow graph" role="application" data-testid="canvas" data-layout={stale ? "pending" : "ready"} data-node-count={graph.nodes.length}>
        <svg className="flow-defs" aria-hidden="true" width="0" height="0">
          <defs>
            <marker id="asl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
            </marker>
            <marker id="asl-arrow-taken" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="arrow-head is-taken" />
            </marker>
          </defs>
        </svg>
        <CanvasToolbar context={commandContext} />
        <div className="flow-canvas-area">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onNodeDoubleClick={(_, node) => (node.type === "state" || node.type === "container") && interaction.startRename(node.id)}
          onNodeContextMenu={onNodeContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          onPaneClick={() => {
            store.getState().select([]);
            setMenu(undefined);
          }}
          onDragOver={onDragOver}
          onDrop={onDrop}
          onDragLeave={(event) => {
            if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as globalThis.Node | null)) setDropTarget(undefined);
          }}
          nodesDraggable={!readOnly}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          elevateNodesOnSelect={false}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={["Shift", "Meta", "Control"]}
          selectionOnDrag={false}
          minZoom={0.05}
          maxZoom={2}
          onlyRenderVisibleElements
          onMoveStart={stopPendingFit}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={20} size={1} />
          {!compact && <MiniMap pannable zoomable ariaLabel="Minimap" style={{ width: 160, height: 110 }} />}
        </ReactFlow>
        </div>
        {overlay && <RunLegend />}
        {textBroken && (
          <div className="canvas-banner" role="status" data-testid="read-only-banner">
            {parseError ? `Line ${parseError.line}, column ${parseError.column}: ${parseError.message}. ` : "The definition cannot be read. "}
            The graph shows the last valid version, read-only, until the text is fixed.
          </div>
        )}
        {notAMachine && (
          <div className="canvas-banner is-error" role="alert" data-testid="not-a-machine-banner">
            This document is not a state machine: it has no <code>States</code> object, so there is nothing to draw.
            {codeModeOffered && (
              <>
                {" "}
                <button type="button" className="link-button" onClick={() => store.getState().setMode("code")}>
                  Fix it in Code mode
                </button>
              </>
            )}
          </div>
        )}
        {error && (
          <div className="canvas-banner is-error" role="alert">
            Layout failed: {error}
          </div>
        )}
        {menu && <ContextMenu menu={menu} context={commandContext} onClose={() => setMenu(undefined)} />}
        {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      </div>
    </CanvasContext.Provider>
  );
}

// Positions and data are compared by value; routes by identity (the layout keeps them).
const sameNode = (a: CanvasNode, b: CanvasNode) =>
  a.type === b.type && a.position.x === b.position.x && a.position.y === b.position.y && a.width === b.width && a.height === b.height && a.parentId === b.parentId && a.selected === b.selected && shallowEqual(a.data, b.data);
const sameEdge = (a: CanvasEdge, b: CanvasEdge) => a.source === b.source && a.target === b.target && a.data !== undefined && b.data !== undefined && shallowEqual(a.data, b.data);

function sameTarget(a: DropTarget | undefined, b: DropTarget | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind === "edge" && b.kind === "edge") return a.edgeId === b.edgeId && Math.abs(a.point.x - b.point.x) < 2 && Math.abs(a.point.y - b.point.y) < 2;
  return a.kind === "scope" && b.kind === "scope" && a.scopePointer === b.scopePointer;
}

