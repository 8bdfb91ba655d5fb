/**
 * action.yml's `inputs:`, made from the options table: test/unit/action-yml.test.ts keeps the file equal to them, and
 * scripts/action-yml.ts rewrites the file from them.
 */
import { RUN_OPTIONS, WORKFLOW_OPTIONS, type OptionSpec } from '../options.js';

export interface ActionYmlInput {
  description: string;
  required: false;
  default?: string;
}

/** action.yml's `inputs:`, in table order: the run's options, then the workflow's. */
export function actionYmlInputs(): Record<string, ActionYmlInput> {
  const options: OptionSpec[] = [...Object.values(RUN_OPTIONS), ...Object.values(WORKFLOW_OPTIONS)];
  const inputs: Record<string, ActionYmlInput> = {};
  for (const option of options) {
    if (option.input === undefined) continue;
    const { mode, required, description, defaultText } = option;
    const scoped = mode
      ? `${capitalized(mode)} mode${required ? ' (required there)' : ''}: ${uncapitalized(description)}`
      : description;
    inputs[option.input] = {
      description: `${scoped}${defaultText ? ` Default: ${defaultText}.` : ''}`,
      required: false,
      ...(option.default === undefined ? {} : { default: option.default }),
    };
  }
  return inputs;
}

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const uncapitalized = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
