/** The validate formats: one file each, registered here; `--format`'s choices come from this map. */
import type { ValidationResult } from '../../core/validation-result.js';
import type { Formatter } from '../format.js';
import { formatValidateGithub } from './github.js';
import { formatValidateJson } from './json.js';
import { formatValidateText } from './text.js';
import { formatValidateSarif } from './sarif.js';
import { formatValidateGitlab } from './gitlab.js';
import { formatValidateJunit } from './junit.js';

import type { ValidateFormat } from '../names.js';

export type { ValidateFormat } from '../names.js';

export const VALIDATE_FORMATS = {
  text: formatValidateText,
  json: formatValidateJson,
  github: formatValidateGithub,
  sarif: formatValidateSarif,
  gitlab: formatValidateGitlab,
  junit: formatValidateJunit,
} as const satisfies Record<ValidateFormat, Formatter<ValidationResult>>;

export { formatValidateText } from './text.js';
