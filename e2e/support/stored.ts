/**
 * Everything the document it runs in keeps at rest: localStorage,
 * sessionStorage, IndexedDB records and cookies, as one text to scan for
 * secrets. Runs in the page (passed to an evaluate), so it uses nothing from
 * outside its own body; shared by the guard and the cross-engine suite.
 */
export async function storedInDocument(): Promise<string> {
  const web = (storage: Storage) => JSON.stringify(Object.entries(storage));
  const databases = (await indexedDB.databases?.()) ?? [];
  const records: unknown[] = [];
  for (const { name } of databases) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    for (const store of db.objectStoreNames) {
      records.push(
        await new Promise((resolve) => {
          const reading = db.transaction(store).objectStore(store).getAll();
          reading.onsuccess = () => resolve(reading.result);
          reading.onerror = () => resolve(null);
        }),
      );
    }
    db.close();
  }
  // The one token allowed at rest: MoneyKit's link session token, in the merchant tab's
  // sessionStorage while its link is open, for the webview round trip (packages/moneykit token-store.ts).
  const session = Object.entries(sessionStorage).filter(([key]) => key !== "framelink.moneykit.linkSessionToken");
  return [web(localStorage), JSON.stringify(session), JSON.stringify(records), document.cookie].join("\n");
}
