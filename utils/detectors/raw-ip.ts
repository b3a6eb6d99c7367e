// A link to a bare IP address: real services use names; botnets, phishing kits and malware droppers often do not.
import { isStrictIp } from '../host-list';

export function isRawIpHost(host: string): boolean {
  return isStrictIp(host.replace(/^\[|\]$/g, ''));
}
