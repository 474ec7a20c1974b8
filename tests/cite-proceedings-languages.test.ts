/**
 * A paper's proceedings named without italics after its quoted title, in another language than English
 * (`Actas del …`, `Actes du …`, `Atti del …`, `Anais do …`): a conference's paper, the proceedings up to the comma
 * before the meeting's place its container (site-and-proceedings.ts). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';

const item = (text: string) => parseFullCitation(text).item;

describe('proceedings named in another language', () => {
  it('reads the paper as a conference’s, the proceedings its container', () => {
    expect(
      item('Ann Lee, “Las mareas del puerto,” Actas del III Congreso de Puertos, Hull (May 2001): 17–19.'),
    ).toMatchObject({
      type: 'paper-conference',
      'container-title': 'Actas del III Congreso de Puertos',
    });
    expect(item('Ann Lee, “Les marées,” Actes du Colloque des Ports, Hull (May 2001): 17–19.').type).toBe(
      'paper-conference',
    );
    expect(item('Ann Lee, “Le maree,” Atti del Convegno di Porti, Hull (May 2001): 17–19.').type).toBe(
      'paper-conference',
    );
  });

  it('leaves a quoted title before other words as it was', () => {
    expect(item('Ann Lee, “Las mareas del puerto,” Actualidad de los Puertos, Hull (May 2001): 17–19.').type).not.toBe(
      'paper-conference',
    );
  });
});
