import type { Formatter } from './report.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { codequality } from './codequality.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, junit, codequality };
export const FORMAT_NAMES = Object.keys(FORMATTERS);
