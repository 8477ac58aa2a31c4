/**
 * Two <AslStudio> components controlled by a React parent: the parent keeps each definition in
 * state (onChange), passes props down (theme, readOnly), and drives one studio through its ref.
 */
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { AslStudio, type AslStudioHandle, type JsonValue } from "../src/embed/index";

const ORDERS = { StartAt: "Validate", States: { Validate: { Type: "Pass", Next: "Done" }, Done: { Type: "Succeed" } } };
const BILLING = { StartAt: "Invoice", States: { Invoice: { Type: "Succeed" } } };

type Log = { studio: string; type: string; states: string[] }[];

declare global {
  interface Window {
    reactHost?: { log: Log; orders: AslStudioHandle | null };
  }
}

const statesOf = (definition: JsonValue | undefined) => Object.keys(((definition as { States?: object } | undefined)?.States ?? {}) as object);

function Portal() {
  const [orders, setOrders] = useState<JsonValue | undefined>(ORDERS);
  const [dark, setDark] = useState(false);
  const [locked, setLocked] = useState(false);
  const [log, setLog] = useState<Log>([]);
  const ordersRef = useRef<AslStudioHandle>(null);
  const record = (studio: string, type: string, definition: JsonValue | undefined) => setLog((l) => [...l, { studio, type, states: statesOf(definition) }]);
  useEffect(() => {
    window.reactHost = { log, orders: ordersRef.current };
  });

  return (
    <div style={{ padding: 16, display: "grid", gap: 12 }}>
      <header style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <h1 style={{ fontSize: 18, margin: "0 auto 0 0" }}>Team portal · React</h1>
        <button type="button" data-testid="toggle-theme" onClick={() => setDark((d) => !d)}>
          {dark ? "Light" : "Dark"} theme
        </button>
        <button type="button" data-testid="toggle-lock" onClick={() => setLocked((l) => !l)}>
          {locked ? "Unlock" : "Lock"} orders
        </button>
        <button type="button" data-testid="reset-orders" onClick={() => setOrders(ORDERS)}>
          Reset orders
        </button>
      </header>
      <p data-testid="orders-states">Orders has: {statesOf(orders).join(", ")}</p>
      <div style={{ height: 560 }} data-testid="react-orders">
        <AslStudio
          ref={ordersRef}
          name="Orders"
          definition={orders}
          theme={dark ? "dark" : "light"}
          readOnly={locked}
          onChange={(definition) => {
            setOrders(definition);
            record("orders", "change", definition);
          }}
          onSave={(definition) => record("orders", "save", definition)}
        />
      </div>
      <div style={{ height: 560 }} data-testid="react-billing">
        <AslStudio name="Billing" definition={BILLING} features={{ simulator: false, share: false }} onChange={(definition) => record("billing", "change", definition)} />
      </div>
    </div>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Portal />
    </StrictMode>,
  );
}
