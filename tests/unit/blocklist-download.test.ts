import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { downloadedBlocklistItem, refreshBlocklist } from '../../entrypoints/background/blocklist-download';
import { blocklistEntries } from '../../utils/downloaded-blocklist';
import { refreshSettingsState } from '../../utils/settings-store';

const URL_ = 'https://cntt.example.gov.vn/botnet.txt';

async function withPolicy(policy: Record<string, unknown>) {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(policy);
  await refreshSettingsState({ attempts: 1, deadlineMs: 100 });
}

describe('blocklist download', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the entries of a good list', async () => {
    await withPolicy({ blockedHostsUrl: URL_ });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('# list\nevil.example\n198.51.100.0/24\nbad entry!\n')));
    await refreshBlocklist();
    expect(await downloadedBlocklistItem.getValue()).toMatchObject({ url: URL_, entries: 'evil.example\n198.51.100.0/24', count: 2, errorLines: 1 });
    expect(blocklistEntries(await downloadedBlocklistItem.getValue())).toEqual(['evil.example', '198.51.100.0/24']);
  });

  it('keeps the last good copy when the server fails or sends something else', async () => {
    await withPolicy({ blockedHostsUrl: URL_ });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('evil.example\n')));
    await refreshBlocklist();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('oops', { status: 503 })));
    await refreshBlocklist();
    expect(await downloadedBlocklistItem.getValue()).toMatchObject({ entries: 'evil.example', count: 1, lastError: 'HTTP 503' });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html><body>Maintenance</body></html>')));
    await refreshBlocklist();
    expect(await downloadedBlocklistItem.getValue()).toMatchObject({ entries: 'evil.example' });
    expect((await downloadedBlocklistItem.getValue())?.lastError).toMatch(/not a blocklist/);
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    await refreshBlocklist();
    expect(await downloadedBlocklistItem.getValue()).toMatchObject({ entries: 'evil.example' });
  });

  it('reads a list stored as an array by an earlier version', () => {
    expect(blocklistEntries({ entries: ['evil.example', '198.51.100.0/24'] as unknown as string })).toEqual(['evil.example', '198.51.100.0/24']);
    expect(blocklistEntries(null)).toEqual([]);
  });

  it('forgets the list when the administrator removes the URL', async () => {
    await withPolicy({ blockedHostsUrl: URL_ });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('evil.example\n')));
    await refreshBlocklist();
    await withPolicy({});
    await refreshBlocklist();
    expect(await downloadedBlocklistItem.getValue()).toBeNull();
  });
});
