import { describe, expect, it } from 'vitest';
import { MASKED_SECRET, maskSipSecrets, parseSipDetails, restoreMaskedSecrets } from './sip-details.js';

function lineOf(text: string): unknown {
  try {
    parseSipDetails(text);
  } catch (error) {
    return (error as { details: { line: unknown } }).details.line;
  }
  return 'parsed';
}

describe('parseSipDetails', () => {
  it('reads settings, a leading section header, blank lines and both comment styles', () => {
    const settings = parseSipDetails('[trunk_a]\n# provider A\ntype = wizard\n\n; auth\noutbound_auth/username=me\n');
    expect(settings).toEqual([
      { line: 3, key: 'type', value: 'wizard' },
      { line: 6, key: 'outbound_auth/username', value: 'me' },
    ]);
  });

  it('names the first bad line', () => {
    expect(lineOf('type=wizard\nremote_hosts=a\nthis is not a setting\n')).toBe(3);
    expect(lineOf('type=wizard\n[second]\n')).toBe(2);
    expect(lineOf('[a b]\ntype=wizard')).toBe(1);
    expect(lineOf('type=wizard\r\n#exec /bin/sh\r\n')).toBe(2);
    expect(lineOf('= value')).toBe(1);
  });

  it('refuses control characters other than line breaks, naming the line', () => {
    expect(lineOf('type=wizard\nremote_hosts=a\u0000b\n')).toBe(2);
    expect(lineOf('type=wizard\rendpoint/context=elsewhere\n')).toBe(1);
    expect(lineOf('type=wizard\n\fremote_hosts=a\n')).toBe(2);
    expect(lineOf('type=wizard\nremote_hosts=a\u2028[other]\n')).toBe(2);
    expect(lineOf('type=wizard\r\n\tremote_hosts = a\r\n')).toBe('parsed');
  });

  it('refuses text without settings', () => {
    expect(lineOf('; only a comment\n')).toBeNull();
  });
});

describe('masking credentials', () => {
  const stored = 'type=wizard\noutbound_auth/password=s3cret$1\ninbound_auth/password = other';

  it('hides every password and secret value', () => {
    const masked = maskSipSecrets(stored);
    expect(masked).not.toContain('s3cret');
    expect(masked).not.toContain('other');
    expect(masked).toBe(
      `type=wizard\noutbound_auth/password= ${MASKED_SECRET}\ninbound_auth/password = ${MASKED_SECRET}`,
    );
  });

  it.each([
    'outbound_auth/md5_cred',
    'inbound_auth/md5_cred',
    'outbound_auth/password',
    'auth/password',
    'secret',
    'outbound_auth/oauth_secret',
    'outbound_auth/refresh_token',
    'outbound_auth/oauth_clientid_secret',
    'registration/outbound_auth/password',
    'endpoint/auth_token',
    'passwd',
    'api_key',
    'endpoint/dtls_private_key',
  ])('hides the value of %s', (key) => {
    const masked = maskSipSecrets(`type=wizard\n${key} = hunter2\n`);
    expect(masked).not.toContain('hunter2');
    expect(restoreMaskedSecrets(masked, `type=wizard\n${key} = hunter2\n`)).toContain('hunter2');
  });

  it('leaves what is not a credential readable', () => {
    const text = 'type=wizard\noutbound_auth/username=me\nendpoint/auth=trunk_auth\nremote_hosts=sip.example.com';
    expect(maskSipSecrets(text)).toBe(text);
  });

  it('restores masked values from the stored text and keeps new ones', () => {
    const edited = maskSipSecrets(stored).replace('type=wizard', 'type=wizard\nendpoint/allow=ulaw');
    const restored = restoreMaskedSecrets(
      edited.replace(`inbound_auth/password = ${MASKED_SECRET}`, 'inbound_auth/password=new'),
      stored,
    );
    expect(parseSipDetails(restored)).toEqual([
      { line: 1, key: 'type', value: 'wizard' },
      { line: 2, key: 'endpoint/allow', value: 'ulaw' },
      { line: 3, key: 'outbound_auth/password', value: 's3cret$1' },
      { line: 4, key: 'inbound_auth/password', value: 'new' },
    ]);
  });

  it('refuses a mask that has no stored value behind it', () => {
    expect(() => restoreMaskedSecrets(`type=wizard\nauth/password=${MASKED_SECRET}`, 'type=wizard')).toThrow(/line 2/);
  });
});
