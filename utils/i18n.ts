// Translations for extension pages. The extension's own _locales catalogues are the source (so the manifest and
// browser.i18n use the same words), but the language is the `language` setting, not the browser's UI language:
// staff PCs often run an English browser while the product must speak Vietnamese by default.
import vi from '../public/_locales/vi/messages.json';
import en from '../public/_locales/en/messages.json';
import type { Language } from './settings';

export type MessageKey = keyof typeof vi;
type Catalogue = Record<string, { message: string }>;

const CATALOGUES: Record<Language, Catalogue> = { vi, en };

export type Translate = (key: MessageKey, substitutions?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language] ?? CATALOGUES.vi;
  return (key, substitutions) => {
    const template = catalogue[key]?.message ?? CATALOGUES.vi[key]?.message ?? key;
    return substitutions ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(substitutions[name] ?? whole)) : template;
  };
}
