/**
 * A title a word processor set in two runs of italics, split at a dash it left upright (`*Orozco in the United
 * States, 1927*–*1934*`): the runs are one title. Without the mend the title ended at the first run (`…, 1927`) and
 * the rest read as the citation's next part. So are a case's parties each set in italics around an upright `v.`
 * (`*Bach* v. *Longman*`, `*Tide Co*. v. *Lee*`: one case name). (Runs split at a space are read by the citation
 * parser, which knows when they are two titles: `*Tides in* *Harbour Lives*`, split-runs.ts.)
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** What joins the runs: a dash alone, or the upright `v.` of a case whose parties are set apart (`*Bach* v. *Longman*`). */
const JOINT = /^(?:[-–—]|\.?\s+v\.?\s+)$/;

/** The italic runs of the siblings that go on into the next one (their closing is dropped, and its opening). */
export function continuedItalics(children: readonly Nodes[]): { closes: Set<Nodes>; opens: Set<Nodes> } {
  const closes = new Set<Nodes>();
  const opens = new Set<Nodes>();
  const italic = (node: Nodes | undefined) => node?.type === 'emphasis' && /[\p{L}\p{N}]/u.test(toString(node));
  for (let index = 0; index + 2 < children.length; index++) {
    const [run, joint, next] = [children[index], children[index + 1], children[index + 2]];
    if (italic(run) && joint.type === 'text' && JOINT.test(joint.value) && italic(next)) {
      closes.add(run);
      opens.add(next);
    }
  }
  return { closes, opens };
}
