import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManagedSchema } from './utils/settings';

/**
 * Public half of the signing key: it fixes the extension ID (encfpbmniimnjhamoljjcfeeaggkjpnh) so that an
 * administrator's policy can name the extension before it is installed. An organisation that signs its own CRX
 * sets ATTT_GUARD_PUBLIC_KEY to the base64 DER public key of its own signing key (see README, "Deployment").
 */
const PUBLIC_KEY =
  process.env.ATTT_GUARD_PUBLIC_KEY ||
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy+pzDRSFJ2LuXSZ3ForGs6rczsf4XuAFQvPujDsM0FP9OsY7ytV1XlzHq7HjqU4aC+1M3lJ1ZCEEsBv3ZOiFBpH8vyAdNsw4j9AFvVCln7TdPCai4eixD3DXlbfYVF2glNO6nh1VusMud/1Mc+mf7zzh/3cem1INj5clCfUZIp8Oc9bZ7CFfU2ffgcLYyfCF2Pde4/GdkuWFk7hL2umtiG3na93elk5PHegImY+0aZ8uqB2s12GKOz104G3x+u/O0RPuvfc6T0EXUOXhy9oh5YNpqPNS6ZAHpqCM6hSuVttktLbnfQNXOeIOxOFIGOBOszqF++SQLGqFnKIcXRSJxQIDAQAB';

export default defineConfig({
  // Manifest V3 for Firefox too (Firefox 128+): it is what runs the page-world half of the e-mail guard
  // (content scripts with world: MAIN), and Firefox keeps blocking webRequest in MV3.
  manifestVersion: 3,
  imports: false, // explicit imports everywhere: easier to read and no name collisions between utils
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'attt-guard@attt-guard', strict_min_version: '128.0' } } }
      : { key: PUBLIC_KEY }),
    permissions: [
      'storage', 'privacy', 'tabs', 'alarms', 'webNavigation', 'declarativeNetRequestWithHostAccess', 'scripting',
      // Blocking webRequest: Chromium keeps it in MV3 only for an extension force-installed by policy, as in
      // production; loaded unpacked, it is dropped and declarativeNetRequest + webNavigation do the work.
      'webRequest', 'webRequestBlocking',
    ],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_actionTitle__' },
    storage: { managed_schema: 'managed_schema.json' },
    // declarativeNetRequest may only redirect top-level pages to extension pages that are web accessible.
    web_accessible_resources: [{ resources: ['warning.html', 'blocked.html'], matches: ['<all_urls>'] }],
  }),
  hooks: {
    // The managed schema is generated from the settings spec, so policy and code accept the same keys.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: JSON.stringify(buildManagedSchema(), null, 2) });
    },
  },
});
