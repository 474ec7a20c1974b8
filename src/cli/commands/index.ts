/** Every `folio` command, by name. Add a command by adding its module here. */
import type { Command } from '../command.js';
import { bibCommand } from './bib.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { coverCommand } from './cover.js';
import { epubCommand } from './epub.js';
import { htmlCommand } from './html.js';
import { normaliseCommand } from './normalise.js';
import { pdfCommand } from './pdf.js';
import { preflightCommand } from './preflight.js';
import { previewCommand } from './preview.js';

export const commands: Command[] = [
  buildCommand,
  checkCommand,
  epubCommand,
  pdfCommand,
  coverCommand,
  preflightCommand,
  htmlCommand,
  previewCommand,
  normaliseCommand,
  bibCommand,
];
