// From Node ESM, boardgame.io's subpath proxy folders (`boardgame.io/server`, ...) do not
// resolve, so runtime code imports the CommonJS bundles directly; these give them their types.
declare module 'boardgame.io/dist/cjs/server.js' {
  export * from 'boardgame.io/dist/types/packages/server';
}
declare module 'boardgame.io/dist/cjs/internal.js' {
  export * from 'boardgame.io/dist/types/packages/internal';
}
declare module 'boardgame.io/dist/cjs/client.js' {
  export * from 'boardgame.io/dist/types/packages/client';
}
declare module 'boardgame.io/dist/cjs/multiplayer.js' {
  export * from 'boardgame.io/dist/types/packages/multiplayer';
}
declare module 'boardgame.io/dist/cjs/ai.js' {
  export * from 'boardgame.io/dist/types/packages/ai';
}
declare module 'boardgame.io/dist/cjs/master.js' {
  export * from 'boardgame.io/dist/types/packages/master';
}
declare module 'boardgame.io/dist/cjs/core.js' {
  export * from 'boardgame.io/dist/types/packages/core';
}
