import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHTER_SCRIPT,
  planUserSiteScripts,
  userSiteScript,
  userSiteScriptId,
} from '../../core/user-site-scripts';

const SITE = 'https://kyc.example.edu.cn';

describe('planUserSiteScripts', () => {
  it('registers what is wanted and missing, keeps what is up to date, removes the rest', () => {
    const plan = planUserSiteScripts(
      ['https://a.example.org', 'https://b.example.org'],
      [
        userSiteScript('https://a.example.org'),
        userSiteScript('https://gone.example.org'),
        { id: 'someone-else', matches: ['https://x.example.org/*'] },
      ],
    );
    expect(plan).toEqual({
      register: ['https://b.example.org'],
      unregister: [userSiteScriptId('https://gone.example.org')],
    });
  });

  it('replaces a registration whose file or matches changed (e.g. after an update)', () => {
    const stale = { ...userSiteScript(SITE), js: ['content-scripts/old-name.js'] };
    expect(planUserSiteScripts([SITE], [stale])).toEqual({ register: [SITE], unregister: [stale.id] });
  });

  it('replaces a registration made to run at document_idle (versions before the early highlight rules)', () => {
    const older = { ...userSiteScript(SITE), runAt: 'document_idle' };
    expect(planUserSiteScripts([SITE], [older])).toEqual({ register: [SITE], unregister: [older.id] });
  });

  it('accepts the leading slash Firefox may report on file paths', () => {
    const reported = { ...userSiteScript(SITE), js: [`/${HIGHLIGHTER_SCRIPT}`] };
    expect(planUserSiteScripts([SITE], [reported])).toEqual({ register: [], unregister: [] });
  });
});
