"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Rect } from "./region-geometry";
import { requestJson } from "./request-json";

/** A region as GET /images/{imageId}/regions gives it, in pixels of the photo as uploaded. */
export interface Region extends Rect {
  id: string;
  imageId: string;
  number: number;
  passageId: string | null;
  passagePosition: number;
  ocrText: string | null;
  version: number;
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
  passage?: { id: string; text: string } | null;
}

/** How long the keys must rest before a move is saved: a run of arrow presses is one save. */
const SAVE_DELAY_MS = 400;

const sameRect = (a: Rect | undefined, b: Rect) =>
  !!a && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * A photo's regions: loaded from the API, moved at once on the screen and saved after a pause,
 * one save at a time (each with the version the previous one returned), put back with the
 * server's reason when a save is refused.
 */
export function useImageRegions(imageId: string) {
  const [regions, setRegions] = useState<Region[] | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Rect>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [savedOnce, setSavedOnce] = useState(false);
  // Saves run after the renders that scheduled them (and may outlive a move to another photo):
  // they read what the server last confirmed and what is shown, here, not a render's closure.
  const known = useRef(new Map<string, Region>());
  const pending = useRef(new Map<string, Rect>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const shownImage = useRef(imageId);

  const publishDrafts = useCallback(() => setDrafts(new Map(pending.current)), []);

  const replace = useCallback((region: Region) => {
    known.current.set(region.id, region);
    setRegions((list) =>
      list
        ? list.map((item) =>
            item.id === region.id ? { ...region, passage: region.passage ?? item.passage } : item,
          )
        : null,
    );
  }, []);

  /** Runs `task` after every save already asked for, so that each sends the latest version. */
  const serially = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const load = useCallback(async () => {
    const result = await requestJson<Region[]>(
      `/api/v1/images/${imageId}/regions`,
      {},
      "The regions of this photo could not be loaded.",
    );
    if (shownImage.current !== imageId) return;
    if (!result.ok) {
      setError(result.message);
      setRegions((list) => list ?? []);
      return;
    }
    for (const region of result.data) known.current.set(region.id, region);
    setRegions(result.data);
  }, [imageId]);

  const save = useCallback(
    async (id: string) => {
      const draft = pending.current.get(id);
      const region = known.current.get(id);
      if (!draft || !region) return;
      if (sameRect(draft, region)) {
        pending.current.delete(id);
        publishDrafts();
        return;
      }
      const { x, y, width, height } = draft;
      const result = await requestJson<Region>(
        `/api/v1/regions/${id}`,
        { method: "PATCH", body: { version: region.version, x, y, width, height } },
        `Region ${region.number} could not be saved.`,
      );
      if (result.ok) {
        replace({ ...region, ...result.data });
        // Moves made while this one was on its way stay, for the next save.
        if (sameRect(pending.current.get(id), draft)) pending.current.delete(id);
        setSavedOnce(true);
      } else {
        pending.current.delete(id);
        clearTimeout(timers.current.get(id));
        timers.current.delete(id);
        setError(`Region ${region.number} is back where it was saved: ${result.message}`);
        setAnnouncement(`Region ${region.number} could not be moved.`);
        // Someone else changed it: show it as it now is, and take its new version.
        if (result.status === 409) void load();
      }
      publishDrafts();
    },
    [load, publishDrafts, replace],
  );

  const saveSoon = useCallback(
    (id: string) => {
      clearTimeout(timers.current.get(id));
      timers.current.set(
        id,
        setTimeout(() => {
          timers.current.delete(id);
          void serially(() => save(id));
        }, SAVE_DELAY_MS),
      );
    },
    [save, serially],
  );

  useEffect(() => {
    shownImage.current = imageId;
    setRegions(null);
    setError(null);
    void load();
    const waiting = timers.current;
    return () => {
      // Leaving the photo saves what was moved on it now rather than dropping it.
      for (const [id, timer] of waiting) {
        clearTimeout(timer);
        void serially(() => save(id));
      }
      waiting.clear();
    };
  }, [imageId, load, save, serially]);

  /** Shows the region at `rect` now and saves it once the keys (or the pointer) rest. */
  const change = useCallback(
    (id: string, rect: Rect) => {
      pending.current.set(id, rect);
      publishDrafts();
      setError(null);
      saveSoon(id);
    },
    [publishDrafts, saveSoon],
  );

  const create = useCallback(
    async (rect: Rect): Promise<Region | null> => {
      setError(null);
      const result = await requestJson<Region>(
        `/api/v1/images/${imageId}/regions`,
        { method: "POST", body: rect },
        "The region could not be added.",
      );
      if (!result.ok) {
        setError(result.message);
        return null;
      }
      const region = { ...result.data, passage: null };
      known.current.set(region.id, region);
      // Added while the viewer moved on to another photo: not for that photo's list.
      if (shownImage.current !== imageId) return null;
      setRegions((list) => [...(list ?? []), region]);
      setAnnouncement(
        `Region ${region.number} added, ${region.width} by ${region.height} pixels at ${region.x}, ${region.y}.`,
      );
      return region;
    },
    [imageId],
  );

  const remove = useCallback(
    async (region: Region) => {
      clearTimeout(timers.current.get(region.id));
      timers.current.delete(region.id);
      const result = await serially(() =>
        requestJson<null>(
          `/api/v1/regions/${region.id}`,
          { method: "DELETE" },
          `Region ${region.number} could not be deleted.`,
        ),
      );
      if (!result.ok) {
        setError(result.message);
        return false;
      }
      pending.current.delete(region.id);
      known.current.delete(region.id);
      publishDrafts();
      setRegions((list) => list?.filter((item) => item.id !== region.id) ?? null);
      setAnnouncement(`Region ${region.number} deleted.`);
      return true;
    },
    [publishDrafts, serially],
  );

  /** Attaches the region to a passage (null detaches it); the reason when refused. */
  const attach = useCallback(
    (id: string, passageId: string | null): Promise<string | null> =>
      serially(async () => {
        const region = known.current.get(id);
        if (!region) return "This region is no longer on the photo.";
        const result = await requestJson<Region>(
          `/api/v1/regions/${id}`,
          { method: "PATCH", body: { version: region.version, passageId } },
          `Region ${region.number} could not be attached.`,
        );
        if (!result.ok) {
          if (result.status === 409) void load();
          return result.message;
        }
        known.current.set(id, { ...region, ...result.data });
        // The list carries each region's passage text, which only a reload brings.
        await load();
        return null;
      }),
    [load, serially],
  );

  const shown = useMemo(
    () => regions?.map((region) => ({ ...region, ...drafts.get(region.id) })) ?? null,
    [regions, drafts],
  );

  return {
    /** The regions as shown (moves not yet saved included); null while loading. */
    regions: shown,
    error,
    setError,
    announcement,
    announce: setAnnouncement,
    /** "saving" while a move waits for its save or is on its way. */
    saveState: drafts.size > 0 ? ("saving" as const) : savedOnce ? ("saved" as const) : null,
    load,
    change,
    create,
    remove,
    attach,
  };
}
