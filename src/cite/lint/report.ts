/**
 * A finding's related places as the vfile message's `cause`: a message of its own, on the file
 * and place it names (the first full citation, the note an Ibid. follows), as unified tools chain
 * causes. Several places chain: each cause has the next as its own.
 */
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { RelatedPlace } from './rule.js';

export function relatedCause<Owner>(
  related: Array<RelatedPlace<Owner>> | undefined,
  fileOf: (owner: Owner) => VFile | undefined,
  source: string,
): VFileMessage | undefined {
  let cause: VFileMessage | undefined;
  for (const entry of [...(related ?? [])].reverse()) {
    const message: VFileMessage = new VFileMessage(entry.reason, {
      place: entry.place,
      source,
      ...(cause ? { cause } : {}),
    });
    const file = fileOf(entry.owner);
    if (file) message.file = file.path;
    cause = message;
  }
  return cause;
}
