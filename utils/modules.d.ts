// psl 1.15 ships types but hides them behind package "exports" under Bundler resolution (TS7016).
declare module 'psl' {
  export function get(domain: string): string | null;
  export function isValid(domain: string): boolean;
  export interface ParsedDomain { tld: string | null; sld: string | null; domain: string | null; subdomain: string | null; listed: boolean }
  export function parse(domain: string): ParsedDomain | { error: { message: string; code: string } };
}

// punycode.js ships no types; its ES module is imported by path so that Node's deprecated built-in is not used.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
