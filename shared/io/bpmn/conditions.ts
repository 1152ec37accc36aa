import { parseExpression } from 'feelin';
import { text, type ModdleElement } from './moddleElement';

/** Whether a text parses as a FEEL expression. */
export function isFeel(expression: string): boolean {
  if (expression.trim() === '') return false;
  let valid = true;
  parseExpression(expression, {}, undefined).iterate({
    enter: (node) => {
      if (node.type.isError) valid = false;
      return valid;
    },
  });
  return valid;
}

/** JUEL (`${amount > 5000 && vip}`, Camunda 7) rewritten as FEEL, for the plain comparisons both languages share. */
function juelToFeel(inner: string): string {
  return inner
    .replace(/&&|\band\b/g, ' and ')
    .replace(/\|\||\bor\b/g, ' or ')
    .replace(/==|\beq\b/g, '=')
    .replace(/\bne\b/g, '!=')
    .replace(/!\s*\(/g, 'not(')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ConditionReading {
  /** The FEEL condition, when the file's is FEEL or could be converted to it. */
  condition?: string;
  /** The condition as the file wrote it, when it is not plain FEEL. */
  original?: { language?: string; body: string };
  /** Why the original was converted or kept aside. */
  note?: string;
}

/**
 * Reads a sequence flow's conditionExpression. A body that parses as FEEL is taken as it is (Zeebe's leading `=`
 * removed), whatever language the file names; JUEL is converted where it is a plain comparison; anything else is
 * kept aside so that the export writes it again.
 */
export function readCondition(expression: ModdleElement | undefined): ConditionReading {
  const body = text(expression, 'body')?.trim();
  if (body === undefined) return {};
  const language = text(expression, 'language');
  const original = language === undefined ? { body } : { language, body };
  const feel = body.replace(/^=\s*/, '');
  const juel = /^\$\{([\s\S]*)\}$/.exec(body);
  if (!juel && isFeel(feel)) {
    if (language === undefined || /feel/i.test(language)) return { condition: feel };
    return {
      condition: feel,
      original,
      note: `has a condition in ${language}; "${feel}" reads as FEEL and is simulated as such`,
    };
  }
  if (juel) {
    const converted = juelToFeel(juel[1]);
    if (isFeel(converted))
      return { condition: converted, original, note: `was converted from JUEL "${body}" to FEEL "${converted}"` };
  }
  return {
    original,
    note: `has a condition that is not FEEL ("${body.slice(0, 80)}"${language ? `, ${language}` : ''}); it was kept under extensions and the flow is chosen by probability`,
  };
}
