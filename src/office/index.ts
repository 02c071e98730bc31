// What the task pane imports from the host layer. Only src/office touches Office.js.
export { connectHost, CONNECT_TIMEOUT_MS } from "./connect";
export { readBounceFile, MAX_FILE_BYTES } from "./bounce-file";
export * from "./types";
