/** A URL with its host emphasised: the host is what decides where the user really goes. */
export function Destination({ url, host }: { url: string; host: string }) {
  const at = host ? url.indexOf(host) : -1;
  return (
    <p class="destination" data-testid="destination">
      {at < 0 ? url : (<>{url.slice(0, at)}<strong>{host}</strong>{url.slice(at + host.length)}</>)}
    </p>
  );
}
