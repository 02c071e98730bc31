// Starts fetching the UI chunk (React, Fluent UI, the pane) as the first thing the bundle does:
// index.tsx imports this module before the engine's, so the download and its compilation overlap
// the engine's start-up instead of following it.
export const uiChunk = import(/* webpackChunkName: "ui" */ "./render");
