/**
 * A social-media post known by the shape of its citation, never by the name of a platform: an `@handle`
 * beside the author's name (`Lee, Ann. @annlee.`, Chicago's `Ann Lee (@annlee),`), an address whose path or
 * query gives one post's number (`/status/1122…`, `/posts/1122…`, `story.php?story_id=1122…`), or the kind of
 * post after the title with its site's name (`“Title,” Snapgram photo, April 1, 2016`, Chicago 14.209). Its site
 * is the name the note gives (after the title, or in the handle's place after the author's name in
 * bibliography order: `Lee, Ann. Chirper. “Title.” …`), or else the name of its address's host
 * (`chirper.example` → `Chirper`).
 */
import { URL_CLOSE, URL_OPEN } from './note-text.js';

/** A post's number: long digits, after a path's `status`/`posts` or in a query's `story…`/`post…`/`status…` field. */
const POST_PATH = /\/(?:status(?:es)?|posts?)\/\d{6,}(?:[/?#.]|$)/i;
const POST_QUERY = /[?&](?:story|post|status)\w*=\d{6,}(?:[&#]|$)/i;

export function isPostUrl(url: string): boolean {
  const address = url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  return POST_PATH.test(address) || POST_QUERY.test(address);
}

/** The site a post's address belongs to, named by its host: `https://www.chirper.example/…` → `Chirper`. */
export function siteOfUrl(url: string): string | undefined {
  const host = /^[a-z]+:\/\/([^/?#:]+)/i.exec(url)?.[1];
  if (!host) return undefined;
  const labels = host.toLowerCase().split('.');
  // The registered name stands before the country's or the domain's ending (`chirper.co.uk`, `chirper.com`).
  labels.pop();
  while (labels.length > 1 && labels.at(-1)!.length <= 3) labels.pop();
  const name = labels.at(-1);
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : undefined;
}

/**
 * `Lee, Ann. Chirper.` before a post's title: the bibliography's inverted name, then one word where a handle
 * would stand, is the site. Returns the names without it, and the site; nothing unless the rest of the
 * citation gives a post's address.
 */
export function siteAfterNames(names: string, rest: string): { names: string; site: string } | undefined {
  const found = /^([^,.]+,\s*[^,]*?\p{L}\p{Ll}+\.)\s+(\p{Lu}\p{L}{2,})\.\s*$/u.exec(names);
  if (!found) return undefined;
  const urls = [...rest.matchAll(new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`, 'g'))];
  if (!urls.some((url) => isPostUrl(url[1]))) return undefined;
  return { names: found[1], site: found[2] };
}

/** Chicago's handle in brackets after the author's name, `Ann Lee (@annlee),`: the names without it, and the handle. */
export function bracketedHandle(names: string): { names: string; handle: string } | undefined {
  const found = /\s*\((@\w+)\)/.exec(names);
  if (!found) return undefined;
  return { names: names.slice(0, found.index) + names.slice(found.index + found[0].length), handle: found[1] };
}

/** `Snapgram photo, April 1, 2016`: a site's name and the kind of post, first after the title; the site. */
export function siteOfKind(details: string): string | undefined {
  const site = /^[\s,.]*(\p{Lu}\p{L}*)\s+(?:post|photo|status\s+update)\b/u.exec(details)?.[1];
  // `Blog post`: a blog's, not a site's of social media.
  return site && !/^blog$/i.test(site) ? site : undefined;
}
