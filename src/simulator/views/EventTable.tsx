import { useMemo, useRef, useState } from "react";
import { toAwsHistoryEvent, type HistoryEvent } from "../../asl/interpret/events";
import type { JsonValue } from "../../asl/json";
import { downloadText } from "../common/download";
import { JsonView } from "../common/JsonView";
import { VirtualList } from "../common/VirtualList";
import { filterEventRows, filterOptions, formatElapsed, toEventRows, type EventFilter, type EventRow } from "../model/eventRows";
import { useRun, useRunStore } from "../useRun";

const ROW = 26;

/** The event history as AWS records it: ids, previous ids, types, the state, elapsed virtual time; filters, details, JSON export. Virtualised. */
export function EventTable() {
  const events = useRun((s) => s.run?.events);
  const cache = useRef<{ rows: EventRow[]; names: Map<string, string> }>({ rows: [], names: new Map() });
  const rows = useMemo(() => {
    if (!events) return [];
    cache.current = toEventRows(events, cache.current.rows, cache.current.names);
    return cache.current.rows;
  }, [events]);
  const filter: EventFilter = useRun((s) => s.eventFilter);
  const setFilter = useRunStore().getState().setEventFilter;
  const [expanded, setExpanded] = useState<number>();
  const [newestFirst, setNewestFirst] = useState(false);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const shown = useMemo(() => {
    const filtered = filterEventRows(rows, filter);
    return newestFirst ? filtered.slice().reverse() : filtered;
  }, [rows, filter, newestFirst]);
  const selected = expanded !== undefined ? rows[expanded] : undefined;

  if (!events) return <p className="sim-empty">Run the workflow to see its event history.</p>;
  const exportEvents = () => downloadText("execution-history.json", JSON.stringify({ events: shown.map((r) => toAwsHistoryEvent(r.event)) }, null, 2) + "\n");

  return (
    <div className="event-table" data-testid="event-table">
      <div className="sim-filter-bar" role="search" aria-label="Filter events">
        <label className="sim-inline-field">
          <span>State</span>
          <select value={filter.stateName ?? ""} onChange={(e) => setFilter({ ...filter, stateName: e.target.value || undefined } as EventFilter)} aria-label="Filter by state">
            <option value="">All states</option>
            {options.stateNames.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label className="sim-inline-field">
          <span>Type</span>
          <select value={filter.type ?? ""} onChange={(e) => setFilter({ ...filter, type: e.target.value || undefined } as EventFilter)} aria-label="Filter by type">
            <option value="">All types</option>
            {options.types.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        </label>
        <label className="sim-inline-field">
          <span>Find</span>
          <input type="search" placeholder="Event id or text" value={filter.text ?? ""} onChange={(e) => setFilter({ ...filter, text: e.target.value })} aria-label="Find an event" />
        </label>
        {(filter.stateName || filter.type || filter.text) && (
          <button type="button" className="sim-button is-small is-quiet" onClick={() => setFilter({})}>
            Clear filters
          </button>
        )}
        <span className="sim-muted" data-testid="event-count">
          {shown.length === rows.length ? `${rows.length} events` : `${shown.length} of ${rows.length} events`}
        </span>
        <button type="button" className="sim-button is-small" onClick={exportEvents}>
          Export JSON
        </button>
      </div>
      <div className="event-table-body">
        <div className="sim-grid-table events-grid" role="grid" aria-label="Event history" aria-rowcount={shown.length + 1}>
          <div className="sim-grid-row is-head" role="row">
            <span role="columnheader" aria-sort={newestFirst ? "descending" : "ascending"}>
              <button type="button" className="sim-sort" onClick={() => setNewestFirst(!newestFirst)} title="Reverse the order">
                ID {newestFirst ? "▼" : "▲"}
              </button>
            </span>
            <span role="columnheader">Type</span>
            <span role="columnheader">Step</span>
            <span role="columnheader">Previous ID</span>
            <span role="columnheader">Elapsed</span>
          </div>
          <VirtualList
            count={shown.length}
            rowHeight={ROW}
            label="Events"
            renderRow={(i) => {
              const row = shown[i] as EventRow;
              const isOpen = expanded === row.index;
              const toggle = () => setExpanded(isOpen ? undefined : row.index);
              return (
                <div
                  key={row.index}
                  role="row"
                  tabIndex={0}
                  // A row opens its event's details beside the table: the open one is the selected row of the grid.
                  aria-selected={isOpen}
                  data-testid="event-row"
                  data-event-type={row.event.type}
                  className={`sim-grid-row is-clickable tone-${row.tone}${isOpen ? " is-open" : ""}`}
                  style={{ height: ROW }}
                  onClick={toggle}
                  onKeyDown={(e) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault();
                      toggle();
                    }
                  }}
                >
                  <span role="gridcell" className="sim-cell-num">
                    {row.event.executionArn ? `${row.event.id}*` : row.event.id}
                  </span>
                  <span role="gridcell" className="sim-cell-type">
                    {row.event.type}
                  </span>
                  <span role="gridcell" className="sim-cell-name">
                    {row.stateName ?? ""}
                  </span>
                  <span role="gridcell" className="sim-cell-num">
                    {row.event.previousEventId || ""}
                  </span>
                  <span role="gridcell" className="sim-cell-num">
                    {formatElapsed(row.elapsedMs)}
                  </span>
                </div>
              );
            }}
          />
        </div>
        {selected && <EventDetails event={selected.event} onClose={() => setExpanded(undefined)} />}
      </div>
    </div>
  );
}

function EventDetails({ event, onClose }: { event: HistoryEvent; onClose: () => void }) {
  const detailsKey = Object.keys(event).find((k) => k.endsWith("EventDetails"));
  const details = detailsKey ? ((event as unknown as Record<string, JsonValue>)[detailsKey] as JsonValue) : undefined;
  return (
    <aside className="event-details" aria-label={`Event ${event.id} details`} data-testid="event-details">
      <div className="sim-column-header">
        <h4 className="sim-heading">
          #{event.id} {event.type}
        </h4>
        <button type="button" className="sim-button is-small is-quiet" onClick={onClose} aria-label="Close the event details">
          ✕
        </button>
      </div>
      <p className="sim-muted">
        {new Date(event.timestamp).toISOString()}
        {event.executionArn ? ` · child execution ${event.executionArn.split(":").pop() ?? ""}` : ""}
      </p>
      {details !== undefined ? <JsonView value={details} label="Event details" /> : <p className="sim-muted">This event has no details.</p>}
    </aside>
  );
}
