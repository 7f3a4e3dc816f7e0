/**
 * sipp scenarios for the test phones: one registers the phone like an agent's phone would,
 * the other auto-answers calls, echoes the caller's audio back and hangs up after a while.
 */

const xml = (name: string, body: string) =>
  `<?xml version="1.0" encoding="ISO-8859-1" ?>\n<!DOCTYPE scenario SYSTEM "sipp.dtd">\n<scenario name="${name}">\n${body}</scenario>\n`;

const message = (attributes: string, text: string) => `  <send${attributes}><![CDATA[\n${text.trim()}\n\n]]></send>\n`;

/**
 * An SDP body with its headers, offering these payload types ("<type> <name>/<rate>"), sipp fills
 * in addresses; the media port is sipp's own unless another is given.
 */
function sdpBody(payloads: string[], mediaPort?: number): string {
  const types = payloads.map((payload) => payload.split(' ')[0]).join(' ');
  return [
    'Content-Type: application/sdp',
    'Content-Length: [len]',
    '',
    'v=0',
    'o=phone 1 1 IN IP[local_ip_type] [local_ip]',
    's=-',
    'c=IN IP[media_ip_type] [media_ip]',
    't=0 0',
    `m=audio ${mediaPort ?? '[media_port]'} RTP/AVP ${types}`,
    ...payloads.map((payload) => `a=rtpmap:${payload}`),
  ].join('\n');
}

export interface RegisterScenario {
  /** Endpoint name, which is also the SIP user and the auth username. */
  name: string;
  password: string;
  /** Where calls to this phone must go: the answering sipp's port. */
  contactPort: number;
  /** 0 unregisters. */
  expiresSeconds: number;
}

export function registerScenario({ name, password, contactPort, expiresSeconds }: RegisterScenario): string {
  const request = (cseq: number, authorization: string) => `
REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:${name}@[remote_ip]>;tag=[pid]SIPpTag00[call_number]
To: <sip:${name}@[remote_ip]>
Call-ID: [call_id]
CSeq: ${cseq} REGISTER
Contact: <sip:${name}@[local_ip]:${contactPort}>
Expires: ${expiresSeconds}
${authorization}Max-Forwards: 70
User-Agent: Switchboard test phone
Content-Length: 0`;
  return xml(
    'Switchboard test phone: register',
    message(' retrans="500"', request(1, '')) +
      '  <recv response="100" optional="true"/>\n' +
      '  <recv response="401" auth="true"/>\n' +
      message(' retrans="500"', request(2, `[authentication username=${name} password=${password}]\n`)) +
      '  <recv response="100" optional="true"/>\n' +
      '  <recv response="200"/>\n',
  );
}

export interface AnswerScenario {
  /** Ringing time before answering. */
  answerAfterMs: number;
  /** Time on the line before the phone hangs up, unless the other side does first. */
  talkMs: number;
  /**
   * Media handled outside sipp: the answer offers PCMU on this port (someone else's RTP socket
   * on the same address), and each call's remote media address ("<ip> <port>", from the
   * INVITE's SDP) is written to `remoteFile` (a path inside the chroot).
   */
  externalMedia?: { port: number; remoteFile: string };
}

const RESPONSE_HEADERS = `[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:[local_ip]:[local_port];transport=[transport]>`;

export function answerScenario({ answerAfterMs, talkMs, externalMedia }: AnswerScenario): string {
  // sipp refuses a variable used only once: the whole matches go into the shell comment.
  const reportMedia = externalMedia
    ? `      <ereg regexp="c=IN IP4 ([0-9.]+)" search_in="body" check_it="true" assign_to="cline,remoteip"/>
      <ereg regexp="m=audio ([0-9]+)" search_in="body" check_it="true" assign_to="mline,remoteport"/>
      <exec command="echo [$remoteip] [$remoteport] > ${externalMedia.remoteFile} # [$cline] [$mline]"/>
`
    : '';
  return xml(
    'Switchboard test phone: answer, talk, hang up',
    `  <recv request="INVITE" crlf="true">
    <action>
      <ereg regexp=".*" search_in="hdr" header="From:" assign_to="remote"/>
      <ereg regexp=".*" search_in="hdr" header="To:" assign_to="local"/>
      <ereg regexp="sip:[^>;]*" search_in="hdr" header="Contact:" assign_to="target"/>
${reportMedia}    </action>
  </recv>
` +
      message('', `SIP/2.0 180 Ringing\n${RESPONSE_HEADERS}\nContent-Length: 0`) +
      `  <pause milliseconds="${Math.max(1, answerAfterMs)}"/>\n` +
      message(
        ' retrans="500"',
        `SIP/2.0 200 OK
${RESPONSE_HEADERS}
${externalMedia ? sdpBody(['0 PCMU/8000'], externalMedia.port) : sdpBody(['0 PCMU/8000', '8 PCMA/8000'])}`,
      ) +
      '  <recv request="ACK" crlf="true"/>\n' +
      `  <recv request="BYE" timeout="${Math.max(1, talkMs)}" ontimeout="hangup"/>\n` +
      message(
        '',
        'SIP/2.0 200 OK\n[last_Via:]\n[last_From:]\n[last_To:]\n[last_Call-ID:]\n[last_CSeq:]\nContent-Length: 0',
      ) +
      '  <nop next="end"/>\n  <label id="hangup"/>\n' +
      message(
        ' retrans="500"',
        `BYE [$target] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: [$local];tag=[pid]SIPpTag01[call_number]
To: [$remote]
[last_Call-ID:]
CSeq: 1 BYE
Max-Forwards: 70
Reason: Q.850;cause=16;text="Normal Clearing"
Content-Length: 0`,
      ) +
      '  <recv response="200" crlf="true"/>\n  <label id="end"/>\n',
  );
}

export interface CallScenario {
  /** Endpoint name, SIP user and auth username of the calling phone. */
  name: string;
  password: string;
  /** What the phone dials, as a person would on its keypad. */
  number: string;
  /** Time on the line once answered, then the phone hangs up. */
  talkMs: number;
}

/**
 * A phone dialing a number by itself (not through the API): INVITE, the digest challenge,
 * INVITE again with credentials, then 200, talk, BYE. Any other final answer (404, 403…) is
 * an unexpected message: sipp ends the call as failed and writes it to its error file.
 */
export function callScenario({ name, password, number, talkMs }: CallScenario): string {
  const invite = (cseq: number, authorization: string) => `
INVITE sip:${number}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:${name}@[remote_ip]>;tag=[pid]SIPpTag00[call_number]
To: <sip:${number}@[remote_ip]>
Call-ID: [call_id]
CSeq: ${cseq} INVITE
Contact: <sip:${name}@[local_ip]:[local_port]>
${authorization}Max-Forwards: 70
User-Agent: Switchboard test phone
${sdpBody(['0 PCMU/8000'])}`;
  const inDialog = (method: string, cseq: number) => `
${method} [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:${name}@[remote_ip]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: ${cseq} ${method}
[routes]
Max-Forwards: 70
Content-Length: 0`;
  const challengeAck = `
ACK sip:${number}@[remote_ip]:[remote_port] SIP/2.0
[last_Via:]
From: <sip:${name}@[remote_ip]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0`;
  return xml(
    'Switchboard test phone: dial a number',
    message(' retrans="500"', invite(1, '')) +
      '  <recv response="100" optional="true"/>\n' +
      '  <recv response="401" auth="true"/>\n' +
      message('', challengeAck) +
      message(' retrans="500"', invite(2, `[authentication username=${name} password=${password}]\n`)) +
      '  <recv response="100" optional="true"/>\n' +
      '  <recv response="180" optional="true"/>\n' +
      '  <recv response="183" optional="true"/>\n' +
      '  <recv response="200" rrs="true"/>\n' +
      message('', inDialog('ACK', 2)) +
      `  <pause milliseconds="${Math.max(1, talkMs)}"/>\n` +
      message(' retrans="500"', inDialog('BYE', 3)) +
      '  <recv response="200" crlf="true"/>\n',
  );
}
