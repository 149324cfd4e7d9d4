// A link that only opens inside the office that wrote the list: a file on a PC or a share (file://…, \\server\share\…,
// C:\…), a host of the office network (http://intranet…, http://192.168.x.x/…, http://10.…, http://localhost…, a host
// with no domain, http://fileserver/…, *.local, *.lan, LGWAN's *.lgwan.jp). Published, it opens nothing for a reader,
// and tells anyone the office's network and file layout. Such a link is never published: not as a URL column's value,
// not kept beside a cell's text (kept-links.ts). A mail address (mailto:) is no such link.

/** A file path or share: a scheme of files, a UNC path (\\server\share, ¥¥server), a drive letter. */
const FILE_PATH = /^(?:file:|\\\\|¥¥|[a-z]:[\\/])/i;
/** A web address whose host is of a private network: the private IPv4 ranges and loopback (RFC 1918, link-local), IPv6
 *  loopback and local ones, a host without a dot (localhost, fileserver), names of a local domain, and a host the office names its intranet. */
const PRIVATE_HOST = new RegExp("^(?:https?|ftp)://(?:[^/@?#]*@)?(?:"
  + "(?:127|10|192\\.168|172\\.(?:1[6-9]|2\\d|3[01])|169\\.254|0)(?:\\.\\d{1,3}){1,3}(?:[:/?#]|$)|\\[(?:::1|f[cd]|fe80)"
  + "|[^./:?#\\[]+(?:[:/?#]|$)"
  + "|(?:intranet[.-]|intra\\.|internal\\.)"
  + "|[^/:?#]*\\.(?:local|localdomain|lan|internal|intranet|intra|corp|home\\.arpa|lgwan\\.jp|lgwan\\.go\\.jp)\\.?(?:[:/?#]|$))", "i");

/** Whether a link (a cell's URL, or what a workbook cell links to) opens only inside the writer's office network or PC. */
export function isPrivateLink(link: string): boolean {
  const s = link.trim();
  return FILE_PATH.test(s) || PRIVATE_HOST.test(s);
}
