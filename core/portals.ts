/**
 * The grant portals Grant Lens runs on out of the box (docs/domain.md, «Agencies and portals»).
 * One list for the manifest's host permissions and content-script matches, the settings and
 * the options page, so they cannot disagree.
 */
export const DEFAULT_PORTAL_HOSTS = [
  'service.most.gov.cn',
  'www.most.gov.cn',
  'www.nsfc.gov.cn',
  'grants.nsfc.gov.cn',
  'isisn.nsfc.gov.cn',
] as const;

export type PortalHost = (typeof DEFAULT_PORTAL_HOSTS)[number];

export function isDefaultPortalHost(host: string): host is PortalHost {
  return (DEFAULT_PORTAL_HOSTS as readonly string[]).includes(host);
}
