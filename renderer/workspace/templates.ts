import claimsTriageMap from '../../templates/claims-triage/map.flow.json?raw';
import claimsTriageRecords from '../../templates/claims-triage/records.csv?raw';
import customerOnboardingMap from '../../templates/customer-onboarding/map.flow.json?raw';
import customerOnboardingRecords from '../../templates/customer-onboarding/records.csv?raw';
import expenseReportsMap from '../../templates/expense-reports/map.flow.json?raw';
import expenseReportsRecords from '../../templates/expense-reports/records.csv?raw';
import invoiceExceptionsMap from '../../templates/invoice-exceptions/map.flow.json?raw';
import invoiceExceptionsRecords from '../../templates/invoice-exceptions/records.csv?raw';
import purchaseApprovalMap from '../../templates/purchase-approval/map.flow.json?raw';
import purchaseApprovalRecords from '../../templates/purchase-approval/records.csv?raw';
import supportEscalationMap from '../../templates/support-escalation/map.flow.json?raw';
import supportEscalationRecords from '../../templates/support-escalation/records.csv?raw';

/** A built-in example map with its sample records, as the start screen offers it. */
export interface BuiltInTemplate {
  id: string;
  name: string;
  /** One line: what the process does. */
  description: string;
  /** The text of the template's `.flow.json`. */
  mapText: string;
  /** The sample records' column that identifies a record, and the one with each record's arrival time. */
  keyColumn: string;
  arrivalColumn: string;
}

interface TemplateSource {
  mapText: string;
  recordsText: string;
  keyColumn: string;
  arrivalColumn: string;
}

/** The templates of templates/, bundled as text, in the order they are listed. */
const sources: TemplateSource[] = [
  {
    mapText: purchaseApprovalMap,
    recordsText: purchaseApprovalRecords,
    keyColumn: 'requestId',
    arrivalColumn: 'submittedAt',
  },
  {
    mapText: customerOnboardingMap,
    recordsText: customerOnboardingRecords,
    keyColumn: 'applicationId',
    arrivalColumn: 'receivedAt',
  },
  {
    mapText: invoiceExceptionsMap,
    recordsText: invoiceExceptionsRecords,
    keyColumn: 'invoiceId',
    arrivalColumn: 'receivedAt',
  },
  {
    mapText: supportEscalationMap,
    recordsText: supportEscalationRecords,
    keyColumn: 'ticketId',
    arrivalColumn: 'openedAt',
  },
  {
    mapText: expenseReportsMap,
    recordsText: expenseReportsRecords,
    keyColumn: 'reportId',
    arrivalColumn: 'submittedAt',
  },
  { mapText: claimsTriageMap, recordsText: claimsTriageRecords, keyColumn: 'claimId', arrivalColumn: 'reportedAt' },
];

const recordsById = new Map<string, string>();

/** Every built-in template; the name and description are the map's own. */
export const builtInTemplates: readonly BuiltInTemplate[] = sources.map((source) => {
  const { id, name, description } = JSON.parse(source.mapText) as { id: string; name: string; description: string };
  recordsById.set(id, source.recordsText);
  return {
    id,
    name,
    description,
    mapText: source.mapText,
    keyColumn: source.keyColumn,
    arrivalColumn: source.arrivalColumn,
  };
});

/** The built-in template with this id, or undefined. */
export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return builtInTemplates.find((template) => template.id === id);
}

/** The sample records of a template as CSV text (comma-separated, header first). */
export function templateRecords(id: string): string {
  const text = recordsById.get(id);
  if (text === undefined) throw new Error(`there is no template "${id}"`);
  return text;
}
