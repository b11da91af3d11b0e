// Stops the server the global setup started.
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __WORKBENCH_SERVER__?: { close(): Promise<void> } };
  await holder.__WORKBENCH_SERVER__?.close();
  delete holder.__WORKBENCH_SERVER__;
}
