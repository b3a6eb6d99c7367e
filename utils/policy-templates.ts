// Deployment templates for every platform, generated from the one settings spec (utils/settings.ts), so they never
// drift from what the extension accepts. Each also sets the browser's own policies that make the protection
// stronger than the extension alone. `npm run templates` writes them to deploy/; a test checks they are current.
import { DEFAULT_SETTINGS, type Settings } from './settings';

export const CHROME_EXTENSION_ID = 'encfpbmniimnjhamoljjcfeeaggkjpnh';
export const FIREFOX_EXTENSION_ID = 'attt-guard@attt-guard';
export const UPDATE_URL = 'https://intranet.example.gov.vn/attt-guard/update.xml';
export const FIREFOX_XPI_URL = 'https://intranet.example.gov.vn/attt-guard/attt-guard.xpi';

/** The extension settings an organisation usually sets; everything else keeps its default. */
export const EXAMPLE_SETTINGS: Partial<Settings> = {
  officialEmailDomains: DEFAULT_SETTINGS.officialEmailDomains,
  officialSites: DEFAULT_SETTINGS.officialSites,
  blockedHosts: ['botnet-c2.example.net', '203.0.113.0/24'],
  blockedHostsUrl: 'https://intranet.example.gov.vn/attt-guard/botnet.txt',
  linkWarnings: 'warn',
  emailProtection: 'block',
  passwordEnforcement: 'official',
  disablePasswordSaving: true,
  allowUserOverride: false,
  reportUrl: 'https://siem.example.gov.vn/attt-guard/events',
  deviceLabel: '',
  supportContact: 'Phòng CNTT – 0255 3822 000 – cntt@quangngai.gov.vn',
  logRetentionDays: 180,
  language: 'vi',
};

/** Official login pages for Chrome's own password-reuse protection. */
const LOGIN_URLS = ['https://mail.quangngai.gov.vn/', 'https://mail.quangngai.edu.vn/'];

function chromiumBrowserPolicies(edge: boolean): Record<string, unknown> {
  return {
    ExtensionSettings: {
      [CHROME_EXTENSION_ID]: {
        installation_mode: 'force_installed',
        update_url: UPDATE_URL,
        ...(edge ? { toolbar_state: 'force_shown' } : { toolbar_pin: 'force_pinned' }),
      },
    },
    PasswordManagerEnabled: false,
    PasswordProtectionWarningTrigger: 1,
    PasswordProtectionLoginURLs: LOGIN_URLS,
    [edge ? 'InPrivateModeAvailability' : 'IncognitoModeAvailability']: 1,
  };
}

/** Linux: /etc/opt/chrome/policies/managed/attt-guard.json (Chromium: /etc/chromium/…, Edge: /etc/opt/edge/…). */
export function linuxJson(edge = false, settings: Partial<Settings> = EXAMPLE_SETTINGS): string {
  return `${JSON.stringify({ ...chromiumBrowserPolicies(edge), '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: settings } } }, null, 2)}\n`;
}

function regString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function regValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number') return `dword:${value.toString(16).padStart(8, '0')}`;
  if (typeof value === 'string') return regString(value);
  return regString(JSON.stringify(value)); // lists and dictionaries: JSON in a string value, as Chrome reads them
}

/** Windows: a .reg file with the same layout GPO or Intune write (HKLM\Software\Policies\…). */
export function windowsReg(edge = false, settings: Partial<Settings> = EXAMPLE_SETTINGS): string {
  const root = edge ? 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge' : 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome';
  const lines = ['Windows Registry Editor Version 5.00', '', `[${root}]`];
  const policies = chromiumBrowserPolicies(edge);
  for (const [name, value] of Object.entries(policies)) {
    if (Array.isArray(value)) continue;
    lines.push(`${regString(name)}=${regValue(value)}`);
  }
  for (const [name, value] of Object.entries(policies)) {
    if (!Array.isArray(value)) continue;
    lines.push('', `[${root}\\${name}]`, ...value.map((item, index) => `"${index + 1}"=${regValue(item)}`));
  }
  lines.push('', `[${root}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy]`);
  for (const [name, value] of Object.entries(settings)) lines.push(`${regString(name)}=${regValue(value)}`);
  return `${lines.join('\r\n')}\r\n`;
}

function plistValue(value: unknown, indent: string): string {
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</string>`;
  if (Array.isArray(value)) return [`${indent}<array>`, ...value.map((item) => plistValue(item, `${indent}  `)), `${indent}</array>`].join('\n');
  const entries = Object.entries(value as Record<string, unknown>);
  return [`${indent}<dict>`, ...entries.flatMap(([key, item]) => [`${indent}  <key>${key}</key>`, plistValue(item, `${indent}  `)]), `${indent}</dict>`].join('\n');
}

function payload(type: string, identifier: string, uuid: string, content: Record<string, unknown>): Record<string, unknown> {
  return { PayloadType: type, PayloadIdentifier: identifier, PayloadUUID: uuid, PayloadVersion: 1, PayloadEnabled: true, ...content };
}

/** macOS: a configuration profile with Chrome's policies and the extension's own preference domain. */
export function macMobileconfig(settings: Partial<Settings> = EXAMPLE_SETTINGS): string {
  const profile = {
    PayloadDisplayName: 'ATTT Guard',
    PayloadIdentifier: 'vn.gov.quangngai.attt-guard',
    PayloadType: 'Configuration',
    PayloadUUID: '6E1C2A53-4A8E-4F3B-9B2C-0A1D5E7F9C11',
    PayloadVersion: 1,
    PayloadScope: 'System',
    PayloadContent: [
      payload('com.google.Chrome', 'vn.gov.quangngai.attt-guard.chrome', '0F5D7B21-3C44-4E0A-8D6F-2B9E4C1A7D32', chromiumBrowserPolicies(false)),
      payload(`com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`, 'vn.gov.quangngai.attt-guard.settings', 'A4B8C2D1-7E6F-4A3B-9C5D-8E2F1A0B3C44', settings),
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${plistValue(profile, '')}
</plist>
`;
}

/** Firefox: policies.json (installation directory / distribution/, or /etc/firefox/policies/ on Linux). */
export function firefoxPolicies(settings: Partial<Settings> = EXAMPLE_SETTINGS): string {
  return `${JSON.stringify({
    policies: {
      ExtensionSettings: { [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_XPI_URL, default_area: 'navbar' } },
      OfferToSaveLogins: false,
      PasswordManagerEnabled: false,
      DisablePrivateBrowsing: true,
      '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: settings } },
    },
  }, null, 2)}\n`;
}

/** Every template by file name (under deploy/). */
export function allTemplates(): Record<string, string> {
  return {
    'linux/chrome-attt-guard.json': linuxJson(false),
    'linux/edge-attt-guard.json': linuxJson(true),
    'windows/chrome-attt-guard.reg': windowsReg(false),
    'windows/edge-attt-guard.reg': windowsReg(true),
    'macos/attt-guard.mobileconfig': macMobileconfig(),
    'firefox/policies.json': firefoxPolicies(),
  };
}
