import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { originHost, originMatchPattern, pageOrigin, parseSiteOrigin } from '../../core/site-origin';

describe('parseSiteOrigin', () => {
  it.each([
    ['kyc.example.edu.cn', 'https://kyc.example.edu.cn'],
    ['  https://KYC.Example.edu.cn/  ', 'https://kyc.example.edu.cn'],
    ['https://kyc.example.edu.cn/notices/2024/01.html?x=1#top', 'https://kyc.example.edu.cn'],
    ['http://lab.example.org:8080', 'http://lab.example.org'],
    ['https://user:pw@kyc.example.edu.cn', 'https://kyc.example.edu.cn'],
    ['localhost', 'https://localhost'],
    ['http://127.0.0.1/page', 'http://127.0.0.1'],
    // Internationalised names are stored in their ASCII (punycode) form, as browsers match them.
    ['科研处.example.cn', `https://${domainToASCII('科研处.example.cn')}`],
  ])('reads %j as %s', (input, origin) => {
    expect(parseSiteOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['*.example.edu.cn', 'wildcard'],
    ['ftp://files.example.org', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['intranet', 'host'],
    ['https://exa_mple.org', 'host'],
    ['http://', 'not-a-url'],
    ['https://exa mple.org', 'not-a-url'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseSiteOrigin(input)).toEqual({ ok: false, problem });
  });
});

describe('origin helpers', () => {
  it('builds the match pattern used for permissions and script registration', () => {
    expect(originMatchPattern('https://kyc.example.edu.cn')).toBe('https://kyc.example.edu.cn/*');
  });
  it('takes the host of an origin', () => expect(originHost('https://kyc.example.edu.cn')).toBe('kyc.example.edu.cn'));
  it.each([
    ['https://www.nsfc.gov.cn/publish/portal0/', 'https://www.nsfc.gov.cn'],
    ['http://lab.example.org:8080/a', 'http://lab.example.org'],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['file:///home/a.html', null],
    ['chrome-extension://abc/popup.html', null],
    [undefined, null],
    ['not a url', null],
  ])('page origin of %j is %j', (url, origin) => expect(pageOrigin(url)).toBe(origin));
});
