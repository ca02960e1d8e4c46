/**
 * Where the viewer is in a replay and how it moves: the state index, whose view is drawn, and
 * playback (play/pause, speed). The point is mirrored into the address bar (?at=&view=) without
 * a navigation, so the address is always a link to what is on screen, and read back on load.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Replay, YearBoundary } from '../../record/index.js';
import { parsePoint, pointQuery, type ViewParam } from './routes.js';
import { nextYearStart, previousYearStart } from './timeline.js';

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** At 1x one action a second: slow enough to read each line, quick enough for a 50-move game. */
const MS_PER_ACTION = 1000;

export interface ReplayCursor {
  index: number;
  view: ViewParam;
  playing: boolean;
  speed: Speed;
  length: number;
  boundaries: YearBoundary[];
  go: (index: number) => void;
  step: (delta: number) => void;
  nextYear: () => void;
  previousYear: () => void;
  setView: (view: ViewParam) => void;
  togglePlay: () => void;
  setSpeed: (speed: Speed) => void;
}

export function useReplayCursor(replay: Replay): ReplayCursor {
  const length = replay.length;
  const boundaries = useMemo(() => replay.yearBoundaries(), [replay]);
  const initial = useMemo(() => parsePoint(window.location.search), []);
  const [index, setIndex] = useState(() => Math.min(initial.at ?? 0, length));
  const [view, setView] = useState<ViewParam>(initial.view ?? 'all');
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);

  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(length, Math.round(to)))), [length]);
  const step = useCallback((delta: number) => setIndex((i) => Math.max(0, Math.min(length, i + delta))), [length]);
  const nextYear = useCallback(() => setIndex((i) => nextYearStart(boundaries, i, length)), [boundaries, length]);
  const previousYear = useCallback(() => setIndex((i) => previousYearStart(boundaries, i)), [boundaries]);
  // Play from the start again when the end is reached.
  const togglePlay = useCallback(() => {
    if (!playing && index >= length) setIndex(0);
    setPlaying(!playing);
  }, [playing, index, length]);

  useEffect(() => {
    if (!playing) return;
    if (index >= length) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => setIndex((i) => Math.min(length, i + 1)), MS_PER_ACTION / speed);
    return () => window.clearTimeout(timer);
  }, [playing, index, length, speed]);

  // The address bar follows the point (replaceState: no history entry per step, no re-route).
  useEffect(() => {
    const query = pointQuery({ at: index, view });
    if (window.location.search !== query) window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}`);
  }, [index, view]);

  return { index, view, playing, speed, length, boundaries, go, step, nextYear, previousYear, setView, togglePlay, setSpeed };
}

/** The timeline's keys; true when the key was used (the caller then prevents its default). */
export function handleTimelineKey(cursor: ReplayCursor, key: string): boolean {
  switch (key) {
    case 'ArrowLeft':
      cursor.step(-1);
      return true;
    case 'ArrowRight':
      cursor.step(1);
      return true;
    case 'Home':
      cursor.go(0);
      return true;
    case 'End':
      cursor.go(cursor.length);
      return true;
    case 'PageUp':
      cursor.previousYear();
      return true;
    case 'PageDown':
      cursor.nextYear();
      return true;
    case ' ':
      cursor.togglePlay();
      return true;
    default:
      return false;
  }
}
