// "https://facebook.com@evil.top/" shows a trusted name but goes to evil.top: anything before "@" in the authority is
// a user name, which no link a person should click needs.
export function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}
