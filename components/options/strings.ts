/** The options page's words, in both languages (see core/i18n.ts: no central dictionary). */
import type { OriginProblem } from '../../core/site-origin';

export const T = {
  title: { en: 'Grant Lens settings', zh: 'Grant Lens 设置' },
  loading: { en: 'Loading settings…', zh: '正在读取设置…' },
  saved: { en: 'Saved', zh: '已保存' },
  saving: { en: 'Saving…', zh: '正在保存…' },
  saveFailed: { en: 'Could not save: ', zh: '保存失败：' },
  problems: {
    en: 'Some saved settings were not valid and have been reset to their defaults. Everything else was kept.',
    zh: '部分已保存的设置无效，已恢复为默认值；其他设置均已保留。',
  },

  highlighting: { en: 'Highlighting', zh: '标注' },
  highlightEnabled: { en: 'Mark programme names on pages', zh: '在网页上标出项目名称' },
  highlightEnabledHint: {
    en: 'When this is off, no page is marked. Search from the toolbar still works.',
    zh: '关闭后，任何网页都不再标注；工具栏中的搜索仍可使用。',
  },
  look: { en: 'Highlight style', zh: '标注样式' },
  underline: { en: 'Underline', zh: '下划线' },
  background: { en: 'Background colour', zh: '底色' },
  sample: { en: 'Example:', zh: '示例：' },
  sampleName: { en: 'Research Fund for International Scientists', zh: '外国学者研究基金项目' },
  sampleInLink: { en: 'In a link:', zh: '链接中：' },
  sampleLight: { en: 'On a light page', zh: '浅色网页上' },
  sampleDark: { en: 'On a dark page', zh: '深色网页上' },
  lookHint: {
    en: 'Colours follow each page’s own background, not the system’s dark mode: a white page gets dark amber, a dark page bright amber.',
    zh: '颜色随网页本身的背景而定，与系统的深色模式无关：白色网页用深琥珀色，深色网页用亮琥珀色。',
  },

  language: { en: 'Language', zh: '界面语言' },
  languageLabel: { en: 'Language of Grant Lens', zh: 'Grant Lens 的界面语言' },
  langAuto: { en: 'Same as the browser', zh: '跟随浏览器' },

  portals: { en: 'Grant portals', zh: '资助机构网站' },
  portalsHint: {
    en: 'Grant Lens marks programme names on these sites out of the box. Switch off any you do not want.',
    zh: 'Grant Lens 默认在以下网站标注项目名称，可逐个关闭。',
  },

  userSites: { en: 'Your own sites', zh: '自定义网站' },
  userSitesHint: {
    en: "For example your university's research-office site. When you add a site, the browser asks you to allow Grant Lens on it; removing the site takes that access back.",
    zh: '例如本校科研处网站。添加网站时，浏览器会请您允许 Grant Lens 访问该网站；移除网站即收回该权限。',
  },
  siteAddress: { en: 'Site address', zh: '网站地址' },
  siteAddressHint: { en: 'For example kyc.example.edu.cn', zh: '例如 kyc.example.edu.cn' },
  add: { en: 'Add site', zh: '添加网站' },
  remove: { en: 'Remove', zh: '移除' },
  removeSite: { en: 'Remove: {site}', zh: '移除：{site}' },
  noSites: { en: 'No sites added yet.', zh: '尚未添加网站。' },
  // Withdrawn in the browser's menus, or added on another device (settings sync, grants do not).
  noAccess: {
    en: 'Not active in this browser: Grant Lens has no access to this site here.',
    zh: '在此浏览器中未生效：Grant Lens 没有访问该网站的权限。',
  },
  allow: { en: 'Allow again', zh: '重新授权' },
  // Accessible names start with the visible text (WCAG 2.5.3, "label in name").
  allowSite: { en: 'Allow again: {site}', zh: '重新授权：{site}' },
} as const;

/** Why a site could not be added, one sentence each. */
export const SITE_PROBLEMS: Record<OriginProblem | 'portal' | 'duplicate' | 'denied', { en: string; zh: string }> = {
  empty: { en: 'Type the address of a site.', zh: '请输入网站地址。' },
  'not-a-url': { en: 'This is not a web address.', zh: '这不是有效的网址。' },
  scheme: { en: 'Only http and https sites can be added.', zh: '只能添加 http 或 https 网站。' },
  host: {
    en: 'The site name looks incomplete: it needs a domain such as example.edu.cn.',
    zh: '网站名称不完整，需要类似 example.edu.cn 的域名。',
  },
  wildcard: {
    en: 'Add each site on its own; patterns with * are not accepted.',
    zh: '请逐个添加网站，不支持带 * 的通配。',
  },
  portal: {
    en: 'This is one of the grant portals above; switch it on there.',
    zh: '该网站属于上方的资助机构网站，请在那里开启。',
  },
  duplicate: { en: 'This site is already in your list.', zh: '该网站已在列表中。' },
  denied: {
    en: 'The browser did not allow access, so the site was not added.',
    zh: '浏览器未授予访问权限，网站未添加。',
  },
};

/** What each default portal is, beyond its host name (docs/domain.md, «Agencies and portals»). */
export const PORTAL_NAMES: Record<string, { en: string; zh: string }> = {
  'service.most.gov.cn': {
    en: 'MOST: National S&T Management Information System, public service platform',
    zh: '科技部：国家科技管理信息系统公共服务平台',
  },
  'www.most.gov.cn': { en: 'MOST: Ministry of Science and Technology', zh: '科技部官网' },
  'www.nsfc.gov.cn': { en: 'NSFC: National Natural Science Foundation of China', zh: '国家自然科学基金委员会官网' },
  'grants.nsfc.gov.cn': {
    en: 'NSFC: ScienceFund online system (2023 on)',
    zh: '国家自然科学基金委：科学基金网络信息系统（2023 年起）',
  },
  'isisn.nsfc.gov.cn': {
    en: 'NSFC: earlier online application system',
    zh: '国家自然科学基金委：原科学基金网络信息系统',
  },
};

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
