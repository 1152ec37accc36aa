import type { TemplateDefinition } from '../kit/buildTemplate';
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
  parallelGateway,
  startEvent,
  task,
  triangular,
  when,
} from '../kit/mapParts';
import { breaksRule, duplicates, emptyRows, missingValue, unknownValue, wrongType } from '../kit/messyRows';
import { code } from '../kit/names';
import { officeSimulation, pool } from '../kit/office';
import { arrivalField, idField } from '../kit/recordFields';

const countries = ['DE', 'AT', 'CH', 'FR', 'NL', 'BE', 'PL', 'GB'];
const namePrefixes = [
  'Nordlicht',
  'Alpen',
  'Rhein',
  'Baltic',
  'Helvetia',
  'Danube',
  'Lumen',
  'Oak',
  'Granit',
  'Kiel',
  'Vista',
  'Polar',
];
const nameTrades = [
  'Bau',
  'Logistics',
  'Foods',
  'Medical',
  'Textil',
  'Energy',
  'Software',
  'Retail',
  'Print',
  'Automotive',
];
const legalForms: Record<string, string[]> = {
  DE: ['GmbH', 'AG', 'KG'],
  AT: ['GmbH', 'AG'],
  CH: ['AG', 'GmbH'],
  FR: ['SAS', 'SARL'],
  NL: ['B.V.', 'N.V.'],
  BE: ['BV', 'NV'],
  PL: ['Sp. z o.o.', 'S.A.'],
  GB: ['Ltd', 'PLC'],
};
/** Annual revenue by segment (mean, sd in EUR). */
const revenue: Record<string, [number, number]> = {
  SME: [3_500_000, 2_500_000],
  'Mid-market': [45_000_000, 30_000_000],
  Enterprise: [600_000_000, 500_000_000],
};

/** New business customers: documents from the customer, KYC checks in parallel, due diligence for high risk. */
export const customerOnboarding: TemplateDefinition = {
  id: 'customer-onboarding',
  model: {
    name: 'Customer onboarding',
    description: 'Business customers onboarded across sales, operations and finance, with KYC checks and a risk tier.',
    lanes: [
      { id: 'customer', name: 'Customer', kind: 'external' },
      { id: 'sales', name: 'Sales', kind: 'internal' },
      { id: 'finance', name: 'Finance', kind: 'internal' },
      { id: 'operations', name: 'Operations', kind: 'internal' },
      { id: 'compliance', name: 'Compliance', kind: 'internal' },
    ],
    nodes: [
      startEvent('received', 'Application received', 'sales'),
      task(
        'request-documents',
        'send',
        'Request KYC documents',
        'sales',
        { duration: triangular(10 * minute, 20 * minute, 40 * minute), resource: 'account-managers' },
        { requiredFields: ['companyName', 'country', 'segment'] },
      ),
      task('submit-documents', 'manual', 'Submit KYC documents', 'customer', {
        duration: lognormal(2 * day, 1.5 * day),
      }),
      exclusiveGateway('documents-complete', 'Documents complete?', 'operations'),
      task('missing-documents', 'manual', 'Provide missing documents', 'customer', {
        duration: lognormal(3 * day, 2 * day),
      }),
      exclusiveGateway('documents-merge', '', 'operations'),
      parallelGateway('checks-split', 'operations'),
      task(
        'verify-identity',
        'user',
        'Verify identity and ownership',
        'operations',
        { duration: triangular(20 * minute, 40 * minute, 90 * minute), resource: 'kyc-analysts' },
        { requiredFields: ['companyName', 'country'] },
      ),
      task('screen', 'service', 'Screen sanctions and PEP lists', 'operations', { duration: fixed(30) }),
      parallelGateway('checks-join', 'operations'),
      exclusiveGateway('risk', 'Risk tier?', 'operations'),
      task(
        'due-diligence',
        'user',
        'Enhanced due diligence',
        'compliance',
        { duration: triangular(2 * hour, 4 * hour, 8 * hour), resource: 'compliance-officers' },
        { requiredFields: ['riskTier', 'pep'] },
      ),
      errorBoundary('sanctions-match', 'Sanctions match', 'due-diligence', 'sanctionsHit = true', 0.08),
      endEvent('declined', 'Application declined', 'compliance'),
      exclusiveGateway('risk-merge', '', 'operations'),
      task(
        'credit-limit',
        'user',
        'Set credit limit',
        'finance',
        { duration: triangular(15 * minute, 30 * minute, hour), resource: 'credit-analysts' },
        { requiredFields: ['annualRevenue', 'riskTier'] },
      ),
      task('open-account', 'service', 'Open customer account', 'finance', { duration: fixed(60), fixedCost: 1.5 }),
      endEvent('onboarded', 'Customer onboarded', 'finance'),
    ],
    flows: [
      flow('received', 'request-documents'),
      flow('request-documents', 'submit-documents'),
      flow('submit-documents', 'documents-complete'),
      when('documents-complete', 'missing-documents', 'kycComplete = false', 0.27, 'no'),
      otherwise('documents-complete', 'documents-merge', 0.73, 'yes'),
      flow('missing-documents', 'documents-merge'),
      flow('documents-merge', 'checks-split'),
      flow('checks-split', 'verify-identity'),
      flow('checks-split', 'screen'),
      flow('verify-identity', 'checks-join'),
      flow('screen', 'checks-join'),
      flow('checks-join', 'risk'),
      when('risk', 'due-diligence', 'riskTier = "high" or pep', 0.16, 'high'),
      otherwise('risk', 'risk-merge', 0.84, 'low, medium'),
      flow('due-diligence', 'risk-merge'),
      flow('sanctions-match', 'declined'),
      flow('risk-merge', 'credit-limit'),
      flow('credit-limit', 'open-account'),
      flow('open-account', 'onboarded'),
    ],
    data: {
      fields: [
        idField('applicationId', 'Application ID'),
        arrivalField('receivedAt', 'Received at'),
        { name: 'companyName', type: 'text', required: true, label: 'Company name' },
        { name: 'country', type: 'enum', required: true, values: countries },
        { name: 'segment', type: 'enum', required: true, values: ['SME', 'Mid-market', 'Enterprise'] },
        {
          name: 'annualRevenue',
          type: 'number',
          required: true,
          validation: 'annualRevenue >= 0',
          label: 'Annual revenue (EUR)',
        },
        { name: 'riskTier', type: 'enum', required: true, values: ['low', 'medium', 'high'], label: 'Risk tier' },
        { name: 'pep', type: 'boolean', required: true, label: 'Politically exposed person' },
        { name: 'kycComplete', type: 'boolean', required: true, label: 'KYC documents complete' },
        { name: 'sanctionsHit', type: 'boolean', label: 'Sanctions list match' },
      ],
    },
    simulation: officeSimulation({
      interarrival: exponential(2 * hour),
      cases: 400,
      resources: [
        pool('account-managers', 'Account managers', 1, 70),
        pool('kyc-analysts', 'KYC analysts', 1, 60),
        pool('compliance-officers', 'Compliance officers', 1, 95),
        pool('credit-analysts', 'Credit analysts', 1, 65),
      ],
    }),
    scenarios: [
      {
        id: 'second-kyc-analyst',
        name: 'A second KYC analyst',
        overrides: [{ path: '/simulation/resources/1/capacity', value: 2 }],
      },
    ],
  },
  layout: {
    received: [0, 0],
    'request-documents': [1, 0],
    'submit-documents': [2, 0],
    'documents-complete': [3, 0],
    'missing-documents': [4, 0],
    'documents-merge': [5, 0],
    'checks-split': [6, 0],
    'verify-identity': [7, 0],
    screen: [7, 1],
    'checks-join': [8, 0],
    risk: [9, 0],
    'due-diligence': [10, 0],
    declined: [11, 1],
    'risk-merge': [11, 0],
    'credit-limit': [12, 0],
    'open-account': [13, 0],
    onboarded: [14, 0],
  },
  records: {
    count: 400,
    seed: 2026_02,
    keyColumn: 'applicationId',
    arrivalColumn: 'receivedAt',
    row(random, index) {
      const country = random.weighted(countries.map((c, i) => [c, i < 3 ? 4 : 1] as const));
      const segment = random.weighted<string>([
        ['SME', 60],
        ['Mid-market', 30],
        ['Enterprise', 10],
      ]);
      const [mean, sd] = revenue[segment];
      const pep = random.chance(0.04);
      const riskTier = pep
        ? 'high'
        : random.weighted<string>([
            ['low', 55],
            ['medium', 33],
            ['high', 12],
          ]);
      return {
        applicationId: code('ONB-2026-', index + 1, 4),
        companyName: `${random.pick(namePrefixes)} ${random.pick(nameTrades)} ${random.pick(legalForms[country])}`,
        country,
        segment,
        annualRevenue: Math.round(random.draw(lognormal(mean, sd)) / 1000) * 1000,
        riskTier,
        pep,
        kycComplete: random.chance(0.73),
        sanctionsHit: riskTier === 'high' && random.chance(0.1),
      };
    },
    defects: [
      missingValue('companyName', 3),
      missingValue('riskTier', 2),
      wrongType('annualRevenue', 2, ['1,2 Mio', 'unknown']),
      breaksRule('annualRevenue', 2, (row) => -Math.max(1000, Number(row.annualRevenue))),
      unknownValue('country', 2, ['Germany', 'UK']),
      unknownValue('riskTier', 1, ['High']),
      wrongType('pep', 1, ['unclear']),
      duplicates(2),
      emptyRows(1),
    ],
  },
};
