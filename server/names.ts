/**
 * The one rule for a player's name, on every path a name enters the server (the Lobby's join and
 * update today; any later join path uses this schema too): trimmed, then 1–40 printable
 * characters. A name is shown at every table and in every list and sync, so an unbounded one
 * costs every viewer (a 900,000-character name took the server from 154 MB to 1.58 GB under 20
 * syncing spectators); control and bidirectional-override characters would let a name break or
 * disguise the lines around it.
 */
import { z } from 'zod';

export const NAME_MAX_CHARACTERS = 40;

export const NAME_RULE = `a name is 1–${NAME_MAX_CHARACTERS} printable characters (no control characters)`;

// Cc: C0/C1 controls (newlines, tabs, DEL...); Zl/Zp: line and paragraph separators; Cs: a lone
// surrogate; U+202A–202E and U+2066–2069: bidirectional embeddings, overrides and isolates.
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

/** Counted in code points, so an emoji is one character, as a person would count it. */
const characters = (name: string) => [...name].length;

export const PlayerNameSchema = z
  .string({ error: NAME_RULE })
  .trim()
  .refine((name) => characters(name) >= 1 && characters(name) <= NAME_MAX_CHARACTERS && !UNPRINTABLE.test(name), NAME_RULE);
