// The administrator's downloaded blocklist as stored: written by the background, shown on the options page.
import { storage } from 'wxt/utils/storage';

export interface DownloadedBlocklist {
  url: string;
  entries: string[];
  fetchedAt: number;
  errorLines: number;
  /** The first lines that were not entries (line number and text), for the administrator to fix. */
  errorSamples?: { line: number; text: string }[];
  /** The last attempt's problem, if it failed (the entries are then the last good copy). */
  lastError?: string;
  lastAttemptAt: number;
}

export const downloadedBlocklistItem = storage.defineItem<DownloadedBlocklist | null>('local:downloadedBlocklist', { fallback: null });
