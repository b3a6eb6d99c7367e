// The administrator's downloaded blocklist as stored: written by the background, shown on the options page.
import { storage } from 'wxt/utils/storage';

export interface DownloadedBlocklist {
  url: string;
  /**
   * The canonical entries, one a line. Kept as one string, not an array: 100,000 entries are written, read and
   * passed to every storage listener three times faster that way.
   */
  entries: string;
  /** How many entries. */
  count: number;
  fetchedAt: number;
  errorLines: number;
  /** The first lines that were not entries (line number and text), for the administrator to fix. */
  errorSamples?: { line: number; text: string }[];
  /** The last attempt's problem, if it failed (the entries are then the last good copy). */
  lastError?: string;
  lastAttemptAt: number;
}

export const downloadedBlocklistItem = storage.defineItem<DownloadedBlocklist | null>('local:downloadedBlocklist', { fallback: null });

/** The entries of a stored list (also reads lists stored as arrays by earlier versions). */
export function blocklistEntries(list: Pick<DownloadedBlocklist, 'entries'> | null | undefined): string[] {
  const entries = list?.entries as string | string[] | undefined;
  if (!entries) return [];
  return Array.isArray(entries) ? entries : entries.split('\n');
}
