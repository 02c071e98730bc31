// Starts fetching the UI chunk (React, Fluent UI, the pane's shell) as soon as the entry runs,
// beside the engine chunk (engine-chunk.ts): both download and compile while the host connects.
export const uiChunk = import(/* webpackChunkName: "ui" */ "./render");
