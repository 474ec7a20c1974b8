/** Every `folio` command, by name. Add a command by adding its module here. */
import type { Command } from '../command.js';
import { bibCommand } from './bib.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { normaliseCommand } from './normalise.js';

export const commands: Command[] = [buildCommand, checkCommand, normaliseCommand, bibCommand];
