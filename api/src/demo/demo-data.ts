import { BuiltInRole, CampaignType, DispositionType, FormFieldType, PauseType } from '@switchboard/schema';

/** The demo contact center, as data: what `npm run demo` seeds. */
export const DEMO_PASSWORD = 'Switchboard-Demo-2026';

export const demoUsers = [
  { username: 'admin', firstName: 'Ada', lastName: 'Admin', role: BuiltInRole.ADMINISTRATOR },
  { username: 'supervisor', firstName: 'Sofía', lastName: 'Supervisora', role: BuiltInRole.SUPERVISOR },
  ...['Lucía', 'Mateo', 'Valentina', 'Santiago', 'Camila'].map((firstName, index) => ({
    username: `agent${index + 1}`,
    firstName,
    lastName: 'Agent',
    role: BuiltInRole.AGENT,
    // agent1 is the newcomer's: worked in the browser console. The others are bots on SIP phones.
    console: index === 0,
  })),
];

// Dialer calls answer by themselves: a person at the console could not answer within the connect window.
export const demoGroup = {
  name: 'Demo agents',
  autoUnpauseSeconds: 5,
  allowHold: true,
  forceDisposition: false,
  autoAttendDialer: true,
};

export const demoPauses = [
  { name: 'Break', type: PauseType.RECREATIONAL },
  { name: 'Lunch', type: PauseType.RECREATIONAL },
  { name: 'Training', type: PauseType.PRODUCTIVE },
  { name: 'Back office', type: PauseType.PRODUCTIVE },
];

export const demoForm = {
  name: 'Customer survey',
  description: 'Satisfaction survey after a sale or support call',
  fields: [
    { name: 'satisfaction', label: 'Satisfaction (1-5)', type: FormFieldType.NUMBER, required: true },
    {
      name: 'product',
      label: 'Product',
      type: FormFieldType.LIST,
      required: true,
      options: ['Internet', 'Mobile', 'TV'],
    },
    { name: 'follow_up', label: 'Follow-up date', type: FormFieldType.DATE, required: false },
    { name: 'comments', label: 'Comments', type: FormFieldType.TEXTAREA, required: false },
  ],
};

export const demoDispositions = [
  { name: 'No answer', type: DispositionType.NO_ACTION },
  { name: 'Wrong number', type: DispositionType.NO_ACTION },
  { name: 'Call back later', type: DispositionType.CALLBACK },
  { name: 'Survey done', type: DispositionType.ENGAGED },
];

export const demoCampaigns = [
  { name: 'Inbound support', type: CampaignType.INBOUND, withDatabase: true },
  { name: 'Manual sales', type: CampaignType.MANUAL, withDatabase: true },
  { name: 'Preview survey', type: CampaignType.PREVIEW, withDatabase: true },
  { name: 'Predictive collections', type: CampaignType.DIALER, withDatabase: true },
];

const cities = ['Buenos Aires', 'Córdoba', 'Rosario', 'Mendoza', 'Montevideo', 'Santiago', 'Lima', 'Bogotá'];
const names = ['Juan Pérez', 'María García', 'Carlos López', 'Ana Martínez', 'Luis Rodríguez', 'Elena Sánchez'];

/** Numbers follow the fake PSTN's plan (telephony issue): the last digit picks the outcome. */
export function demoContacts(count = 24) {
  return Array.from({ length: count }, (_, index) => {
    const [first, last] = names[index % names.length]!.split(' ');
    return {
      phone: `5491100${String(index).padStart(4, '0')}`,
      mobile: `5491160${String(index).padStart(4, '0')}`,
      first_name: first!,
      last_name: last!,
      city: cities[index % cities.length]!,
      customer_id: `CUST-${1000 + index}`,
    };
  });
}

/** The DID customers of the inbound campaign dial (fake PSTN callers reach it through the trunk). */
export const DEMO_INBOUND_DID = '5556000';

/**
 * Customers of the dialer campaign: fake PSTN numbers whose last digit picks what happens (a
 * person who talks for a while, an answering machine, busy, no answer, rejected), in the
 * proportions a real list has, so that pacing, AMD and retries all have something to do.
 */
export function demoDialerContacts(count = 300) {
  const outcomes: [digit: string, share: number][] = [
    ['1', 0.3], // human
    ['2', 0.15], // answering machine
    ['3', 0.1], // busy
    ['4', 0.35], // no answer
    ['6', 0.1], // rejected
  ];
  return Array.from({ length: count }, (_, index) => {
    let point = ((index * 7919) % 1000) / 1000;
    const digit = outcomes.find(([, share]) => (point -= share) < 0)?.[0] ?? '4';
    // Two digits before the outcome: how long a person talks (20-59 s).
    const talk = String(20 + ((index * 13) % 40));
    const [first, last] = names[index % names.length]!.split(' ');
    return {
      phone: `549112${String(index).padStart(4, '0')}${talk}${digit}`,
      first_name: first!,
      last_name: last!,
      city: cities[index % cities.length]!,
      debt: String(100 + ((index * 37) % 900)),
    };
  });
}
