// Imported by `loadPayExplanation` when a pay popover first opens.
import { explainEstimate, type CurrencyDisplay, type Project } from '@microintern/core';

/** "8–12 hours × $18–22/hr ≈ $144–264"; throws for a compensation or effort that is not valid. */
export function explainPay(project: Project, locale: string, currencyDisplay: CurrencyDisplay): string {
  return explainEstimate(project.compensation, project.effort, { locale, currencyDisplay });
}
