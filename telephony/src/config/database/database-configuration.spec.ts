import { describe, expect, it } from 'vitest';
import { configurationDigest } from '../configuration.writer.js';
import { recordingFileExpression } from './call-setup-dialplan.js';
import { databaseConfiguration } from './database-configuration.js';
import type { DatabaseConfigurationOptions, TelephonyModel } from './telephony-model.js';

const options: DatabaseConfigurationOptions = {
  sipDomain: 'switchboard.local',
  agi: { host: '127.0.0.1', port: 4573 },
  recordings: { directory: '/var/spool/switchboard/recordings', fileNamePattern: '{date}/{campaignId}/{callId}.wav' },
};

const model: TelephonyModel = {
  phones: [
    {
      extension: '1001',
      secret: 'agent-secret-for-snapshots',
      displayName: 'Ana "the best" Pérez',
      agentId: '6f1c1c3e-0000-4000-8000-000000000001',
      role: 'agent',
      transport: 'webrtc',
    },
  ],
  trunks: [
    {
      name: 'carrier-a',
      callerId: '+5491100000000',
      maxChannels: 10,
      sipDetails: [
        'type=wizard',
        'transport=trunk-transport',
        'endpoint/context=from-pstn',
        '; a comment',
        'remote_hosts=203.0.113.10:5060',
        'outbound_auth/username=switchboard',
        'outbound_auth/password=provider-secret',
      ].join('\n'),
    },
    { name: 'carrier-b', callerId: null, maxChannels: 1, sipDetails: 'remote_hosts=203.0.113.20\nendpoint/allow=ulaw' },
  ],
  routes: [
    {
      name: 'Local',
      ringSeconds: 45,
      dialOptions: 'Tt',
      patterns: [
        { prefix: '0', prepend: '54', pattern: 'NXXXXXXX' },
        { prefix: null, prepend: null, pattern: '555XXXX' },
      ],
      trunks: ['carrier-a', 'carrier-b'],
    },
    {
      name: 'Everything else',
      ringSeconds: 30,
      dialOptions: 'T,t',
      patterns: [{ prefix: null, prepend: null, pattern: 'X.' }],
      trunks: ['carrier-b'],
    },
  ],
  queues: [
    {
      campaignId: '0b8e7f52-1111-4000-8000-00000000000a',
      campaignName: 'Sales',
      recordCalls: true,
      strategy: 'rrmemory',
      ringSeconds: 15,
      retrySeconds: 5,
      wrapUpSeconds: 2,
      maxCalls: 0,
      serviceLevelSeconds: 20,
      priority: 3,
      musicOnHold: '7d4c2a10-2222-4000-8000-00000000000b',
      agentAnnouncement: 'beep',
      announceHoldTime: 'once',
      announcePosition: true,
      positionAnnounceFrequencySeconds: 30,
      periodicAnnouncement: 'queue-periodic-announce',
      periodicAnnouncementFrequencySeconds: 60,
    },
  ],
  mohPlaylists: [
    {
      id: '7d4c2a10-2222-4000-8000-00000000000b',
      audioIds: ['5a0e0c3e-3333-4000-8000-000000000002', '5a0e0c3e-3333-4000-8000-000000000001'],
    },
    { id: '7d4c2a10-2222-4000-8000-00000000000c', audioIds: [] },
  ],
  amd: {
    initialSilenceMs: 2500,
    greetingMs: 1500,
    afterGreetingSilenceMs: 800,
    totalAnalysisTimeMs: 5000,
    minWordLengthMs: 100,
    betweenWordsSilenceMs: 50,
    maximumNumberOfWords: 3,
    maximumWordLengthMs: 5000,
    silenceThreshold: 256,
  },
};

describe('configuration from the database', () => {
  const files = databaseConfiguration(model, options);

  it.each([...files.keys()])('%s matches its snapshot', async (name) => {
    await expect(files.get(name)).toMatchFileSnapshot(`./__snapshots__/${name}`);
  });

  it('passes no arguments to FastAGI scripts: a comma in a caller id would shift them', () => {
    const agiCalls = files.get('extensions.conf')!.match(/AGI\([^)]*\)/g) ?? [];
    expect(agiCalls.length).toBeGreaterThan(0);
    for (const call of agiCalls) expect(call).toMatch(/^AGI\(agi:\/\/[^,]+\)$/);
  });

  it('keeps the platform transport and context whatever the wizard text says', () => {
    const wizard = files.get('pjsip_wizard.conf')!;
    expect(wizard).not.toMatch(/trunk-transport|from-pstn/);
    expect(wizard.match(/^transport = transport-udp$/gm)).toHaveLength(2);
  });

  it('tries the trunks of a route in order, and routes in position order', () => {
    const dialplan = files.get('extensions.conf')!;
    const dials = dialplan.match(/Dial\(PJSIP\/\$\{SB_NUMBER\}@[a-z-]+/g) ?? [];
    expect(dials.slice(0, 2)).toEqual(['Dial(PJSIP/${SB_NUMBER}@carrier-a', 'Dial(PJSIP/${SB_NUMBER}@carrier-b']);
    expect(dialplan).toMatch(/include => switchboard-routes-1\ninclude => switchboard-routes-2\n/);
    // The route's options, then the dialer's answer path (only on dialer calls), then the
    // agent's transfer option (only on an agent's own calls).
    expect(dialplan).toContain(
      'Dial(PJSIP/${SB_NUMBER}@carrier-b,30,Tt${IF($["${SB_DIALER_CHANNEL}" != ""]?U(switchboard-dialer-answered^s^1))}${SB_AGENT_TRANSFER_OPTION})',
    );
  });

  it("starts each phone's own calls in the context of its dial rights, which reaches nothing more", () => {
    const agent = model.phones[0]!;
    const phones: TelephonyModel['phones'] = [
      { ...agent, extension: '2001', dialing: { externalNumbers: false, otherAgents: false } },
      { ...agent, extension: '2002', dialing: { externalNumbers: true, otherAgents: false } },
      { ...agent, extension: '2003', agentId: null, role: 'supervisor' },
    ];
    const generated = databaseConfiguration({ ...model, phones }, options);
    const contexts = [...generated.get('pjsip.conf')!.matchAll(/^context = (.+)$/gm)].map((match) => match[1]);
    expect(contexts).toEqual([
      'switchboard-phone-dial-none',
      'switchboard-phone-dial-external',
      'switchboard-phone-dial-none',
    ]);
    const dialplan = generated.get('extensions.conf')!;
    const section = (name: string) => dialplan.split(`[${name}]\n`)[1]!.split('\n\n')[0]!;
    expect(section('switchboard-phone-dial-none')).toBe('');
    expect(section('switchboard-phone-dial-external')).toBe('include => switchboard-routes');
    // A supervisor's phone rings by the platform's calls, but no agent reaches it by dialing.
    expect(section('switchboard-agent-phones')).not.toContain('2003');
    expect(section('switchboard-phones')).toContain('exten => 2003,');
  });

  it('changes its digest only when the data does', () => {
    expect(configurationDigest(databaseConfiguration(model, options))).toBe(configurationDigest(files));
    const renamed = { ...model, phones: [{ ...model.phones[0]!, secret: 'another' }] };
    expect(configurationDigest(databaseConfiguration(renamed, options))).not.toBe(configurationDigest(files));
  });
});

describe('recording file name pattern', () => {
  it('turns tokens into dialplan expressions', () => {
    expect(recordingFileExpression('{callId}.wav')).toBe('${SB_CALL_ID}.wav');
  });

  it.each(['../{callId}.wav', '/etc/{callId}.wav', '{callId} x.wav', '{nope}.wav'])('refuses %s', (pattern) => {
    expect(() => recordingFileExpression(pattern)).toThrow(RangeError);
  });
});
