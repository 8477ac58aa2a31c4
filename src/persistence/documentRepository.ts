/**
 * Where documents are kept: IndexedDB in the browser (database `asl-studio`, version 1, object
 * stores `documents` keyed by id and `meta` for small values such as the last opened document),
 * or memory in tests and where IndexedDB is unavailable (private modes, sandboxed iframes).
 */
import { readStoredDocument, type StoredDocument } from "./documentRecord";

export interface DocumentRepository {
  /** Every document, most recently changed first. */
  list(): Promise<StoredDocument[]>;
  get(id: string): Promise<StoredDocument | undefined>;
  put(document: StoredDocument): Promise<void>;
  delete(id: string): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  /** True when documents survive a reload. */
  readonly durable: boolean;
}

export const DATABASE_NAME = "asl-studio";
export const DATABASE_VERSION = 1;
const DOCUMENTS = "documents";
const META = "meta";

const byRecency = (a: StoredDocument, b: StoredDocument) => b.updatedAt - a.updatedAt;

export function createMemoryRepository(): DocumentRepository {
  const documents = new Map<string, StoredDocument>();
  const meta = new Map<string, string>();
  // Structured clone, as IndexedDB would store it: callers never share objects with the store.
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    durable: false,
    list: async () => [...documents.values()].map(copy).sort(byRecency),
    get: async (id) => {
      const found = documents.get(id);
      return found ? copy(found) : undefined;
    },
    put: async (document) => void documents.set(document.id, copy(document)),
    delete: async (id) => void documents.delete(id),
    getMeta: async (key) => meta.get(key),
    setMeta: async (key, value) => void meta.set(key, value),
  };
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

/** How long to wait for IndexedDB before working from memory (it can hang in some sandboxes). */
const OPEN_TIMEOUT_MS = 3000;

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error("IndexedDB did not open in time")), OPEN_TIMEOUT_MS);
    const request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DOCUMENTS)) db.createObjectStore(DOCUMENTS, { keyPath: "id" });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab with an older version open"));
  });
}

/** IndexedDB, or undefined when it cannot be opened (then callers fall back to memory). */
export async function openIndexedDbRepository(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<DocumentRepository | undefined> {
  if (!factory) return undefined;
  let db: IDBDatabase;
  try {
    db = await openDatabase(factory);
  } catch {
    return undefined;
  }
  const store = (name: string, mode: IDBTransactionMode) => db.transaction(name, mode).objectStore(name);
  const done = (transaction: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB write failed"));
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB write was aborted"));
    });
  return {
    durable: true,
    list: async () => {
      const all = await promised(store(DOCUMENTS, "readonly").getAll());
      return all.flatMap((value) => readStoredDocument(value) ?? []).sort(byRecency);
    },
    get: async (id) => readStoredDocument(await promised(store(DOCUMENTS, "readonly").get(id))),
    put: async (document) => {
      const transaction = db.transaction(DOCUMENTS, "readwrite");
      transaction.objectStore(DOCUMENTS).put(document);
      await done(transaction);
    },
    delete: async (id) => {
      const transaction = db.transaction(DOCUMENTS, "readwrite");
      transaction.objectStore(DOCUMENTS).delete(id);
      await done(transaction);
    },
    getMeta: async (key) => {
      const value: unknown = await promised(store(META, "readonly").get(key));
      return typeof value === "string" ? value : undefined;
    },
    setMeta: async (key, value) => {
      const transaction = db.transaction(META, "readwrite");
      transaction.objectStore(META).put(value, key);
      await done(transaction);
    },
  };
}
