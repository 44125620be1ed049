// The shell's side of this contract is the Rust test `the_ui_reads_what_the_shell_sends`
// (src-tauri/src/lib.rs), which writes sample answers of every command into
// fixtures/shell.json and fails when the file is stale. Here, each answer must have exactly the
// fields its TypeScript type declares.

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import {
  asCommandError,
  type Album,
  type CommandError,
  type Device,
  type FileProgress,
  type DiagnosticsReport,
  type Health,
  type HeldPlan,
  type Language,
  type LinkedFolder,
  type OperationProgress,
  type Pairing,
  type PhoneAccess,
  type ReportCounts,
  type ReportRow,
  type Space,
  type SpaceItem,
  type SyncStatus,
  type TakeoutReport,
  type Preferences,
  type TimelineItem,
  type TimelinePage,
  type TrashEntry,
  type UploadInProgress,
  type Usage,
  type Welcome,
} from "../src/backend";

const fixture: Record<string, unknown> = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures/shell.json"), "utf8"),
);

// Exhaustive: TypeScript refuses these if a field is added to or removed from the types.
const fields = {
  welcome: { signedIn: true, server: true, email: true, deviceName: true, localCloud: true, videoBase: true } satisfies Record<keyof Welcome, true>,
  timelinePage: { items: true, next: true } satisfies Record<keyof TimelinePage, true>,
  timelineItem: {
    hash: true, kind: true, sortTime: true, takenAt: true, width: true, height: true, durationMs: true,
    size: true, place: true, localPath: true, remoteId: true, name: true, camera: true, latitude: true,
    longitude: true, transfer: true,
  } satisfies Record<keyof TimelineItem, true>,
  album: { name: true, count: true, cover: true } satisfies Record<keyof Album, true>,
  takeoutReport: { sources: true, rows: true, counts: true } satisfies Record<keyof TakeoutReport, true>,
  reportRow: {
    outcome: true, kind: true, name: true, source: true, entry: true, album: true, cloudPath: true, presentAt: true,
    earlier: true, reason: true, detail: true, url: true, takenAt: true, sidecar: true, favorite: true, archived: true,
    trashed: true,
  } satisfies Record<keyof ReportRow, true>,
  reportCounts: {
    items: true, motionVideos: true, imported: true, alreadyPresent: true, failed: true, earlier: true,
    withoutSidecar: true, sidecarsWithoutMedia: true, ignored: true, refused: true, problems: true,
    unreadableSources: true, albums: true, favorites: true, archived: true, trashed: true, entries: true,
    entriesByUse: true,
  } satisfies Record<keyof ReportCounts, true>,
  operation: {
    id: true, kind: true, state: true, filesDone: true, filesTotal: true, bytesDone: true, bytesTotal: true,
    current: true, moving: true, failures: true, alreadyThere: true, error: true,
  } satisfies Record<keyof OperationProgress, true>,
  fileProgress: { name: true, done: true, size: true } satisfies Record<keyof FileProgress, true>,
  trashEntry: { id: true, hash: true, path: true, kind: true, size: true, trashedAt: true, daysLeft: true } satisfies Record<keyof TrashEntry, true>,
  space: { usage: true, largestVideos: true, duplicates: true, diskFree: true, uploading: true } satisfies Record<keyof Space, true>,
  uploadInProgress: {
    id: true, path: true, size: true, offset: true, device_id: true, device_name: true, expires_at: true,
  } satisfies Record<keyof UploadInProgress, true>,
  usage: { quota: true, used: true, photos: true, videos: true, other: true, trash: true, uploading: true, trash_days: true } satisfies Record<keyof Usage, true>,
  spaceItem: { id: true, hash: true, path: true, size: true } satisfies Record<keyof SpaceItem, true>,
  device: { id: true, name: true, platform: true, created_at: true, last_seen_at: true, last_sync_at: true, current: true } satisfies Record<keyof Device, true>,
  folder: { id: true, path: true, mode: true, state: true, error: true, addedAt: true, lastScanAt: true, album: true, paused: true } satisfies Record<keyof LinkedFolder, true>,
  syncStatus: {
    state: true, uploads: true, downloads: true, failed: true, held: true, leftOut: true, problems: true, lastSuccessAt: true, problem: true, progress: true, said: true,
  } satisfies Record<keyof SyncStatus, true>,
  error: { code: true, message: true } satisfies Record<keyof CommandError, true>,
  language: { current: true, chosen: true, system: true, available: true, rightToLeft: true } satisfies Record<keyof Language, true>,
  preferences: {
    closeToTray: true, startAtLogin: true, notifications: true, transfers: true, uploadLimit: true, downloadLimit: true, deletions: true,
  } satisfies Record<keyof Preferences, true>,
  health: {
    signedIn: true, paused: true, lastSuccessAt: true, lastPassAt: true, pending: true, failed: true, folders: true,
  } satisfies Record<keyof Health, true>,
  healthFolder: {
    path: true, mode: true, album: true, state: true, folderState: true, problem: true, paused: true, held: true, settling: true, notSynced: true,
  } satisfies Record<keyof Health["folders"][number], true>,
  heldPlan: { reason: true, deletions: true, fingerprint: true } satisfies Record<keyof HeldPlan, true>,
  heldDeletion: { path: true, side: true } satisfies Record<keyof HeldPlan["deletions"][number], true>,
  pending: { uploads: true, downloads: true, other: true, settling: true } satisfies Record<keyof Health["pending"], true>,
  healthFailed: {
    path: true, direction: true, code: true, message: true, attempts: true, nextTryAt: true,
  } satisfies Record<keyof Health["failed"][number], true>,
  diagnostics: { path: true, entries: true, bytes: true } satisfies Record<keyof DiagnosticsReport, true>,
  phoneAccess: { on: true, addresses: true, pairing: true } satisfies Record<keyof PhoneAccess, true>,
  pairing: { url: true, qrPath: true, qrSize: true, expiresAt: true } satisfies Record<keyof Pairing, true>,
};

const keys = (value: unknown) => Object.keys(value as object).sort();
const expected = (name: keyof typeof fields) => Object.keys(fields[name]).sort();

describe("the shell's JSON", () => {
  it("has exactly the fields the UI's types declare", () => {
    expect(keys(fixture.welcome)).toEqual(expected("welcome"));
    const page = fixture.timelinePage as TimelinePage;
    expect(keys(page)).toEqual(expected("timelinePage"));
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(keys(item)).toEqual(expected("timelineItem"));
    expect(["photo", "video"]).toContain(page.items[0]!.kind);
    expect(["this-computer", "cloud", "both"]).toContain(page.items[0]!.place);
    expect(keys(fixture.album)).toEqual(expected("album"));
    const report = fixture.takeoutReport as TakeoutReport;
    expect(keys(report)).toEqual(expected("takeoutReport"));
    expect(keys(report.rows[0])).toEqual(expected("reportRow"));
    expect(keys(report.counts)).toEqual(expected("reportCounts"));
    expect(report.rows[0]!.outcome).toBe("imported");
    expect(keys(fixture.operation)).toEqual(expected("operation"));
    const moving = (fixture.operation as OperationProgress).moving;
    expect(moving.length).toBeGreaterThan(0);
    for (const file of moving) expect(keys(file)).toEqual(expected("fileProgress"));
    expect(keys(fixture.trashEntry)).toEqual(expected("trashEntry"));
    const space = fixture.space as Space;
    expect(keys(space)).toEqual(expected("space"));
    expect(keys(space.usage)).toEqual(expected("usage"));
    expect(keys(space.largestVideos[0])).toEqual(expected("spaceItem"));
    expect(keys(space.uploading[0])).toEqual(expected("uploadInProgress"));
    expect(keys(fixture.device)).toEqual(expected("device"));
    expect(keys(fixture.folder)).toEqual(expected("folder"));
    expect(keys(fixture.syncStatus)).toEqual(expected("syncStatus"));
    expect(keys((fixture.syncStatus as SyncStatus).problem)).toEqual(expected("error"));
    expect(keys(fixture.language)).toEqual(expected("language"));
    expect((fixture.language as Language).available).toContain("en-US");
    expect(keys(fixture.preferences)).toEqual(expected("preferences"));
    expect(["ask", "send", "never"]).toContain((fixture.preferences as Preferences).deletions);
    const health = fixture.health as Health;
    expect(keys(health)).toEqual(expected("health"));
    expect(keys(health.folders[0])).toEqual(expected("healthFolder"));
    expect(keys(health.failed[0])).toEqual(expected("healthFailed"));
    expect(keys(health.pending)).toEqual(expected("pending"));
    const held = health.folders[0]!.held!;
    expect(keys(held)).toEqual(expected("heldPlan"));
    expect(keys(held.deletions[0])).toEqual(expected("heldDeletion"));
    expect(["folder-empty", "album-empty", "many", "always-ask"]).toContain(held.reason);
    expect(["cloud", "here"]).toContain(held.deletions[0]!.side);
    expect(keys(fixture.diagnostics)).toEqual(expected("diagnostics"));
    expect(keys((fixture.syncStatus as SyncStatus).progress)).toEqual(["downloaded", "downloads", "uploaded", "uploads"]);
    const phone = fixture.phoneAccess as PhoneAccess;
    expect(keys(phone)).toEqual(expected("phoneAccess"));
    expect(keys(phone.pairing)).toEqual(expected("pairing"));
    expect(phone.addresses.length).toBeGreaterThan(0);
    expect(phone.pairing!.url).toMatch(/#pair=[A-Za-z0-9_-]{16,128}$/);
  });

  it("turns whatever a command rejects with into a CommandError", () => {
    expect(asCommandError({ code: "unreachable", message: "gone" })).toEqual({ code: "unreachable", message: "gone" });
    expect(asCommandError("boom")).toEqual({ code: "unknown", message: "boom" });
    expect(asCommandError({ code: 7 })).toEqual({ code: "unknown", message: "[object Object]" });
  });
});
