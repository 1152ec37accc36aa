import { claimsTriage } from './claims-triage/definition';
import { customerOnboarding } from './customer-onboarding/definition';
import { expenseReports } from './expense-reports/definition';
import { invoiceExceptions } from './invoice-exceptions/definition';
import type { TemplateDefinition } from './kit/buildTemplate';
import { purchaseApproval } from './purchase-approval/definition';
import { supportEscalation } from './support-escalation/definition';

/** Every built-in template, in the order the start screen lists them. */
export const templateDefinitions: readonly TemplateDefinition[] = [
  purchaseApproval,
  customerOnboarding,
  invoiceExceptions,
  supportEscalation,
  expenseReports,
  claimsTriage,
];
