// Top-level domains where most registrations are abusive (cheap or free, little checking); the list is a setting.
export function abusedTldOf(host: string, abusedTlds: ReadonlySet<string>): string | undefined {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return abusedTlds.has(tld) ? tld : undefined;
}
