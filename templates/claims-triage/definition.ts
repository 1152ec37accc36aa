import type { TemplateDefinition } from '../kit/buildTemplate';
import { daysAfter } from '../kit/arrivals';
import {
  day,
  endEvent,
  errorBoundary,
  exclusiveGateway,
  exponential,
  fixed,
  flow,
  hour,
  lognormal,
  minute,
  otherwise,
  startEvent,
  task,
  timerBoundary,
  triangular,
  when,
} from '../kit/mapParts';
import {
  breaksRule,
  duplicates,
  emptyRows,
  impossibleDate,
  missingValue,
  negative,
  unknownValue,
  wrongType,
} from '../kit/messyRows';
import { code } from '../kit/names';
import { officeSimulation, pool } from '../kit/office';
import { arrivalField, idField, positiveNumber } from '../kit/recordFields';

/** Claim size per line of business (mean, sd in EUR), the chance of an injury, and how losses are described. */
const losses: Record<string, { mean: number; sd: number; injury: number; police: number; descriptions: string[] }> = {
  motor: {
    mean: 2800,
    sd: 2500,
    injury: 0.1,
    police: 0.4,
    descriptions: ['Rear-end collision', 'Parking damage', 'Windscreen crack', 'Car stolen'],
  },
  home: {
    mean: 3500,
    sd: 4000,
    injury: 0,
    police: 0.15,
    descriptions: ['Water damage, kitchen', 'Storm damage to roof', 'Burglary', 'Broken window, hail'],
  },
  travel: {
    mean: 600,
    sd: 500,
    injury: 0.05,
    police: 0.1,
    descriptions: ['Trip cancelled, illness', 'Luggage lost', 'Doctor abroad', 'Flight missed, strike'],
  },
  liability: {
    mean: 9000,
    sd: 9000,
    injury: 0.25,
    police: 0,
    descriptions: ['Guest slipped on stairs', 'Damaged rented flat', 'Dog bit a cyclist'],
  },
};

/** Insurance claims triaged by rules: fast track, a claims handler, or special investigations when fraud is suspected. */
export const claimsTriage: TemplateDefinition = {
  id: 'claims-triage',
  model: {
    name: 'Insurance claim triage',
    description: 'Claims triaged by amount, injury and fraud score: settled automatically, assessed, or investigated.',
    lanes: [
      { id: 'policyholder', name: 'Policyholder', kind: 'external' },
      { id: 'claims-system', name: 'Claims system', kind: 'system' },
      { id: 'handling', name: 'Claims handling', kind: 'internal' },
      { id: 'siu', name: 'Special investigations', kind: 'internal' },
    ],
    nodes: [
      startEvent('reported', 'Loss reported', 'policyholder'),
      task(
        'register',
        'service',
        'Register claim',
        'claims-system',
        { duration: fixed(30) },
        { requiredFields: ['policyNumber', 'lineOfBusiness', 'lossDate', 'claimAmount'] },
      ),
      errorBoundary('no-cover', 'Cannot register', 'register', 'policyNumber = null or claimAmount <= 0', 0.03),
      endEvent('returned', 'Returned', 'claims-system'),
      task('score', 'businessRule', 'Score fraud risk', 'claims-system', { duration: fixed(5) }),
      exclusiveGateway('triage', 'Triage', 'claims-system'),
      task(
        'investigate',
        'user',
        'Investigate claim',
        'siu',
        { duration: triangular(4 * hour, 8 * hour, 16 * hour), resource: 'investigators' },
        { requiredFields: ['fraudScore'] },
      ),
      exclusiveGateway('fraud', 'Fraud?', 'siu'),
      endEvent('declined', 'Claim declined', 'siu'),
      task('auto-settle', 'service', 'Settle automatically', 'claims-system', { duration: fixed(10) }),
      task(
        'assess',
        'user',
        'Assess claim',
        'handling',
        { duration: triangular(30 * minute, hour, 3 * hour), resource: 'adjusters' },
        { requiredFields: ['claimAmount', 'injury'] },
      ),
      timerBoundary('update-due', 'Update due', 'assess', 5 * day, false),
      endEvent('update-sent', 'Update sent', 'handling'),
      exclusiveGateway('settle', '', 'claims-system'),
      task('pay', 'service', 'Pay claim', 'claims-system', { duration: fixed(20), fixedCost: 2 }),
      endEvent('paid', 'Claim paid', 'policyholder'),
    ],
    flows: [
      flow('reported', 'register'),
      flow('no-cover', 'returned'),
      flow('register', 'score'),
      flow('score', 'triage'),
      when('triage', 'investigate', 'fraudScore >= 0.8', 0.05, 'suspicious'),
      when('triage', 'auto-settle', 'claimAmount < 1500 and injury = false', 0.37, 'fast track'),
      otherwise('triage', 'assess', 0.58, 'standard'),
      when('fraud', 'declined', 'fraudConfirmed = true', 0.35, 'yes'),
      otherwise('fraud', 'settle', 0.65),
      flow('investigate', 'fraud'),
      flow('update-due', 'update-sent'),
      flow('auto-settle', 'settle'),
      flow('assess', 'settle'),
      flow('settle', 'pay'),
      flow('pay', 'paid'),
    ],
    data: {
      fields: [
        idField('claimId', 'Claim ID'),
        arrivalField('reportedAt', 'Reported at'),
        { name: 'policyNumber', type: 'text', required: true, label: 'Policy number' },
        {
          name: 'lineOfBusiness',
          type: 'enum',
          required: true,
          values: ['motor', 'home', 'travel', 'liability'],
          label: 'Line of business',
        },
        { name: 'lossDate', type: 'date', required: true, label: 'Date of loss' },
        positiveNumber('claimAmount', 'Claimed amount (EUR)'),
        { name: 'injury', type: 'boolean', required: true },
        { name: 'fraudScore', type: 'number', validation: 'fraudScore >= 0 and fraudScore <= 1', label: 'Fraud score' },
        { name: 'policeReport', type: 'boolean', label: 'Police report' },
        { name: 'description', type: 'text' },
        { name: 'fraudConfirmed', type: 'boolean', label: 'Fraud confirmed' },
      ],
    },
    simulation: officeSimulation({
      interarrival: exponential(hour),
      cases: 500,
      resources: [pool('adjusters', 'Claims adjusters', 2, 62), pool('investigators', 'Fraud investigators', 1, 85)],
    }),
    scenarios: [
      {
        id: 'wider-fast-track',
        name: 'Fast track up to 3,000 EUR',
        description: 'Claims without injury up to 3,000 EUR are settled automatically.',
        overrides: [
          { path: '/flows/5/condition', value: 'claimAmount < 3000 and injury = false' },
          { path: '/flows/5/probability', value: 0.52 },
          { path: '/flows/6/probability', value: 0.43 },
        ],
      },
    ],
  },
  layout: {
    reported: [0, 0],
    register: [1, 0],
    returned: [2, 1],
    score: [2, 0],
    triage: [3, 0],
    investigate: [4, 0],
    'auto-settle': [4, 0],
    assess: [4, 0],
    fraud: [5, 0],
    'update-sent': [5, 1],
    declined: [6, 0],
    settle: [6, 0],
    pay: [7, 0],
    paid: [8, 0],
  },
  records: {
    count: 500,
    seed: 2026_06,
    keyColumn: 'claimId',
    arrivalColumn: 'reportedAt',
    row(random, index, arrival) {
      const lineOfBusiness = random.weighted<string>([
        ['motor', 45],
        ['home', 30],
        ['travel', 15],
        ['liability', 10],
      ]);
      const { mean, sd, injury, police, descriptions } = losses[lineOfBusiness];
      const lossDate = daysAfter(arrival, -random.int(0, 20));
      return {
        claimId: code('CLM-2026-', index + 1, 6),
        policyNumber: code('POL-', random.int(10_000_000, 99_999_999), 8),
        lineOfBusiness,
        lossDate,
        claimAmount: random.money(lognormal(mean, sd), 50),
        injury: random.chance(injury),
        fraudScore: Math.pow(random.next(), 5).toFixed(2),
        policeReport: random.chance(police) ? true : '',
        description: random.pick(descriptions),
        fraudConfirmed: random.chance(0.35),
      };
    },
    defects: [
      missingValue('policyNumber', 4),
      missingValue('lossDate', 2),
      wrongType('claimAmount', 3, ['approx. 2000', 'tbc', 'EUR 1500']),
      negative('claimAmount', 3),
      breaksRule('fraudScore', 2, () => '1.7'),
      unknownValue('lineOfBusiness', 3, ['Motor', 'pet', 'cyber']),
      impossibleDate('lossDate', 2),
      duplicates(3),
      emptyRows(1),
    ],
  },
};
