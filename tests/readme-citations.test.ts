/**
 * The README's table of the citation forms Folio reads doubles as a test: every example in its
 * example column is cited in a small chapter of its own (short forms, Ibid. and prose after the full
 * citation they need) and must resolve as its row says: the work's type, the form and, where the
 * example shows them, the names, title, container, year and locator. A row or an example added to the
 * README without an expectation here fails, so the table cannot promise more than the resolver does.
 */
import { readFileSync } from 'node:fs';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { CitationForm } from '../src/book.js';
import { bibliographyEntries } from '../src/cite/bibliography.js';
import type { CslName } from '../src/cite/names.js';
import { noteText } from '../src/cite/note-text.js';
import type { WorkFields } from '../src/cite/parse-full.js';
import { type ResolvedCitation, resolveNotes } from '../src/cite/resolve.js';
import { readmePath } from '../scripts/docs.js';
import { parseMarkdown } from '../src/read/parse.js';
import { VFile } from 'vfile';

/** What one citation of the example's note must resolve to; only the fields given are compared. */
interface Cited {
  form: CitationForm;
  /** The work's CSL type; left out, one of the row's types. */
  type?: string;
  /** Family names (or an organisation's whole name), authors first, else editors. */
  authors?: string[];
  title?: string;
  container?: string;
  /** The year of publication; `null` when the citation must have none. */
  year?: number | null;
  locator?: string | null;
}

/**
 * One example of the example column, in the README's order. `notes` are the chapter's notes, the
 * example among them (its last note is the one checked; without `notes`, the example is the only
 * note); `bibliography` a section after the text. `words` marks a word or pattern the row names that
 * is no citation by itself (why it is not one); `gap` says what Folio gives for an example it does not
 * yet read as the README says: the fields it gets wrong are left out of `cites`.
 */
interface Example {
  snippet: string;
  notes?: string[];
  bibliography?: string;
  cites?: Cited[];
  words?: string;
  gap?: string;
}

const book = 'Ann Lee, *Salt Roads: A Coastal History*, trans. Bo Chen (Marrowby: Quill Press, 2004), 23.';
const journal = 'Ann Lee, “Tides,” *Journal of Shores* 31, no. 3 (1998): 25.';
const rivers = 'Bo Chen, *Rivers* (Oxford: Fell Books, 1999), 4.';
const letter = 'Ann Lee to Bo Chen, 12 May 1850, Lee Family Papers, box 3, folder 2, Shore County Archives.';
const printedLetter =
  'Ann Lee to Bo Chen, June 3, 1851, in *Letters of the Shore*, ed. Dana Ruiz (Quay: Pier Press, 1990), 45.';
const legalCase = 'Lee v. Chen, 156 F.3d 851 (Court of Appeal 1982).';
const lawReview = 'Ann Lee, *Tides of the Quay*, 31 Shore L. Rev. 183, 190 (1997).';
const yearFirst = 'Ann Lee, ‘Tides’ (1998) 31 Journal of Shores 23, 25.';
const bibliographyEntry = 'Lee, Ann and Bo Chen. Salt Roads. Hull: Quay Press, 2004.';
const bookCited: Cited = { form: 'full', type: 'book', authors: ['Lee'], title: 'Salt Roads: A Coastal History' };
const seeBook = (lead: string): Example => ({ snippet: `${lead} …`, notes: [`${lead} ${book}`], cites: [bookCited] });
/** A short form (or prose around one) of the book, cited after the book and another work. */
const saltRoadsAgain = (snippet: string, note: string, locator: string): Example => ({
  snippet,
  notes: [book, rivers, note],
  cites: [{ form: 'short', title: 'Salt Roads: A Coastal History', locator }],
});
const ibid = (snippet: string, locator: string | null): Example => ({
  snippet,
  notes: [book, snippet],
  cites: [{ form: 'ibid', type: 'book', title: 'Salt Roads: A Coastal History', locator }],
});
/** An author-date list as a Pandoc definition list: each entry's key its term. */
const authorDateList = [
  'Lee 2004\n: Lee, A. 2004. *Salt Roads*. Hull: Quay Press.',
  'Lee 2006\n: Lee, A. 2006. *Quays*. Hull: Quay Press.',
].join('\n\n');
const underHeading = (heading: string, snippet = heading): Example => ({
  snippet,
  notes: ['Lee and Chen, *Salt Roads*, 23.'],
  bibliography: `## ${heading}\n\n${bibliographyEntry}`,
  cites: [{ form: 'short', type: 'book', authors: ['Lee', 'Chen'], title: 'Salt Roads', year: 2004, locator: '23' }],
});

/** Each row's form name: the types its full citations must have, and its examples. */
const rows: Record<string, { types: string[]; examples: Example[] }> = {
  'book (note order)': {
    types: ['book'],
    examples: [
      {
        snippet: book,
        cites: [{ ...bookCited, container: undefined, year: 2004, locator: '23' }],
      },
      {
        snippet: 'Ann Lee, *Tide Tables* (forthcoming).',
        notes: [book, 'Ann Lee, *Tide Tables* (forthcoming).'],
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tide Tables', year: null, locator: null }],
      },
      {
        snippet: 'Ann Lee, “A Survey of the Harbours” (London: B. Dane; C. Eze, 1660).',
        cites: [{ form: 'full', authors: ['Lee'], title: 'A Survey of the Harbours', year: 1660, locator: null }],
      },
      {
        snippet: 'Ann Lee, with an essay by Bo Chen, *Salt Roads* (Marrowby: Quill Press, 2004), 23.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads', year: 2004, locator: '23' }],
      },
    ],
  },
  'book (bibliography order)': {
    types: ['book'],
    examples: [
      {
        snippet: 'Lee, Ann. *Salt Roads*. Marrowby: Quill Press, 2004, 23.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads', year: 2004, locator: '23' }],
      },
      {
        snippet: 'Lee, Ann (2004). *Salt Roads*. Marrowby: Quill Press.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads', year: 2004, locator: null }],
      },
      {
        snippet: 'Lee Jr., Ann. *Salt Roads*. Marrowby: Quill Press, 2004.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads', year: 2004, locator: null }],
      },
      {
        snippet: 'Chen, B. (2012). *Salt and the Sea*. Quay University Press.',
        cites: [{ form: 'full', authors: ['Chen'], title: 'Salt and the Sea', year: 2012 }],
      },
    ],
  },
  'book whose italics were lost': {
    types: ['book'],
    examples: [
      {
        snippet: 'Ann Lee, Salt Roads: A Coastal History (Hull: 2004), 23.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads: A Coastal History', year: 2004, locator: '23' }],
      },
      { snippet: '(Place: Year)', words: 'the shape the example above has' },
      {
        snippet: 'Ann Lee, S*alt Roads* (Hull: Quill Press, 2004), 23.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads', year: 2004, locator: '23' }],
      },
      {
        snippet: 'Ann Lee, Salt Roads: A History, Hull: Quay Press, 2004, p. 23.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads: A History', year: 2004, locator: '23' }],
      },
      {
        snippet: 'Ann Lee, *Salt Roads;* Bo Chen, *Rivers*, York: Fell, 2001.',
        notes: [book, 'Ann Lee, *Salt Roads;* Bo Chen, *Rivers*, York: Fell, 2001.'],
        cites: [
          { form: 'short', title: 'Salt Roads: A Coastal History', locator: null },
          { form: 'full', type: 'book', authors: ['Chen'], title: 'Rivers', year: 2001 },
        ],
      },
      {
        snippet: 'Ann Lee, *Salt Roads: A History, Hull:* Quay Press, 2004.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads: A History', year: 2004 }],
      },
      {
        snippet: 'Ann Lee, *Salt Roads: A History, *Quay Series. Hull: Quay Press,* 2002, p. 13.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt Roads: A History', year: 2002, locator: '13' }],
      },
    ],
  },
  'chapter in an edited book': {
    types: ['chapter'],
    examples: [
      {
        snippet:
          'Ann Lee, ‘A Theory of Tides’, in *Steps to the Sea*, ed. Bo Chen and Dara Eze (Oxford: Fell Books, 1972), 177–93.',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'A Theory of Tides',
            container: 'Steps to the Sea',
            year: 1972,
            locator: '177–93',
          },
        ],
      },
      {
        snippet:
          'Ann Lee, “Tides,” and Bo Chen, “Rivers,” in Dara Eze, ed., *Steps to the Sea* (Oxford: Fell Books, 1972).',
        cites: [
          { form: 'full', authors: ['Lee'], title: 'Tides', container: 'Steps to the Sea', year: 1972 },
          { form: 'full', authors: ['Chen'], title: 'Rivers', container: 'Steps to the Sea', year: 1972 },
        ],
      },
      {
        snippet: 'in Eze and Chen, *Steps to the Sea*, 12',
        notes: ['Ann Lee, “Tides,” in Eze and Chen, *Steps to the Sea*, 12.'],
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tides', container: 'Steps to the Sea', locator: '12' }],
      },
      {
        snippet: '“Tides,” in Harbour Lives, 1984',
        notes: ['Ann Lee, “Tides,” in Harbour Lives, 1984.'],
        cites: [{ form: 'full', type: 'chapter', title: 'Tides', container: 'Harbour Lives', year: 1984 }],
      },
      {
        snippet: 'Ann Lee, *Tides in* *Harbour Lives* *2001*, (2005): 503–530.',
        cites: [
          { form: 'full', type: 'chapter', title: 'Tides', container: 'Harbour Lives', year: 2005, locator: '503–530' },
        ],
      },
      {
        snippet:
          'Ann Lee, “Tides,” 30–47, and Bo Chen, “Rivers,” 48–60, both in *Steps to the Sea*, ed. Dara Eze (Oxford: Fell Books, 1972).',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Steps to the Sea',
            year: 1972,
            locator: '30–47',
          },
          {
            form: 'full',
            authors: ['Chen'],
            title: 'Rivers',
            container: 'Steps to the Sea',
            year: 1972,
            locator: '48–60',
          },
        ],
      },
      {
        snippet: 'Ann Lee, introduction to *Steps to the Sea* (Oxford: Fell Books, 1972), xi.',
        cites: [{ form: 'full', authors: ['Lee'], container: 'Steps to the Sea', year: 1972, locator: 'xi' }],
      },
      {
        snippet: 'Eze, “Knots and Nets,” in Lee and Chen, *Nets of the Coast*, 206.',
        notes: [
          'Ann Lee and Bo Chen, introduction to *Nets of the Coast*, ed. Ann Lee and Bo Chen (Hull: Quay Press, 2019), 22.',
          'Eze, “Knots and Nets,” in Lee and Chen, *Nets of the Coast*, 206.',
        ],
        cites: [
          {
            form: 'full',
            authors: ['Eze'],
            title: 'Knots and Nets',
            container: 'Nets of the Coast',
            locator: '206',
          },
        ],
      },
      {
        snippet: 'Roe, “Disunion,” in *SLL*, 45–47.',
        notes: [
          'Ann Lee, ed., *Shore Letters and Lives* (Hull: Quay Press, 1990) (hereafter *SLL*).',
          'Roe, “Disunion,” in *SLL*, 45–47.',
        ],
        cites: [{ form: 'full', authors: ['Roe'], title: 'Disunion', container: 'SLL', locator: '45–47' }],
      },
      {
        snippet:
          'Eze, D. (1999). The tide tables. In R. Roe & F. Dunn (Eds.), *Harbour Essays* (pp. 29–44). Quay Press.',
        cites: [
          {
            form: 'full',
            authors: ['Eze'],
            title: 'The tide tables',
            container: 'Harbour Essays',
            year: 1999,
            locator: '29–44',
          },
        ],
      },
      {
        snippet:
          'Lee, G. (2011). The shore problem. In D. Roe & J. Chen (Eds.), *Harbour Ethics*. Library of Harbours. 15: 99–128.',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'The shore problem',
            container: 'Harbour Ethics',
            year: 2011,
            locator: '99–128',
          },
        ],
      },
    ],
  },
  'chapter, editors before the book (MHRA, OSCOLA)': {
    types: ['chapter'],
    examples: [
      {
        snippet:
          "Ann Lee, 'A Theory of Tides', in Bo Chen and Dara Eze (eds), *Steps to the Sea*, Oxford: Fell Books, 1972, pp. 177-93.",
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'A Theory of Tides',
            container: 'Steps to the Sea',
            year: 1972,
            locator: '177-93',
          },
        ],
      },
      {
        snippet:
          'Di Park, ‘The Quay’s Approach’, in A. R. Park and Hugo van der Berg (Eds.), Harbours of the North: Did They Hold? (Leith, 2008), pg. 45.',
        cites: [
          {
            form: 'full',
            authors: ['Park'],
            title: 'The Quay’s Approach',
            container: 'Harbours of the North: Did They Hold?',
            year: 2008,
            locator: '45',
          },
        ],
      },
    ],
  },
  'journal article': {
    types: ['article-journal'],
    examples: [
      {
        snippet: journal,
        cites: [
          { form: 'full', authors: ['Lee'], title: 'Tides', container: 'Journal of Shores', year: 1998, locator: '25' },
        ],
      },
      {
        snippet: '*Journal of Shores*, 31.3 (1998), 23–41 (p. 25)',
        notes: ['Ann Lee, ‘Tides’, *Journal of Shores*, 31.3 (1998), 23–41 (p. 25).'],
        cites: [
          { form: 'full', authors: ['Lee'], title: 'Tides', container: 'Journal of Shores', year: 1998, locator: '25' },
        ],
      },
      { snippet: 'no.', words: 'the issue’s mark, which the next example leaves out' },
      {
        snippet: '31, 3 (1998), 105',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* 31, 3 (1998), 105.'],
        cites: [{ form: 'full', title: 'Tides', container: 'Journal of Shores', year: 1998, locator: '105' }],
      },
      {
        snippet: '“Tides,” Journal of Shores 31, 3 (1998)',
        notes: ['Ann Lee, “Tides,” Journal of Shores 31, 3 (1998): 25.'],
        cites: [{ form: 'full', title: 'Tides', container: 'Journal of Shores', year: 1998, locator: '25' }],
      },
      { snippet: 'in', words: 'the word before the journal, cited in the example after it' },
      {
        snippet: 'Ann Lee, “Tides” in Shore and Harbour Studies 9 (2018).',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tides', container: 'Shore and Harbour Studies', year: 2018 }],
      },
      {
        snippet: '(1998): 23–41',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* 31, no. 3 (1998): 23–41.'],
        cites: [{ form: 'full', title: 'Tides', container: 'Journal of Shores', locator: null }],
      },
      {
        snippet: ': 55–71 (61)',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* 31, no. 3 (1998): 55–71 (61).'],
        cites: [{ form: 'full', title: 'Tides', locator: '61' }],
      },
      {
        snippet: ': 671, 673',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* 31, no. 3 (1998): 671, 673.'],
        cites: [{ form: 'full', title: 'Tides', locator: '671, 673' }],
      },
      {
        snippet: ', esp. 325–27',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* 31, no. 3 (1998): 311–40, esp. 325–27.'],
        cites: [{ form: 'full', title: 'Tides', locator: '325–27' }],
      },
      {
        snippet: '*Journal of Shores* (2018)',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* (2018).'],
        cites: [{ form: 'full', title: 'Tides', container: 'Journal of Shores', year: 2018 }],
      },
      {
        snippet: '(in press, 2019)',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* (in press, 2019).'],
        cites: [{ form: 'full', title: 'Tides', container: 'Journal of Shores' }],
      },
      {
        snippet: 'Shore Quarterly 53: 1119–55',
        notes: ['Ann Lee, “Tides,” Shore Quarterly 53: 1119–55.'],
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tides', container: 'Shore Quarterly' }],
      },
      {
        snippet: 'Journal of Shores, 1–41',
        notes: ['Ann Lee, “Tides,” Journal of Shores, 1–41.'],
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tides', container: 'Journal of Shores' }],
      },
      {
        snippet: '*Journal of Shores*, no. 19 (2009): 3–17',
        notes: ['Ann Lee, “Tides,” *Journal of Shores*, no. 19 (2009): 3–17.'],
        cites: [{ form: 'full', title: 'Tides', container: 'Journal of Shores', year: 2009, locator: null }],
      },
      {
        snippet: 'Ann Lee, “Tides,” *Journal of Shores* 12 (1997/98): 45–67.',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            title: 'Tides',
            container: 'Journal of Shores',
            year: 1997,
            locator: null,
          },
        ],
      },
      {
        snippet: '1997–98',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* 12 (1997–98): 45–67, 50.'],
        cites: [{ form: 'full', container: 'Journal of Shores', year: 1997, locator: '50' }],
      },
      {
        snippet: '*Journal of Shore Studies*, November 1, 2014',
        notes: [
          'Ann Lee, “Tides,” *Journal of Shore Studies*, November 1, 2014, https://shore.example.org/3-2/tides/.',
        ],
        cites: [{ form: 'full', type: 'article-journal', container: 'Journal of Shore Studies', year: 2014 }],
      },
      {
        snippet: '*Estudos Costeiros* XXIV, no. 2 (March 2003)',
        notes: ['Ana Lima Filho, “Marés,” *Estudos Costeiros* XXIV, no. 2 (March 2003): 145–65.'],
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lima Filho'],
            container: 'Estudos Costeiros',
            year: 2003,
          },
        ],
      },
      {
        snippet: '“Lee, Ann (fl. 1620)”, *Dictionary of Shore Biography* (2004)',
        notes: ['“Lee, Ann (fl. 1620)”, *Dictionary of Shore Biography* (2004).'],
        cites: [{ form: 'full', type: 'entry-dictionary', container: 'Dictionary of Shore Biography', year: 2004 }],
      },
      {
        snippet: 'Lee, Ann (1998) Tides of the north. Journal of Shores, 31 (3). pp. 23–41.',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'Tides of the north',
            container: 'Journal of Shores',
            year: 1998,
            locator: null,
          },
        ],
      },
      {
        snippet: 'Ann Lee, review of *Rivers*, by Bo Chen, *Journal of Shores* 6, no. 2 (2020): 4.',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'review of Rivers',
            container: 'Journal of Shores',
            year: 2020,
            locator: '4',
          },
        ],
      },
      {
        snippet:
          'Lee, A. (2000). [A theorem for harbour tolls](https://example.org/article/tolls). *Economics and Tides*, 16(2), 247–266.',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'A theorem for harbour tolls',
            container: 'Economics and Tides',
            year: 2000,
          },
        ],
      },
      {
        snippet: 'Ann Lee, ‘Tides’, Journal of Shores, Vol. 45, No. 2 (2001), pg. 143.',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Journal of Shores',
            year: 2001,
            locator: '143',
          },
        ],
      },
      { snippet: 'Volume 51, Number 3', words: 'a labelled volume and issue, as the row’s words name them' },
      { snippet: 'Vol. 25, Issue 3', words: 'a labelled volume and issue, as the row’s words name them' },
    ],
  },
  'newspaper or magazine article': {
    types: ['article-newspaper', 'article-magazine'],
    examples: [
      {
        snippet: 'Ann Lee, “Tides Rise,” *The Evening Lamp*, May 4, 1982, 12.',
        cites: [
          {
            form: 'full',
            type: 'article-newspaper',
            authors: ['Lee'],
            title: 'Tides Rise',
            container: 'The Evening Lamp',
            year: 1982,
            locator: '12',
          },
        ],
      },
      {
        snippet: '4 May 1982',
        notes: ['Ann Lee, “Tides Rise,” *The Evening Lamp*, 4 May 1982, 12.'],
        cites: [{ form: 'full', type: 'article-newspaper', container: 'The Evening Lamp', year: 1982, locator: '12' }],
      },
      {
        snippet: '*Shore Monthly* (May 2009)',
        notes: ['Ann Lee, “Tides Rise,” *Shore Monthly* (May 2009).'],
        cites: [{ form: 'full', type: 'article-magazine', container: 'Shore Monthly', year: 2009 }],
      },
      {
        snippet: '*Shore Monthly*, January/February 2009',
        notes: ['Ann Lee, “Tides Rise,” *Shore Monthly*, January/February 2009, 28.'],
        cites: [{ form: 'full', type: 'article-magazine', container: 'Shore Monthly', year: 2009, locator: '28' }],
      },
      { snippet: 'Jan./Feb. 2009', words: 'an issue’s two months, abbreviated' },
      {
        snippet: '*The Evening Lamp*, January 20, 1877.',
        cites: [{ form: 'full', type: 'article-newspaper', container: 'The Evening Lamp', year: 1877 }],
      },
      {
        snippet: 'Ann Lee, “Tides,” *Shore Technology Review*, 4 May 2016, https://example.org/tides.',
        cites: [
          {
            form: 'full',
            type: 'article-magazine',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Shore Technology Review',
          },
        ],
      },
      {
        snippet: 'Untitled clipping from *The Evening Lamp*, 11 April 1965.',
        cites: [{ form: 'full', type: 'article-newspaper', container: 'The Evening Lamp', year: 1965 }],
      },
      {
        snippet: '‘South Seas’, *Shore Chronicle for January, 1834*, p. 29.',
        cites: [
          {
            form: 'full',
            type: 'article-magazine',
            title: 'South Seas',
            container: 'Shore Chronicle',
            year: 1834,
            locator: '29',
          },
        ],
      },
    ],
  },
  'conference paper, talk': {
    types: ['paper-conference', 'speech'],
    examples: [
      {
        snippet: 'Ann Lee, “Tides,” in *Proceedings of the Third Shore Meeting* (Hull: Fell, 2011), 33–46.',
        cites: [
          {
            form: 'full',
            type: 'paper-conference',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Proceedings of the Third Shore Meeting',
            year: 2011,
          },
        ],
      },
      {
        snippet: 'Ann Lee, ‘Tides’. Talk given at the Harbour Hall, Hull, 7 November 2017.',
        cites: [{ form: 'full', type: 'speech', authors: ['Lee'], title: 'Tides', year: 2017 }],
      },
      {
        snippet: 'paper presented at',
        notes: ['Ann Lee, ‘Tides’, paper presented at the Harbour Hall, Hull, 7 November 2017.'],
        cites: [{ form: 'full', type: 'speech', title: 'Tides', year: 2017 }],
      },
      {
        snippet: 'lecture delivered at',
        notes: ['Ann Lee, ‘Tides’, lecture delivered at the Harbour Hall, Hull, 7 November 2017.'],
        cites: [{ form: 'full', type: 'speech', title: 'Tides', year: 2017 }],
      },
      {
        snippet: 'Ann Lee, “Tides,” Proceedings of the Third Shore Meeting, Hull, (March 26-30 2012).',
        cites: [
          {
            form: 'full',
            type: 'paper-conference',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Proceedings of the Third Shore Meeting',
            year: 2012,
          },
        ],
      },
      {
        snippet: 'Ann Lee, “Las mareas,” Actas del III Congreso de Puertos, Hull (May 2001): 17–19.',
        cites: [
          {
            form: 'full',
            type: 'paper-conference',
            authors: ['Lee'],
            title: 'Las mareas',
            container: 'Actas del III Congreso de Puertos',
            year: 2001,
          },
        ],
      },
      {
        snippet: "Ann Lee's defence of the tide tables, “Tides,” Address to the Harbour Guild, May 4, 1890, at 28.",
        cites: [{ form: 'full', type: 'speech', authors: ['Lee'], title: 'Tides', year: 1890, locator: '28' }],
      },
      {
        snippet: 'Ann Lee, “Tides,” lecture, Harbour Museum, June 22, 2020.',
        cites: [{ form: 'full', type: 'speech', authors: ['Lee'], title: 'Tides', year: 2020 }],
      },
    ],
  },
  'web page, blog post': {
    types: ['webpage', 'post-weblog'],
    examples: [
      {
        snippet: '“Tides Rise,” Shore Notes, August 1, 2006, https://example.org/tides.',
        cites: [{ form: 'full', title: 'Tides Rise', year: 2006 }],
      },
      {
        snippet: '*Shore Notes* (blog)',
        notes: ['Ann Lee, “Tides Rise,” *Shore Notes* (blog), August 1, 2006, https://example.org/tides.'],
        cites: [{ form: 'full', type: 'post-weblog', title: 'Tides Rise', year: 2006 }],
      },
      {
        snippet: 'posted May 4, 2009',
        notes: ['Ann Lee, “Tides Rise,” Shore Notes, posted May 4, 2009, https://example.org/tides.'],
        cites: [{ form: 'full', title: 'Tides Rise', year: 2009 }],
      },
      {
        snippet: '“Tides Rise,” 12 September 2014, https://annlee.example/2014/09/tides-rise-again/',
        cites: [{ form: 'full', type: 'post-weblog', title: 'Tides Rise', year: 2014 }],
      },
      { snippet: 'updated', words: 'a word of the facts, as in the example after it' },
      {
        snippet: '*Tide Atlas* (Shore Lab, 2010, updated November 2020), https://example.org/atlas/',
        notes: ['Ann Lee, *Tide Atlas* (Shore Lab, 2010, updated November 2020), https://example.org/atlas/.'],
        cites: [{ form: 'full', type: 'webpage', title: 'Tide Atlas' }],
      },
      {
        snippet: 'Harbour Free School, About, https://harbourfree.example.org/about/',
        cites: [{ form: 'full', type: 'webpage', authors: ['Harbour Free School'], title: 'About' }],
      },
      {
        snippet: '(accessed April 28, 2010)',
        notes: ['Ann Lee, “Tides Rise,” Shore Notes, https://example.org/tides (accessed April 28, 2010).'],
        cites: [{ form: 'full', title: 'Tides Rise', year: null }],
      },
      {
        snippet: '[Accessed 4 March 2013]',
        notes: ['Ann Lee, “Tides Rise,” Shore Notes, https://example.org/tides [Accessed 4 March 2013].'],
        cites: [{ form: 'full', title: 'Tides Rise', year: null }],
      },
    ],
  },
  'social-media post': {
    types: ['post'],
    examples: [
      {
        snippet:
          'Ann Lee (@annlee), “Tides tonight,” Chirper, May 4, 2019, https://chirper.example/annlee/status/1122334455.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tides tonight', container: 'Chirper', year: 2019 }],
      },
      { snippet: '/status/…', words: 'a part of an address, as in the example above' },
      { snippet: '/posts/…', words: 'a part of an address, as in the example below' },
      {
        snippet: 'Lee, Ann. Chirper. “Tides tonight.” May 4, 2019. https://chirper.example/annlee/posts/1122334455.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tides tonight', container: 'Chirper', year: 2019 }],
      },
      {
        snippet: 'Snapgram photo',
        notes: ['Ann Lee, “Tides tonight,” Snapgram photo, May 4, 2019, https://snapgram.example/p/Bx12/.'],
        cites: [{ form: 'full', authors: ['Lee'], title: 'Tides tonight', container: 'Snapgram', year: 2019 }],
      },
    ],
  },
  'entry of a reference work': {
    types: ['entry-dictionary', 'entry-encyclopedia', 'entry'],
    examples: [
      {
        snippet: '*Dictionary of Shore Biography*, s.v. “Lee, Ann.”',
        cites: [
          { form: 'full', type: 'entry-dictionary', title: 'Lee, Ann', container: 'Dictionary of Shore Biography' },
        ],
      },
      { snippet: 's.vv.', words: 'the plural of s.v., read alike' },
      {
        snippet: 'Tidepedia, s.v. “Ebb,” https://tidepedia.example.org/Ebb.',
        cites: [{ form: 'full', type: 'entry', title: 'Ebb', container: 'Tidepedia' }],
      },
      { snippet: 'in', words: 'the word before the work, cited in the example after it' },
      {
        snippet: 'Bo Dane, “Lee, Ann” (May 4 2011), in the Quay Dictionary of Harbour Lives, https://qdhl.example.org.',
        cites: [
          {
            form: 'full',
            type: 'entry-dictionary',
            authors: ['Dane'],
            title: 'Lee, Ann',
            container: 'Quay Dictionary of Harbour Lives',
            year: 2011,
          },
        ],
      },
    ],
  },
  report: {
    types: ['report'],
    examples: [
      {
        snippet: 'Tide Watch Institute, *Shores at Risk* (London: Tide Watch Institute, 2012), 4.',
        cites: [{ form: 'full', authors: ['Tide Watch Institute'], title: 'Shores at Risk', year: 2012, locator: '4' }],
      },
      {
        snippet: '“Tides,” white paper, Harbour Centre (2017)',
        notes: ['Ann Lee, “Tides,” white paper, Harbour Centre (2017).'],
        cites: [{ form: 'full', title: 'Tides', year: 2017 }],
      },
      {
        snippet: 'working paper',
        notes: ['Ann Lee, “Tides,” working paper, Harbour Centre (2017).'],
        cites: [{ form: 'full', title: 'Tides', year: 2017 }],
      },
      {
        snippet: 'policy brief',
        notes: ['Ann Lee, “Tides,” policy brief, Harbour Centre (2017).'],
        cites: [{ form: 'full', title: 'Tides', year: 2017 }],
      },
      {
        snippet: 'Report',
        notes: ['Harbour Labour Observatory, *Shore Report 2012*, https://example.org/shores.'],
        cites: [{ form: 'full', authors: ['Harbour Labour Observatory'], title: 'Shore Report 2012' }],
      },
      {
        snippet: 'THW, ‘Shores at Risk’, 2017.',
        cites: [{ form: 'full', authors: ['THW'], title: 'Shores at Risk', year: 2017 }],
      },
      {
        snippet: 'Third Report of the Harbour Board (Hull, 1849), 3.',
        cites: [{ form: 'full', title: 'Third Report of the Harbour Board', year: 1849, locator: '3' }],
      },
      {
        snippet: '… see the Report of the Harbour Board of Quay (1802, 1806, etc.), and …',
        notes: ['For the dues, see the Report of the Harbour Board of Quay (1802, 1806, etc.), and the later papers.'],
        cites: [{ form: 'full', title: 'Report of the Harbour Board of Quay', year: 1802, locator: null }],
      },
      {
        snippet: 'Report, Appendix to the Minutes of the Harbour Council (1850), 91.',
        cites: [
          {
            form: 'full',
            title: 'Report',
            container: 'Appendix to the Minutes of the Harbour Council',
            year: 1850,
            locator: '91',
          },
        ],
      },
      {
        snippet:
          'Harbour Watch Institute, Tides at Risk: Guidelines for Harbour Boards, https://hwi.example.org/guidelines.pdf.',
        cites: [
          { form: 'full', authors: ['Harbour Watch Institute'], title: 'Tides at Risk: Guidelines for Harbour Boards' },
        ],
      },
      {
        snippet:
          'Tide Insights: Human Harbours, *Harbour Studies Institute*, 2007, https://hsi.example.org/insights.pdf.',
        cites: [{ form: 'full', authors: [], title: 'Tide Insights: Human Harbours', year: 2007 }],
      },
      {
        snippet: '1835. *The Report of the Harbour Board*, p. 104.',
        cites: [{ form: 'full', authors: [], title: 'The Report of the Harbour Board', year: 1835, locator: '104' }],
      },
    ],
  },
  thesis: {
    types: ['thesis'],
    examples: [
      {
        snippet: 'Ann Lee, “Salt and Kin” (PhD diss., University of Marrowby, 1997), 12.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Salt and Kin', year: 1997, locator: '12' }],
      },
      {
        snippet: '(Ph.D. dissertation, University of Marrowby, September 2015)',
        notes: ['Ann Lee, Salt and Kin (Ph.D. dissertation, University of Marrowby, September 2015).'],
        cites: [{ form: 'full', title: 'Salt and Kin', year: 2015 }],
      },
      {
        snippet: 'Roe, R. (2016). Population tides [Doctoral dissertation, University of Hull]. Hull Archive.',
        cites: [{ form: 'full', authors: ['Roe'], title: 'Population tides', year: 2016 }],
      },
      {
        snippet: 'Roe, M. (2014). *The Ethics of Tides*. Unpublished DPhil dissertation, University of Hull.',
        cites: [{ form: 'full', authors: ['Roe'], title: 'The Ethics of Tides', year: 2014 }],
      },
      {
        snippet: 'Fay Gold, ‘Harbours and Democracy’, Unpublished PHD Thesis, University of Leith (2010), pp. 11-42.',
        cites: [
          {
            form: 'full',
            authors: ['Gold'],
            title: 'Harbours and Democracy',
            year: 2010,
            locator: '11-42',
          },
        ],
      },
    ],
  },
  film: {
    types: ['motion_picture'],
    examples: [
      {
        snippet: 'Ann Lee, *The Tide* (London: Harbour Films, 2019).',
        cites: [{ form: 'full', authors: ['Lee'], title: 'The Tide', year: 2019 }],
      },
      {
        snippet: '*The Tide*, directed by Ann Lee (London: Harbour Films, 2019).',
        cites: [{ form: 'full', authors: ['Lee'], title: 'The Tide', year: 2019 }],
      },
      {
        snippet: '*Tide Tables* (Hull, 1905), 2:10–101',
        notes: ['Ann Lee, *Tide Tables* (Hull, 1905), 2:10–101.'],
        cites: [{ form: 'full', type: 'book', title: 'Tide Tables', year: 1905 }],
      },
      {
        snippet: 'Ann Lee, *Psycho Tides*, Horror, Mystery, (1960).',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Psycho Tides', year: 1960 }],
      },
      {
        snippet: 'Film, installation',
        notes: ['Bo Chen, *The Clock Tower*, Film, installation, 15 October 2010.'],
        cites: [{ form: 'full', authors: ['Chen'], title: 'The Clock Tower', year: 2010 }],
      },
    ],
  },
  'broadcast, recording': {
    types: ['broadcast', 'song'],
    examples: [
      {
        snippet: 'Ann Lee, ‘Walk to the Quay’, *Harbour Lectures* (Shore Radio 4, 28 November 1984).',
        cites: [
          {
            form: 'full',
            type: 'broadcast',
            authors: ['Lee'],
            title: 'Walk to the Quay',
            container: 'Harbour Lectures',
            year: 1984,
          },
        ],
      },
      {
        snippet: 'Quayhead, *Salt Songs*, CD (Fell Records, 2007).',
        cites: [{ form: 'full', type: 'song', authors: ['Quayhead'], title: 'Salt Songs', year: 2007 }],
      },
    ],
  },
  software: {
    types: ['software'],
    examples: [
      {
        snippet: 'Ann Lee, “tides: Tools for Tide Tables,” R package version 0.2.1 (2015), https://example.org/tides.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'tides: Tools for Tide Tables', year: 2015 }],
      },
      { snippet: 'version 1.2 (software)', words: 'a release with its kind in brackets after it' },
      { snippet: 'version 3.0', words: 'a site’s edition, named in the row’s words' },
      { snippet: 'dataset', words: 'a data set’s word' },
      { snippet: '(dataset)', words: 'a data set’s word in brackets' },
    ],
  },
  interview: {
    types: ['interview'],
    examples: [
      {
        snippet: 'Ann Lee, interview by Bo Chen, *The Evening Lamp*, May 4, 1982.',
        cites: [{ form: 'full', authors: ['Lee'], container: 'The Evening Lamp', year: 1982 }],
      },
      {
        snippet: "Ann Lee, 'Tides and Verse', interviewed by Bo Chen, *The Shore Review*, 21 (2016), 9--40.",
        cites: [
          { form: 'full', authors: ['Lee'], title: 'Tides and Verse', container: 'The Shore Review', year: 2016 },
        ],
      },
    ],
  },
  'archival item': {
    types: ['manuscript'],
    examples: [
      {
        snippet: 'Ann Lee, “Letter on Tides” (1617), fol. 28r, MS 260, Shore Record Office.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Letter on Tides', year: 1617, locator: 'fol. 28r' }],
      },
      {
        snippet: 'Ann Lee, “Harbour Dues” (1778), 12, Shore Record Office, Hull.',
        cites: [{ form: 'full', authors: ['Lee'], title: 'Harbour Dues', year: 1778, locator: '12' }],
      },
      {
        snippet: 'Quay College Library MS 412, fol. 9v.',
        notes: ['Ames’s letter to Chen, Quay College Library MS 412, fol. 9v.'],
        cites: [{ form: 'full', container: 'Quay College Library', locator: 'fol. 9v' }],
      },
      {
        snippet:
          '“Letter of the warden.” Manuscript. Hull, May 4, 1702. Quay Record Office (QRO), Ships, box 3, doc. 41.',
        cites: [
          {
            form: 'full',
            title: 'Letter of the warden',
            container: 'Quay Record Office',
            year: 1702,
            locator: 'box 3, doc. 41',
          },
        ],
      },
      { snippet: 'box 3, doc. 41', words: 'the cited place of the example before it' },
      {
        snippet: 'Quay Town Archive, Book of the Ferry Tolls 1702–1731, fol. 28r.',
        notes: [
          'The ferryman kept the book himself until the bridge opened. Quay Town Archive, Book of the Ferry Tolls 1702–1731, fol. 28r.',
        ],
        cites: [
          {
            form: 'full',
            title: 'Book of the Ferry Tolls 1702–1731',
            container: 'Quay Town Archive',
            locator: 'fol. 28r',
          },
        ],
      },
      { snippet: 'Ms.', words: 'a shelfmark’s mark' },
      { snippet: 'MS', words: 'a shelfmark’s mark' },
      { snippet: 'Mss.', words: 'the mark of several volumes’ shelfmarks' },
      {
        snippet: 'Bible of Quay Abbey, Hull, Harbour Library, Ms. 15, fol. 94r.',
        cites: [
          {
            form: 'full',
            title: 'Bible of Quay Abbey',
            container: 'Harbour Library',
            year: null,
            locator: 'fol. 94r',
          },
        ],
      },
    ],
  },
  letter: {
    types: ['personal_communication'],
    examples: [
      {
        snippet: letter,
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            container: 'Shore County Archives',
            year: 1850,
            locator: 'box 3, folder 2',
          },
        ],
      },
      { snippet: 'box 3, folder 2', words: 'the cited place of the example before it' },
      {
        snippet: 'Letter from Ann Lee to Bo Chen, …',
        notes: ['Letter from Ann Lee to Bo Chen, 12 May 1850, Lee Family Papers, Shore County Archives.'],
        cites: [{ form: 'full', authors: ['Lee'], container: 'Shore County Archives', year: 1850, locator: null }],
      },
      {
        snippet: printedLetter,
        cites: [{ form: 'full', authors: ['Lee'], container: 'Letters of the Shore', year: 1851, locator: '45' }],
      },
      {
        snippet: 'Lee to Chen, 12 May 1850.',
        notes: [letter, rivers, 'Lee to Chen, 12 May 1850.'],
        cites: [{ form: 'short', container: 'Shore County Archives', year: 1850, locator: null }],
      },
      {
        snippet: 'Lee to Chen, 45.',
        notes: [printedLetter, rivers, 'Lee to Chen, 45.'],
        cites: [{ form: 'short', container: 'Letters of the Shore', year: 1851, locator: '45' }],
      },
      {
        snippet: 'Ann Lee to Bo Chen, 12 May 1850, Lee Papers. Shore County Library. The reply is lost.',
        cites: [{ form: 'full', authors: ['Lee'], container: 'Shore County Library', year: 1850, locator: null }],
      },
      {
        snippet: 'Ann Lee, email message to author, October 1, 2019.',
        cites: [{ form: 'full', authors: ['Lee'], year: 2019, locator: null }],
      },
      {
        snippet:
          'Joseph Lee to Ann Chen, 4 May 1836, CWM/QMS/West Indies/Incoming Correspondence/Box 5, Quay Special Collections.',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            container: 'Quay Special Collections',
            year: 1836,
            locator: 'CWM/QMS/West Indies/Incoming Correspondence/Box 5',
          },
        ],
      },
      {
        snippet: 'Quay Special Collections: ABC/Harbour/Incoming/Box 7 – Letter from Joseph Lee, 21 March 1849, Hull',
        cites: [
          {
            form: 'full',
            authors: ['Lee'],
            container: 'Quay Special Collections',
            year: 1849,
            locator: 'ABC/Harbour/Incoming/Box 7',
          },
        ],
      },
      {
        snippet: 'Ann Lee to Bo Chen, June 7, 1867, *Letters of Ann Lee* 5:499–501.',
        cites: [{ form: 'full', authors: ['Lee'], container: 'Letters of Ann Lee', year: 1867, locator: '5:499–501' }],
      },
    ],
  },
  'classical and church texts': {
    types: ['book'],
    examples: [
      {
        snippet: 'Thessalos, *The Harbours*, book 3, 412c–14a.',
        cites: [
          { form: 'full', authors: ['Thessalos'], title: 'The Harbours', year: null, locator: 'book 3, 412c–14a' },
        ],
      },
      {
        snippet: 'Gregory XIX, *Mare Nostrum*, §41.',
        cites: [{ form: 'full', authors: ['Gregory XIX'], title: 'Mare Nostrum', locator: '§41' }],
      },
      {
        snippet: 'Thessalos, *Harbours*, bk. 2, 612c.',
        notes: ['Thessalos, *The Harbours*, book 3, 412c–14a.', 'Thessalos, *Harbours*, bk. 2, 612c.'],
        cites: [{ form: 'short', authors: ['Thessalos'], title: 'The Harbours', locator: 'bk. 2, 612c' }],
      },
      {
        snippet: 'Thessalos, *The Harbours* 3.192–96.',
        cites: [{ form: 'full', authors: ['Thessalos'], title: 'The Harbours', year: null, locator: '3.192–96' }],
      },
      {
        snippet: '*The Harbours* 8.134–36.',
        notes: ['Thessalos, *The Harbours* 3.192–96.', '*The Harbours* 8.134–36.'],
        cites: [{ form: 'short', authors: ['Thessalos'], title: 'The Harbours', locator: '8.134–36' }],
      },
      {
        snippet: 'Orestor 12.552c–d.',
        cites: [{ form: 'full', authors: ['Orestor'], year: null, locator: '12.552c–d' }],
      },
    ],
  },
  'legislation, case': {
    types: ['legislation', 'legal_case'],
    examples: [
      {
        snippet: '*Shore Protection Act*, 1999, art 35(3)(c).',
        cites: [{ form: 'full', type: 'legislation', title: 'Shore Protection Act', locator: 'art 35(3)(c)' }],
      },
      {
        snippet: 'Coastal Mills Act.',
        cites: [{ form: 'full', type: 'legislation', title: 'Coastal Mills Act', locator: null }],
      },
      {
        snippet: 'Article 2(2)(c), Shore Protection Regulation 2016.',
        cites: [{ form: 'full', type: 'legislation', title: 'Shore Protection Regulation 2016' }],
      },
      {
        snippet: legalCase,
        cites: [{ form: 'full', type: 'legal_case', title: 'Lee v. Chen', year: 1982 }],
      },
      {
        snippet: 'Lee v. Chen, 156 F.3d at 14.',
        notes: [legalCase, book, 'Lee v. Chen, 156 F.3d at 14.'],
        cites: [{ form: 'short', type: 'legal_case', title: 'Lee v. Chen', locator: '14' }],
      },
      {
        snippet: 'Lee, 156 F.3d at 14.',
        notes: [legalCase, rivers, 'Lee, 156 F.3d at 14.'],
        cites: [{ form: 'short', type: 'legal_case', title: 'Lee v. Chen', locator: '14' }],
      },
      {
        snippet: 'Ann Lee, *Salt and the Law*, 31 Shore L. Rev. 183, 190 (1997).',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lee'],
            title: 'Salt and the Law',
            year: 1997,
            locator: '190',
          },
        ],
      },
      {
        snippet: 'Regulation (EU) 2021/12 of … on harbour dues [2021] OJ L12/1, art 4(2).',
        notes: [
          'Regulation (EU) 2021/12 of the European Parliament and of the Council of 4 May 2021 on harbour dues [2021] OJ L12/1, art 4(2).',
        ],
        cites: [{ form: 'full', type: 'legislation', year: 2021, locator: 'art 4(2)' }],
      },
      {
        snippet: 'Quay Convention on Tides, May 4, 1990, 1234 U.N.T.S. 56.',
        cites: [{ form: 'full', type: 'treaty', title: 'Quay Convention on Tides', year: 1990 }],
      },
      {
        snippet: 'Shore Union, *Treaty of Marrowby*, 1990.',
        cites: [{ form: 'full', type: 'treaty', authors: ['Shore Union'], title: 'Treaty of Marrowby', year: 1990 }],
      },
      {
        snippet: '… brought under the Quay Ferries Act, 7 & 8 Vict. c. 41 (1844), and …',
        notes: [
          'The ferry was let at auction until it was brought under the Quay Ferries Act, 7 & 8 Vict. c. 41 (1844), and the tolls were fixed.',
        ],
        cites: [{ form: 'full', type: 'legislation', title: 'Quay Ferries Act', year: 1844 }],
      },
      { snippet: 'the Act of 1844', words: 'an Act named without its chapter, which no example cites' },
      {
        snippet: 'compared to',
        words: 'the author’s words that lead to the session laws, cited in the example after them',
      },
      {
        snippet: '… § 8, compared to 1851 Shore Laws 260, §§ 4–9.',
        notes: ['Third Report of the Harbour Board (Hull, 1850), § 8, compared to 1851 Shore Laws 260, §§ 4–9.'],
        cites: [
          { form: 'full', type: 'report', title: 'Third Report of the Harbour Board', year: 1850, locator: '§ 8' },
          { form: 'full', type: 'legislation', title: 'Shore Laws', year: 1851, locator: '§§ 4–9' },
        ],
      },
      {
        snippet: 'Act of Assembly (1864) Forming Shore County, 31 Shore Statutes at Large 88–91 (1866).',
        notes: [`${rivers} Act of Assembly (1864) Forming Shore County, 31 Shore Statutes at Large 88–91 (1866).`],
        cites: [
          { form: 'full', type: 'book', title: 'Rivers', locator: '4' },
          {
            form: 'full',
            type: 'legislation',
            title: 'Act of Assembly (1864) Forming Shore County',
            container: 'Shore Statutes at Large',
            year: 1864,
            locator: '88–91',
          },
        ],
      },
      {
        snippet: 'Collected Statutes of Quay (1790), 3:101–140',
        notes: ['See Collected Statutes of Quay (1790), 3:101–140 (tolls).'],
        cites: [
          {
            form: 'full',
            type: 'legislation',
            title: 'Collected Statutes of Quay',
            year: 1790,
            locator: '3:101–140',
          },
        ],
      },
    ],
  },
  "British notes (OSCOLA, New Hart's Rules)": {
    types: ['article-journal', 'legal_case', 'legislation', 'book'],
    examples: [
      {
        snippet: yearFirst,
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Journal of Shores',
            year: 1998,
            locator: '25',
          },
        ],
      },
      {
        snippet: '[1998] Journal of Shores 23',
        notes: ['Ann Lee, ‘Tides’ [1998] Journal of Shores 23.'],
        cites: [{ form: 'full', type: 'article-journal', container: 'Journal of Shores', year: 1998, locator: '23' }],
      },
      { snippet: '31(3)', words: 'the issue after the volume, in the example above' },
      {
        snippet: 'Lee (n 1) 27.',
        notes: [yearFirst, rivers, 'Lee (n 1) 27.'],
        cites: [{ form: 'short', type: 'article-journal', title: 'Tides', locator: '27' }],
      },
      {
        snippet: 'supra note 1',
        notes: [yearFirst, rivers, 'Lee, supra note 1, at 27.'],
        cites: [{ form: 'short', type: 'article-journal', title: 'Tides', locator: '27' }],
      },
      {
        snippet: 'above n 1',
        notes: [yearFirst, rivers, 'Lee, above n 1, 27.'],
        cites: [{ form: 'short', type: 'article-journal', title: 'Tides', locator: '27' }],
      },
      {
        snippet: '*Lee v Chen* [2004] UKHL 12 [23].',
        cites: [{ form: 'full', type: 'legal_case', title: 'Lee v Chen', year: 2004, locator: '[23]' }],
      },
      {
        snippet: 'Shore Protection Act 1999, s 4.',
        cites: [{ form: 'full', type: 'legislation', year: 1999, locator: 's 4' }],
      },
      {
        snippet: 'Ann Lee, *Salt Roads* (Bo Chen tr, Quill Press 2004) 23.',
        cites: [{ form: 'full', type: 'book', authors: ['Lee'], title: 'Salt Roads', year: 2004, locator: '23' }],
      },
      {
        snippet: '*Journal of Shores*, 31/3 (1998), 23–41 at 25',
        notes: ['Ann Lee, ‘Tides’, *Journal of Shores*, 31/3 (1998), 23–41 at 25.'],
        cites: [{ form: 'full', type: 'article-journal', container: 'Journal of Shores', year: 1998, locator: '25' }],
      },
      {
        snippet: 'Lee v. Chen, *F.3d*, 1982, clvi, 12.',
        cites: [{ form: 'full', type: 'legal_case', title: 'Lee v. Chen', year: 1982, locator: '12' }],
      },
      {
        snippet: '17 George II, c. 52.',
        cites: [{ form: 'full', type: 'legislation', title: '17 George II, c. 52', year: null, locator: null }],
      },
      {
        snippet:
          'Regulation (EU) 2022/2065 of the European Parliament and of the Council of 19 October 2022 on Harbour Services [2022] OJ L277/1 (HSA).',
        cites: [{ form: 'full', type: 'legislation', year: 2022, locator: null }],
      },
      {
        snippet: 'HSA (n 1) art 26(1)(d).',
        notes: [
          'Regulation (EU) 2022/2065 of the European Parliament and of the Council of 19 October 2022 on Harbour Services [2022] OJ L277/1 (HSA).',
          'HSA (n 1) art 26(1)(d).',
        ],
        cites: [{ form: 'short', type: 'legislation', year: 2022, locator: 'art 26(1)(d)' }],
      },
      {
        snippet: 'Case C-40/17 *Shore ID v Quay eV* EU:C:2019:629, paras 74–80.',
        cites: [{ form: 'full', type: 'legal_case', title: 'Shore ID v Quay eV', year: 2019, locator: 'paras 74–80' }],
      },
    ],
  },
  'US and international legal notes': {
    types: ['book', 'report', 'article-newspaper', 'legislation', 'hearing', 'legal_case', 'treaty', 'speech'],
    examples: [
      { snippet: '*See*', words: 'a signal in italics' },
      { snippet: '*Cf.*', words: 'a signal in italics' },
      { snippet: '*supra*', words: 'a Latin word of reference in italics' },
      { snippet: 'Id.', words: 'the Bluebook’s Ibid.' },
      ...['*Id.* at 192.', '*See id.* at 195.', '*Id.* at 196 (emphasis added).'].map((snippet) => ({
        snippet,
        notes: [lawReview, snippet],
        cites: [
          {
            form: 'ibid' as const,
            type: 'article-journal',
            title: 'Tides of the Quay',
            locator: /\d+/.exec(snippet)?.[0] ?? null,
          },
        ],
      })),
      {
        snippet: 'Ann Lee, *Paper Trails* 45 (2d ed. 2010).',
        cites: [{ form: 'full', type: 'book', authors: ['Lee'], title: 'Paper Trails', year: 2010, locator: '45' }],
      },
      {
        snippet: 'Bo Chen, Ferry Law and the Courts 12 (Shore Univ. Press 2004).',
        cites: [
          {
            form: 'full',
            type: 'book',
            authors: ['Chen'],
            title: 'Ferry Law and the Courts',
            year: 2004,
            locator: '12',
          },
        ],
      },
      { snippet: '[hereinafter Course Manual]', words: 'the short title announced' },
      {
        snippet: 'Course Manual, *supra* note 1, at 50.',
        notes: [
          'Ann Lee, *Paper Trails* 45 (2d ed. 2010) [hereinafter Course Manual].',
          'Course Manual, *supra* note 1, at 50.',
        ],
        cites: [{ form: 'short', type: 'book', title: 'Paper Trails', locator: '50' }],
      },
      {
        snippet: 'Shore Accountability Office, SAO-12-345, *Records Lag Behind* 7 (2012).',
        cites: [
          {
            form: 'full',
            type: 'report',
            authors: ['Shore Accountability Office'],
            title: 'Records Lag Behind',
            year: 2012,
            locator: '7',
          },
        ],
      },
      {
        snippet: 'Tom Baker, *Why Harbours Lose Ferries*, Shore Post, Mar. 3, 2013, at A4.',
        cites: [
          {
            form: 'full',
            type: 'article-newspaper',
            authors: ['Baker'],
            title: 'Why Harbours Lose Ferries',
            container: 'Shore Post',
            year: 2013,
            locator: 'A4',
          },
        ],
      },
      {
        snippet: 'Ann Lee, *Buying Tides*, 11 Quay & Shore Rep. ¶ 17, at 60 (Apr. 1997).',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lee'],
            title: 'Buying Tides',
            container: 'Quay & Shore Rep.',
            year: 1997,
            locator: '60',
          },
        ],
      },
      { snippet: 'at', words: 'the word before the page cited in the paragraph' },
      { snippet: 'of', words: 'a word of the journal’s name written out' },
      {
        snippet: "Bo Chen, *Quays in an Arena*, 27 Int'l J. of Harb. Mgmt. 386, 392 n.7 (2007).",
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Chen'],
            title: 'Quays in an Arena',
            container: "Int'l J. of Harb. Mgmt.",
            year: 2007,
            locator: '392 n.7',
          },
        ],
      },
      {
        snippet: 'Shore Records Act of 2014, Pub. L. No. 113-187, 128 Stat. 2003, 2005 (2014).',
        cites: [
          {
            form: 'full',
            type: 'legislation',
            title: 'Shore Records Act of 2014',
            container: 'Stat.',
            year: 2014,
            locator: '2005',
          },
        ],
      },
      {
        snippet: '44 U.S.C. § 3301 (2018).',
        cites: [{ form: 'full', type: 'legislation', title: '44 U.S.C.', year: 2018, locator: '§ 3301' }],
      },
      {
        snippet: 'FAR 39.103(b).',
        cites: [{ form: 'full', type: 'legislation', title: 'FAR', locator: '39.103(b)' }],
      },
      {
        snippet: 'UCC § 2-207.',
        cites: [{ form: 'full', type: 'legislation', title: 'UCC', locator: '§ 2-207' }],
      },
      {
        snippet: '*Oversight of Harbour Records: Hearing Before the S. Comm. on Quays*, 113th Cong. 12–14 (2013).',
        cites: [
          {
            form: 'full',
            type: 'hearing',
            title: 'Oversight of Harbour Records: Hearing Before the S. Comm. on Quays',
            year: 2013,
            locator: '12–14',
          },
        ],
      },
      {
        snippet: 'H.R. Rep. No. 94-1476, at 47 (1976).',
        cites: [{ form: 'full', type: 'report', title: 'H.R. Rep. No. 94-1476', year: 1976, locator: '47' }],
      },
      {
        snippet: 'Lee, *supra* note 1, at 192 (quoting Bo Chen, *Salt of the Quay* 4 (1990)).',
        notes: [lawReview, 'Lee, *supra* note 1, at 192 (quoting Bo Chen, *Salt of the Quay* 4 (1990)).'],
        cites: [
          { form: 'short', type: 'article-journal', title: 'Tides of the Quay', locator: '192' },
          { form: 'full', type: 'book', authors: ['Chen'], title: 'Salt of the Quay', year: 1990, locator: '4' },
        ],
      },
      {
        snippet: '*Lee* v. *Shore Ferry Co*., 50 S.E. 68, 70 (Ga. 1905).',
        cites: [
          {
            form: 'full',
            type: 'legal_case',
            title: 'Lee v. Shore Ferry Co.',
            container: 'S.E.',
            year: 1905,
            locator: '70',
          },
        ],
      },
      {
        snippet: 'HCC, *Prosecutor v. Ann Lee*, Judgment, 27 September 2016.',
        cites: [
          {
            form: 'full',
            type: 'legal_case',
            authors: ['HCC'],
            title: 'Prosecutor v. Ann Lee',
            year: 2016,
            locator: null,
          },
        ],
      },
      {
        snippet: 'Convention (II) with Respect to the Harbours of the Sea, The Hague, 29 July 1899.',
        cites: [
          {
            form: 'full',
            type: 'treaty',
            title: 'Convention (II) with Respect to the Harbours of the Sea',
            year: 1899,
            locator: null,
          },
        ],
      },
      {
        snippet: 'Ann Lee, “Remarks on the Harbour Treaty,” Shore Department of State, 17 March 2016.',
        cites: [{ form: 'full', type: 'speech', authors: ['Lee'], title: 'Remarks on the Harbour Treaty', year: 2016 }],
      },
      { snippet: 'Address to …', words: 'a talk’s title' },
    ],
  },
  'Australian legal notes (AGLC)': {
    types: ['legislation', 'article-journal', 'legal_case'],
    examples: [
      {
        snippet: '*Trade Tides Act 1995* (Cth) s 120(1).',
        cites: [{ form: 'full', type: 'legislation', title: 'Trade Tides Act 1995', year: 1995, locator: 's 120(1)' }],
      },
      { snippet: 's 120(1)', words: 'the place cited' },
      {
        snippet: 'Ibid s 120(2).',
        notes: ['*Trade Tides Act 1995* (Cth) s 120(1).', 'Ibid s 120(2).'],
        cites: [{ form: 'ibid', type: 'legislation', title: 'Trade Tides Act 1995', locator: 's 120(2)' }],
      },
      {
        snippet: "Ann Lee, 'Tides and Marks' (2010) 32(2) *Shore Law Review* 101, 108.",
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lee'],
            title: 'Tides and Marks',
            container: 'Shore Law Review',
            year: 2010,
            locator: '108',
          },
        ],
      },
      {
        snippet: '*Shore Ferries Pty Ltd v Harbour Commission* [2013] HCA 1, [18]–[33].',
        cites: [
          {
            form: 'full',
            type: 'legal_case',
            title: 'Shore Ferries Pty Ltd v Harbour Commission',
            container: 'HCA',
            year: 2013,
            locator: '[18]–[33]',
          },
        ],
      },
    ],
  },
  'German humanities notes': {
    types: ['book', 'chapter', 'article-journal', 'post-weblog', 'article-newspaper'],
    examples: [
      {
        snippet: 'Pennick, Ann: Die Fähre. Eine Geschichte. Bremen 1966, S. 6.',
        cites: [
          {
            form: 'full',
            type: 'book',
            authors: ['Pennick'],
            title: 'Die Fähre. Eine Geschichte',
            year: 1966,
            locator: '6',
          },
        ],
      },
      { snippet: '/', words: 'the mark parting names' },
      { snippet: 'S.', words: 'the page’s label' },
      {
        snippet: 'Lee, Ann: Salz, in: Ders./Chen, Bo (Hrsg.), Die Küste, München 2015, S. 10-35, S. 17.',
        cites: [
          {
            form: 'full',
            type: 'chapter',
            authors: ['Lee'],
            title: 'Salz',
            container: 'Die Küste',
            year: 2015,
            locator: '17',
          },
        ],
      },
      { snippet: '(Hrsg.)', words: 'the editors’ mark' },
      { snippet: 'Ders.', words: 'the author named again' },
      { snippet: 'Dies.', words: 'the authors named again' },
      { snippet: 'sowie', words: 'the word joining two works' },
      { snippet: 'und', words: 'a word joining two works' },
      { snippet: 'oder', words: 'a word joining two works' },
      {
        snippet: 'Lea Vogt: Kaie, Kiel 2012, S. 3 und Jonas Brandt: Märkte, Bremen 2010, S. 5.',
        cites: [
          { form: 'full', type: 'book', authors: ['Vogt'], title: 'Kaie', year: 2012, locator: '3' },
          { form: 'full', type: 'book', authors: ['Brandt'], title: 'Märkte', year: 2010, locator: '5' },
        ],
      },
      { snippet: 'Vgl.', words: 'the signal' },
      { snippet: 'siehe', words: 'the signal' },
      {
        snippet: 'Lee, Ann: „Die Kaie“, in: Hafenblätter 3 (2004), S. 12–30, hier S. 14.',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lee'],
            title: 'Die Kaie',
            container: 'Hafenblätter',
            year: 2004,
            locator: '14',
          },
        ],
      },
      {
        snippet: 'Bo Chen: »Kaie«, in: …',
        notes: ['Bo Chen: »Kaie«, in: Vogt, Lea (Hg.): Häfen im Norden, Kiel 2010, S. 5–20, hier S. 7.'],
        cites: [{ form: 'full', type: 'chapter', authors: ['Chen'], title: 'Kaie', container: 'Häfen im Norden' }],
      },
      { snippet: 'f', words: 'a page’s `f` without its stop' },
      {
        snippet: 'Lea Vogt: Die ,,Kaifrage" in Kiel, Kiel 2012, S. 17f',
        cites: [
          {
            form: 'full',
            type: 'book',
            authors: ['Vogt'],
            title: 'Die ,,Kaifrage" in Kiel',
            year: 2012,
            locator: '17f',
          },
        ],
      },
      {
        snippet: 'Nordischer Kaiverband e. V. (Hrsg.): Häfen heute. Ein Bericht, Hamburg 2019, S. 8.',
        cites: [
          {
            form: 'full',
            type: 'report',
            authors: ['Nordischer Kaiverband e. V.'],
            title: 'Häfen heute. Ein Bericht',
            year: 2019,
            locator: '8',
          },
        ],
      },
      {
        snippet: 'Vogt, Lea (2012): Kaie und Märkte. Kiel: Kaiverlag, S. 17.',
        cites: [{ form: 'full', type: 'book', authors: ['Vogt'], title: 'Kaie und Märkte', year: 2012, locator: '17' }],
      },
      {
        snippet: 'Pennick 1966, S. 6.',
        notes: ['Pennick, Ann: Die Fähre. Eine Geschichte. Bremen 1966, S. 6.', 'Pennick 1966, S. 6.'],
        cites: [{ form: 'short', type: 'book', title: 'Die Fähre. Eine Geschichte', locator: '6' }],
      },
      {
        snippet: 'Ebd., S. 7.',
        notes: ['Pennick, Ann: Die Fähre. Eine Geschichte. Bremen 1966, S. 6.', 'Ebd., S. 7.'],
        cites: [{ form: 'ibid', type: 'book', title: 'Die Fähre. Eine Geschichte', locator: '7' }],
      },
      {
        snippet: 'Lee, Ann; Chen, Bo (Hg.): Die Küste, Berlin 2015, S. 4 f.',
        cites: [
          { form: 'full', type: 'book', authors: ['Lee', 'Chen'], title: 'Die Küste', year: 2015, locator: '4 f.' },
        ],
      },
      {
        snippet: 'Lee, Ann: Salz, in: Die Küste, Bd. 3, 2016 (Hafenforum), S. 45–51.',
        cites: [
          {
            form: 'full',
            type: 'chapter',
            authors: ['Lee'],
            title: 'Salz',
            container: 'Die Küste',
            year: 2016,
            locator: '45–51',
          },
        ],
      },
      {
        snippet: 'Lee, Ann; Chen, Bo: Ebbe, in: Küste 1 (1), 19.02.2019, S. 62–97.',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lee', 'Chen'],
            title: 'Ebbe',
            container: 'Küste',
            year: 2019,
            locator: null,
          },
        ],
      },
      {
        snippet:
          'Lee, Ann: Ebbe, in: Hafenblog, 17.06.2015. Online: <https://hafen.example.org/ebbe>, Stand: 06.08.2020.',
        cites: [
          {
            form: 'full',
            type: 'post-weblog',
            authors: ['Lee'],
            title: 'Ebbe',
            container: 'Hafenblog',
            year: 2015,
            locator: null,
          },
        ],
      },
      { snippet: 'Stand:', words: 'the day the page was read' },
      {
        snippet: 'Lee; Chen: Ebbe, 2019, S. 70.',
        notes: ['Lee, Ann; Chen, Bo: Ebbe, in: Küste 1 (1), 19.02.2019, S. 62–97.', 'Lee; Chen: Ebbe, 2019, S. 70.'],
        cites: [{ form: 'short', type: 'article-journal', title: 'Ebbe', locator: '70' }],
      },
      { snippet: '/', words: 'the mark parting names in note order' },
      {
        snippet: 'Ann Lee/Bo Chen, Die Häfen der Küste, Hamburg 2015, hier S. 12.',
        cites: [
          {
            form: 'full',
            type: 'book',
            authors: ['Lee', 'Chen'],
            title: 'Die Häfen der Küste',
            year: 2015,
            locator: '12',
          },
        ],
      },
      { snippet: 'hier', words: 'the word before the page cited' },
      {
        snippet: 'Ebenda, hier S. 15.',
        notes: ['Ann Lee/Bo Chen, Die Häfen der Küste, Hamburg 2015, hier S. 12.', 'Ebenda, hier S. 15.'],
        cites: [{ form: 'ibid', type: 'book', title: 'Die Häfen der Küste', locator: '15' }],
      },
      { snippet: 'in:', words: 'the word before the periodical' },
      {
        snippet: 'Ann Lee, Die Docks, in: *Der Hafenbote*, 04.05.1982, hier S. 3.',
        cites: [
          {
            form: 'full',
            type: 'article-newspaper',
            authors: ['Lee'],
            title: 'Die Docks',
            container: 'Der Hafenbote',
            year: 1982,
            locator: '3',
          },
        ],
      },
      { snippet: 'Diss.', words: 'a thesis’s word' },
    ],
  },
  'German legal notes': {
    types: ['legal_case', 'chapter', 'article-journal', 'book', 'report'],
    examples: [
      {
        snippet: 'BGH, Urt. v. 12.3.2019 – VI ZR 123/18, KaiR 2019, 1234 (1236).',
        cites: [{ form: 'full', type: 'legal_case', authors: [], container: 'KaiR', year: 2019, locator: '1236' }],
      },
      {
        snippet: 'BVerfGE 65, 1 (43).',
        cites: [{ form: 'full', type: 'legal_case', container: 'BVerfGE', year: null, locator: '43' }],
      },
      {
        snippet: 'OLG Kiel, Urt. v. 17. Mai 2021 (7 U 41/20), - Teil-Ladeliste - Rn. 42.',
        cites: [{ form: 'full', type: 'legal_case', title: 'Teil-Ladeliste', year: 2021, locator: 'Rn. 42' }],
      },
      { snippet: 'in:', words: 'the word before the editors and the commentary' },
      {
        snippet: 'Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38.',
        cites: [
          { form: 'full', type: 'chapter', authors: ['Lee'], container: 'HafenG', year: 2020, locator: '§ 4 Rn. 38' },
        ],
      },
      {
        snippet: 'MüKoHafG/Lee, 8. Aufl. 2020, § 823 Rn. 5.',
        cites: [
          {
            form: 'full',
            type: 'chapter',
            authors: ['Lee'],
            container: 'MüKoHafG',
            year: 2020,
            locator: '§ 823 Rn. 5',
          },
        ],
      },
      {
        snippet: 'Lee, KaiR 2020, 1417 (1419).',
        cites: [
          { form: 'full', type: 'article-journal', authors: ['Lee'], container: 'KaiR', year: 2020, locator: '1419' },
        ],
      },
      {
        snippet: 'Brandt, Die Ladung im Seerecht, KaiR 2018, 112 (115).',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Brandt'],
            title: 'Die Ladung im Seerecht',
            container: 'KaiR',
            year: 2018,
            locator: '115',
          },
        ],
      },
      {
        snippet: 'Lee, Hafenrecht, 2. Aufl. 2019, Rn. 12.',
        cites: [{ form: 'full', type: 'book', authors: ['Lee'], title: 'Hafenrecht', year: 2019, locator: 'Rn. 12' }],
      },
      {
        snippet: 'BT-Drs. 19/1234, S. 12.',
        cites: [{ form: 'full', type: 'report', title: 'BT-Drs. 19/1234', locator: '12' }],
      },
      {
        snippet: 'Kai-Rat, Stellungnahme 3/2011 zum Begriff „Kaidaten“, angen. 14.05.2011, WP 88, S. 15.',
        cites: [
          {
            form: 'full',
            type: 'report',
            authors: ['Kai-Rat'],
            title: 'Stellungnahme 3/2011 zum Begriff „Kaidaten“',
            year: 2011,
            locator: '15',
          },
        ],
      },
      {
        snippet: 'GA Brandt, Schlussanträge v. 21.11.2017 – C-58/16, Rn. 88.',
        cites: [{ form: 'full', type: 'legal_case', authors: [], year: 2017, locator: 'Rn. 88' }],
      },
      {
        snippet: 'BeckOK HafenR/Lee, 38. Ed. 1.5.2021, KaiG § 3 Rn. 9.',
        cites: [
          {
            form: 'full',
            type: 'chapter',
            authors: ['Lee'],
            container: 'BeckOK HafenR',
            year: 2021,
            locator: 'KaiG § 3 Rn. 9',
          },
        ],
      },
      {
        snippet: 'Vgl. zur Auslegung: Lee, KaiR 2020, 1417 (1419).',
        cites: [{ form: 'full', type: 'article-journal', authors: ['Lee'], container: 'KaiR', locator: '1419' }],
      },
      {
        snippet: 'Lee, (Fn. 1), Rn. 40.',
        notes: ['Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38.', 'Lee, (Fn. 1), Rn. 40.'],
        cites: [{ form: 'short', type: 'chapter', container: 'HafenG', locator: 'Rn. 40' }],
      },
      { snippet: 'Fn.', words: 'the note pointed at (Fußnote)' },
      { snippet: 'Anm.', words: 'the note pointed at (Anmerkung)' },
      { snippet: 'a.a.O.', words: 'the place named before (am angegebenen Ort)' },
      {
        snippet: 'Chen, ebd. Rn. 18.',
        notes: ['Chen, KaiR 2020, 1417 (1419); Lee, in: Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38.', 'Chen, ebd. Rn. 18.'],
        cites: [{ form: 'ibid', type: 'article-journal', container: 'KaiR', locator: 'Rn. 18' }],
      },
      { snippet: 'Vgl.', words: 'a signal' },
      { snippet: 'Vgl. hierzu', words: 'a signal' },
      { snippet: 's.a.', words: 'a signal (see also)' },
      { snippet: 's. auch', words: 'a signal (see also)' },
      { snippet: 'So auch', words: 'a signal' },
      { snippet: 'ebenso', words: 'a signal (likewise)' },
      { snippet: 'A.A.', words: 'a signal (another opinion)' },
      { snippet: 'a.A.:', words: 'a signal (another opinion)' },
      { snippet: 'm.w.N.', words: 'with further references' },
      { snippet: 'Vgl. § 87a KaiG.', cites: [] },
    ],
  },
  'French notes': {
    types: ['article-journal', 'chapter'],
    examples: [
      {
        snippet: 'Paul Marin, « Les quais », *Revue des ports*, n° 12, 1999, p. 45-67.',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Marin'],
            title: 'Les quais',
            container: 'Revue des ports',
            year: 1999,
          },
        ],
      },
      { snippet: '«Les quais»', words: 'guillemets without spaces' },
      { snippet: '»Die Kais«', words: 'German guillemets' },
      { snippet: 'dans', words: 'the word before the book' },
      { snippet: 'in', words: 'its English equivalent' },
      { snippet: 'dir.', words: 'the editor’s mark' },
      { snippet: 'éd.', words: 'the editor’s mark' },
      { snippet: 'trad.', words: 'the translator’s mark' },
      { snippet: 'et', words: 'the word joining names' },
      {
        snippet:
          'Léa Roux et Jean Morel, « Les digues », dans *Ports et rivages*, dir. Anne Vidal (Lyon : Presses du Quai, 2004), 33.',
        cites: [
          {
            form: 'full',
            type: 'chapter',
            authors: ['Roux', 'Morel'],
            title: 'Les digues',
            container: 'Ports et rivages',
            year: 2004,
            locator: '33',
          },
        ],
      },
      {
        snippet: '4 mai 1982',
        notes: ['Marc Petit, « Les docks », *Le Courrier du port*, 4 mai 1982, 12.'],
        cites: [
          { form: 'full', type: 'article-newspaper', container: 'Le Courrier du port', year: 1982, locator: '12' },
        ],
      },
      { snippet: 'et', words: 'the word joining names' },
      {
        snippet: 'Roux et Morel, 36.',
        notes: [
          'Léa Roux et Jean Morel, « Les digues », dans *Ports et rivages*, dir. Anne Vidal (Lyon : Presses du Quai, 2004), 33.',
          'Roux et Morel, 36.',
        ],
        cites: [{ form: 'short', type: 'chapter', title: 'Les digues', locator: '36' }],
      },
    ],
  },
  'Italian and Spanish notes': {
    types: ['article-journal', 'chapter'],
    examples: [
      { snippet: 'in', words: 'the word before the journal' },
      {
        snippet: 'Bruna Chen, *Le maree*, in «Rivista del porto», 12 (2004), pp. 45-67: 50.',
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Chen'],
            title: 'Le maree',
            container: 'Rivista del porto',
            year: 2004,
            locator: '50',
          },
        ],
      },
      { snippet: 'in', words: 'the word before the editor' },
      { snippet: '(a cura di)', words: 'the editor’s mark' },
      {
        snippet: 'Carla Eze, *Il molo*, in Dario Fox (a cura di), *Porti e moli*, Roma, Carocci, 2010, pp. 11-30: 15.',
        cites: [
          {
            form: 'full',
            type: 'chapter',
            authors: ['Eze'],
            title: 'Il molo',
            container: 'Porti e moli',
            year: 2010,
            locator: '15',
          },
        ],
      },
      { snippet: 'a cura di', words: 'the editor’s mark before the names' },
      {
        snippet: 'Ivi',
        notes: ['Bruna Chen, *Le maree*, in «Rivista del porto», 12 (2004), pp. 45-67: 50.', 'Ivi, p. 52.'],
        cites: [{ form: 'ibid', type: 'article-journal', title: 'Le maree', locator: '52' }],
      },
      {
        snippet: 'Ibíd.',
        notes: ['Bruna Chen, *Le maree*, in «Rivista del porto», 12 (2004), pp. 45-67: 50.', 'Ibíd., p. 53.'],
        cites: [{ form: 'ibid', type: 'article-journal', title: 'Le maree', locator: '53' }],
      },
      {
        snippet: 'Ead.',
        notes: [
          'Bruna Chen, *Le maree*, in «Rivista del porto», 12 (2004), pp. 45-67: 50; Ead., *I moli* (Roma: Carocci, 2006), 4.',
        ],
        cites: [
          { form: 'full', type: 'article-journal', authors: ['Chen'] },
          { form: 'full', type: 'book', authors: ['Chen'], title: 'I moli', year: 2006, locator: '4' },
        ],
      },
      { snippet: 'Eadem', words: 'the names just given, in full' },
    ],
  },
  'short form': {
    types: [],
    examples: [
      {
        snippet: 'Lee, *Salt Roads*, 23.',
        notes: [book, rivers, 'Lee, *Salt Roads*, 23.'],
        cites: [{ ...bookCited, form: 'short', locator: '23' }],
      },
      {
        snippet: 'Lee, “Tides,” 25.',
        notes: [journal, book, 'Lee, “Tides,” 25.'],
        cites: [{ form: 'short', type: 'article-journal', title: 'Tides', locator: '25' }],
      },
      {
        snippet: "Lee, 'Tides', p 25.",
        notes: [journal, book, "Lee, 'Tides', p 25."],
        cites: [{ form: 'short', type: 'article-journal', title: 'Tides', locator: '25' }],
      },
      {
        snippet: 'Lee, Salt Roads, 23.',
        notes: [book, rivers, 'Lee, Salt Roads, 23.'],
        cites: [{ ...bookCited, form: 'short', locator: '23' }],
      },
      {
        snippet: '*SRO* (1712), 40.',
        notes: ['Ann Lee, *SRO: Shore Records Observed* (Hull: Quay Press, 1712), 3.', rivers, '*SRO* (1712), 40.'],
        cites: [{ form: 'short', type: 'book', title: 'SRO: Shore Records Observed', locator: '40' }],
      },
      {
        snippet: "Ann Lee and Bo Chen, 'Tides', 25.",
        notes: [
          'Ann Lee and Bo Chen, “Tides,” *Journal of Shores* 31, no. 3 (1998): 25.',
          rivers,
          "Ann Lee and Bo Chen, 'Tides', 25.",
        ],
        cites: [{ form: 'short', type: 'article-journal', authors: ['Lee', 'Chen'], title: 'Tides', locator: '25' }],
      },
      {
        snippet: 'Lee, 23.',
        notes: [book, rivers, 'Lee, 23.'],
        cites: [{ ...bookCited, form: 'short', locator: '23' }],
      },
      {
        snippet: 'Lee, op. cit., 99.',
        notes: [book, rivers, 'Lee, op. cit., 99.'],
        cites: [{ ...bookCited, form: 'short', locator: '99' }],
      },
      {
        snippet: 'Lee, loc. cit.',
        notes: [book, rivers, 'Lee, loc. cit.'],
        cites: [{ ...bookCited, form: 'short', locator: null }],
      },
      {
        snippet: 'Lee, supra n. 12, 99.',
        notes: [book, rivers, 'Lee, supra n. 12, 99.'],
        cites: [{ ...bookCited, form: 'short', locator: '99' }],
      },
      {
        snippet: 'Hall MS 260, fol. 64v.',
        notes: [
          'Ann Lee, “Letter on Tides” (1617), fol. 28r, Hall MS 260, Shore Record Office.',
          rivers,
          'Hall MS 260, fol. 64v.',
        ],
        // The shelfmark names the work the first note gave as held in it.
        cites: [{ form: 'short', type: 'manuscript', title: 'Letter on Tides', locator: 'fol. 64v' }],
      },
      {
        snippet: '*SRO*, March 3, 1729, 12.',
        notes: [
          '*Shore Record Online* (hereafter *SRO*), May 1701, case of Ann Lee (c17010502-3).',
          rivers,
          '*SRO*, March 3, 1729, 12.',
        ],
        // An issue of the series the first note named: the date is part of the place cited.
        cites: [{ form: 'short', type: 'book', title: 'Shore Record Online', locator: 'March 3, 1729, 12' }],
      },
      {
        snippet: 'The port closed in 1658. Lee, Salt Roads.',
        notes: [book, rivers, 'The port closed in 1658. Lee, Salt Roads.'],
        cites: [{ ...bookCited, form: 'short', locator: null }],
      },
      {
        snippet: 'See the tables in Lee, Chen, and Eze; and Lee and Chen for the dues.',
        notes: [
          'Ann Lee, Bo Chen, and Dara Eze, *Harbour Tables* (Hull: Quay Press, 2001).',
          'Ann Lee and Bo Chen, *Dues of the Port* (Hull: Quay Press, 2003).',
          rivers,
          'See the tables in Lee, Chen, and Eze; and Lee and Chen for the dues.',
        ],
        cites: [
          { form: 'short', type: 'book', authors: ['Lee', 'Chen', 'Eze'], title: 'Harbour Tables', locator: null },
          { form: 'short', type: 'book', authors: ['Lee', 'Chen'], title: 'Dues of the Port', locator: null },
        ],
      },
      { snippet: 'as Lee argued', words: 'prose naming an author, which the row says is no citation' },
      { snippet: 'in', words: 'the word between the names and the title' },
      {
        snippet: 'The trade is explored by Lee in *Salt Roads*, 121–45.',
        notes: [book, rivers, 'The trade is explored by Lee in *Salt Roads*, 121–45.'],
        cites: [{ ...bookCited, form: 'short', locator: '121–45' }],
      },
      {
        snippet: 'Lee, 1998, 25.',
        notes: [journal, 'Ann Lee, *Salt Roads* (Hull: Quay Press, 2004).', 'Lee, 1998, 25.'],
        cites: [{ form: 'short', type: 'article-journal', title: 'Tides', locator: '25' }],
      },
      {
        snippet: 'HDR, point (a) of art 6(1).',
        notes: [
          'Regulation (EU) 2016/12 of the Harbour Board of 3 May 2016 on the levying of dues on salt (Harbour Dues Regulation (HDR)) [2016] OJ L12/1, art 3.',
          rivers,
          'HDR, point (a) of art 6(1).',
        ],
        cites: [{ form: 'short', type: 'legislation', year: 2016, locator: 'point (a) of art 6(1)' }],
      },
      {
        snippet: 'Art. 25 HDR (Dues by design).',
        notes: [
          'Regulation (EU) 2016/12 of the Harbour Board of 3 May 2016 on the levying of dues on salt (Harbour Dues Regulation (HDR)) [2016] OJ L12/1, art 3.',
          rivers,
          'Art. 25 HDR (Dues by design).',
        ],
        cites: [{ form: 'short', type: 'legislation', year: 2016, locator: 'Art. 25' }],
      },
      {
        snippet: 'Article 8 SCHR.',
        notes: ['Article 3, Shore Convention on Harbour Rights.', rivers, 'Article 8 SCHR.'],
        cites: [{ form: 'short', type: 'treaty', title: 'Shore Convention on Harbour Rights', locator: 'Article 8' }],
      },
      {
        snippet: 'Lee, Letter IV (1771), in *Letters*, 69.',
        notes: [
          'All citations are to Ann Lee, *Letters to a Harbourmaster*, ed. Bo Chen (Hull: Quay Press, 1988).',
          rivers,
          'Lee, Letter IV (1771), in *Letters*, 69.',
        ],
        cites: [{ form: 'short', type: 'book', title: 'Letters to a Harbourmaster', locator: '69' }],
      },
      {
        snippet: 'SR 40.',
        notes: [`${book} Henceforth cited as 'SR'.`, rivers, 'SR 40.'],
        cites: [{ ...bookCited, form: 'short', locator: '40' }],
      },
      { snippet: "Henceforth cited as 'SR'.", words: 'the announcement' },
      { snippet: 'hereafter cited as', words: 'the announcement’s other words' },
      ...['§73.', '§74, §76.', 'See §252.'].map(
        (snippet): Example => ({
          snippet,
          notes: [
            `${book} Subsequent citations to *Salt Roads* will simply give the paragraph number.`,
            rivers,
            snippet,
          ],
          cites: [{ ...bookCited, form: 'short', locator: snippet.replace(/^See |\.$/g, '') }],
        }),
      ),
      {
        snippet: 'Subsequent citations to *Salt Roads* will simply give the paragraph number.',
        words: 'the announcement',
      },
      {
        snippet: 'Running Water, *Salt Roads*, 45.',
        notes: [
          'Emma Running Water, *Salt Roads of the Plains* (Hull: Quay Press, 2004), 41.',
          'Running Water, *Salt Roads*, 45.',
        ],
        cites: [
          { form: 'short', type: 'book', authors: ['Running Water'], title: 'Salt Roads of the Plains', locator: '45' },
        ],
      },
      {
        snippet: 'Roux, *Tides*, 4.',
        notes: ['Ann von Roux, *Tides* (Jena: Fell, 1928).', 'Roux, *Tides*, 4.'],
        cites: [{ form: 'short', type: 'book', title: 'Tides', locator: '4' }],
      },
      { snippet: 'idem', words: 'the word for the authors just cited' },
      {
        snippet: 'See Roux, *Salt*; idem, *Tides*, part 3.',
        notes: [
          'Ann von Roux, *Tides* (Jena: Fell, 1928).',
          'Ann von Roux, *Salt* (Jena: Fell, 1930).',
          'See Roux, *Salt*; idem, *Tides*, part 3.',
        ],
        cites: [
          { form: 'short', type: 'book', title: 'Salt', locator: null },
          { form: 'short', type: 'book', title: 'Tides', locator: 'part 3' },
        ],
      },
      {
        snippet: 'Lee, *Harbour Dress*, 33.',
        notes: ['Ann Lee, ed., “Coats,” in *Harbour Dress* (Hull: Quay Press, 2007), 79.', 'Lee, *Harbour Dress*, 33.'],
        cites: [{ form: 'short', type: 'chapter', title: 'Coats', container: 'Harbour Dress', locator: '33' }],
      },
      {
        snippet: 'Lee and Chen, introduction to *Nets of the Coast*, 25.',
        notes: [
          'Ann Lee and Bo Chen, introduction to *Nets of the Coast*, ed. Ann Lee and Bo Chen (Hull: Quay Press, 2019), 22.',
          'Lee and Chen, introduction to *Nets of the Coast*, 25.',
        ],
        cites: [{ form: 'short', type: 'chapter', container: 'Nets of the Coast', locator: '25' }],
      },
      {
        snippet: '… the *Spring Tide* case from Lee (2004), p. 422.',
        notes: [
          'Lee, A. (2004). *Salt Roads*. Hull: Quay Press.',
          'This is a variation on the *Spring Tide* case from Lee (2004), p. 422.',
        ],
        cites: [{ form: 'short', type: 'book', title: 'Salt Roads', locator: '422' }],
      },
      {
        snippet: 'As Lee (2004: 12) says, …',
        notes: ['Lee, A. (2004). *Salt Roads*. Hull: Quay Press.', 'As Lee (2004: 12) says, the tides are late.'],
        cites: [{ form: 'short', type: 'book', title: 'Salt Roads', locator: '12' }],
      },
    ],
  },
  'Ibid.': {
    types: [],
    examples: [
      ibid('Ibid.', null),
      ibid('Idem.', null),
      ibid('Ibid', null),
      ibid('ibid.', null),
      ibid('*Ibid.*', null),
      ibid('Ibid, p.5', '5'),
      ibid('Ibid, p 5', '5'),
      ibid('ibid, art 9', 'art 9'),
      {
        snippet: '; Chen, *Rivers*, 4.',
        notes: [rivers, book, 'Ibid., 30; Chen, *Rivers*, 4.'],
        cites: [
          { form: 'ibid', type: 'book', title: 'Salt Roads: A Coastal History', locator: '30' },
          { form: 'short', type: 'book', title: 'Rivers', locator: '4' },
        ],
      },
      {
        snippet: 'Ibid., 41. Emphasis in original.',
        notes: [book, 'Ibid., 41. Emphasis in original.'],
        cites: [{ form: 'ibid', type: 'book', title: 'Salt Roads: A Coastal History', locator: '41' }],
      },
      {
        snippet: '*Ibid*., p. 41. Emphasis in original.',
        notes: [book, '*Ibid*., p. 41. Emphasis in original.'],
        cites: [{ form: 'ibid', type: 'book', title: 'Salt Roads: A Coastal History', locator: '41' }],
      },
      {
        snippet: '… as she says (*ibid*.).',
        notes: [book, 'Lee, *Salt Roads*, 12. The quays were built late, as she says (*ibid*.).'],
        cites: [
          { form: 'short', type: 'book', title: 'Salt Roads: A Coastal History', locator: '12' },
          { form: 'ibid', type: 'book', title: 'Salt Roads: A Coastal History', locator: null },
        ],
      },
      {
        snippet: 'Ibid., 4, with reference to Chen, *Rivers*.',
        notes: [rivers, book, 'Ibid., 4, with reference to Chen, *Rivers*.'],
        cites: [
          { form: 'ibid', type: 'book', title: 'Salt Roads: A Coastal History', locator: '4' },
          { form: 'short', type: 'book', title: 'Rivers', locator: null },
        ],
      },
      {
        snippet: '…, see Ibid., 13–15 and 35.',
        notes: [book, 'Lee, *Salt Roads*. For the smaller ports of the coast, see Ibid., 13–15 and 35.'],
        cites: [
          { form: 'short', type: 'book', title: 'Salt Roads: A Coastal History', locator: null },
          { form: 'ibid', type: 'book', title: 'Salt Roads: A Coastal History', locator: '13–15 and 35' },
        ],
      },
      ibid('Ebd., S. 7.', '7'),
      { snippet: 'S.', words: 'the German page label of the example before' },
      { snippet: 'p.', words: 'the English page label `S.` is read as' },
      { snippet: 'Vgl.', words: 'the German signal, as `Cf.`' },
      { snippet: 'Cf.', words: 'the signal German `Vgl.` is read as' },
    ],
  },
  'prose around citations': {
    types: ['book'],
    examples: [
      seeBook('See'),
      seeBook('See also:'),
      seeBook('See, for example,'),
      seeBook('Cf.'),
      seeBook('As argued by'),
      seeBook('For a critique, see'),
      seeBook('On “portage,” see'),
      seeBook('On portage see'),
      {
        snippet: 'see the printed edition.',
        notes: [book, 'For the maps of the coast, see the printed edition.'],
        cites: [],
      },
      { snippet: 'See chapter 3.', notes: [book, 'See chapter 3.'], cites: [] },
      { snippet: 'Siehe Kapitel 2.2.', notes: [book, 'Siehe Kapitel 2.2.'], cites: [] },
      { snippet: 'Voir le chapitre 3.', notes: [book, 'Voir le chapitre 3.'], cites: [] },
      {
        snippet: 'See discussion below: “Tides.”',
        notes: [book, 'See discussion below: “Tides.”'],
        cites: [],
      },
      { snippet: 'Siehe „Kaie“ unter C.', notes: [book, 'Siehe „Kaie“ unter C.'], cites: [] },
      {
        snippet: 'Deut 6:4-5; 1 Cor 13:4–7 (NRSV).',
        notes: [book, 'Deut 6:4-5; 1 Cor 13:4–7 (NRSV).'],
        cites: [],
      },
      seeBook('The ledgers are thin: see'),
      {
        snippet: '…; and Chen, *Rivers*',
        notes: [book, rivers, 'Lee, *Salt Roads*, 23; and Chen, *Rivers*, 4.'],
        cites: [
          { form: 'short', title: 'Salt Roads: A Coastal History', locator: '23' },
          { form: 'short', title: 'Rivers', locator: '4' },
        ],
      },
      saltRoadsAgain('See …', 'The ledgers were kept by the harbour’s women. See Lee, *Salt Roads*, 23.', '23'),
      saltRoadsAgain(
        'Lee, *Salt Roads*, 30. Again, …',
        'Lee, *Salt Roads*, 30. Again, the ledgers say little of the smaller ports.',
        '30',
      ),
      {
        snippet: '… Lee and Chen, 12, 19 and 47.',
        notes: [
          'Ann Lee and Bo Chen, *Harbour Ledgers* (Hull: Quay Press, 2004), 4.',
          'Dara Eze, *Quays* (Leeds: Fell Books, 2001), 9.',
          'For another reading of the same ledgers, see Lee and Chen, 12, 19 and 47.',
        ],
        cites: [{ form: 'short', authors: ['Lee', 'Chen'], title: 'Harbour Ledgers', locator: '12, 19 and 47' }],
      },
      { snippet: 'and', words: 'the word that joins two works, cited in the example after it' },
      {
        snippet: 'Lee, *Salt Roads*, 12 and Chen, *Rivers*, 4',
        notes: [book, rivers, 'Lee, *Salt Roads*, 12 and Chen, *Rivers*, 4.'],
        cites: [
          { form: 'short', title: 'Salt Roads: A Coastal History', locator: '12' },
          { form: 'short', title: 'Rivers', locator: '4' },
        ],
      },
      {
        snippet: 'Ann Lee, *Tides* (Hull, 2004), Bo Chen, *Rivers* (York, 2001).',
        cites: [
          { form: 'full', type: 'book', authors: ['Lee'], title: 'Tides', year: 2004 },
          { form: 'full', type: 'book', authors: ['Chen'], title: 'Rivers', year: 2001 },
        ],
      },
      {
        snippet: '…, 23 (“The port was shut.”).',
        notes: [`Ann Lee, *Salt Roads: A Coastal History* (Hull: Quay Press, 2004), 23 (“The port was shut.”).`],
        cites: [{ ...bookCited, year: 2004, locator: '23' }],
      },
      saltRoadsAgain(
        '… as can be traced in Lee, *Salt Roads*, 66.',
        'The decline of the port, as can be traced in Lee, *Salt Roads*, 66.',
        '66',
      ),
      {
        snippet: 'A revised version is hosted on *Shore Notes*, <https://…>.',
        notes: [book, 'A revised version is hosted on *Shore Notes*, <https://example.org/shore-notes/tides>.'],
        cites: [{ form: 'full', type: 'webpage' }],
      },
      {
        snippet: '“The port was shut for most of the year.” Ann Lee, …',
        notes: [rivers, `“The port was shut for most of the year.” ${book}`],
        cites: [{ ...bookCited, locator: '23' }],
      },
      saltRoadsAgain(
        'Lee, *Salt Roads*, 190—repeating …',
        'Lee, *Salt Roads*, 190—repeating the harbour master’s own words.',
        '190',
      ),
      {
        snippet: '…, quoted in Chen, *Rivers*, 9.',
        notes: [rivers, `${book.replace(/\.$/, '')}, quoted in Chen, *Rivers*, 9.`],
        cites: [
          { ...bookCited, locator: '23' },
          { form: 'short', title: 'Rivers', locator: '9' },
        ],
      },
      {
        snippet: '… 4. Quoted in Chen, 9.',
        notes: [rivers, `${book.replace(/23\.$/, '4.')} Quoted in Chen, 9.`],
        cites: [
          { ...bookCited, locator: '4' },
          { form: 'short', title: 'Rivers', locator: '9' },
        ],
      },
      {
        snippet: '(hereafter cited as *SR*)',
        notes: [`${book.replace(/\.$/, '')} (hereafter cited as *SR*).`, rivers, '*SR*, 4.'],
        cites: [{ form: 'short', title: 'Salt Roads: A Coastal History', locator: '4' }],
      },
      {
        snippet: '; hereafter *SR*',
        notes: [`${book.replace(/\.$/, '')}; hereafter *SR*.`, rivers, '*SR*, 4.'],
        cites: [{ form: 'short', title: 'Salt Roads: A Coastal History', locator: '4' }],
      },
      { snippet: '*SR*, 4.', words: 'cited in the two examples before it' },
      {
        snippet: '… the same ports. Lee, A. (2004). Salt roads of the coast. Hull: Quay Press. The …',
        notes: [
          'The ledgers of the smaller harbours were kept in the same way in the same ports. Lee, A. (2004). Salt roads of the coast. Hull: Quay Press. The entries stop in the year of the flood.',
        ],
        cites: [{ form: 'full', type: 'book', authors: ['Lee'], title: 'Salt roads of the coast', year: 2004 }],
      },
      {
        snippet: '… Ann B. Lee, Salt and the Law, 31 Shore L. Rev. 183 (1997). The …',
        notes: [
          'The dues were challenged in the courts more than once before the reform. Ann B. Lee, Salt and the Law, 31 Shore L. Rev. 183 (1997). The challenges rarely succeeded in the end.',
        ],
        cites: [{ form: 'full', type: 'article-journal', authors: ['Lee'], title: 'Salt and the Law', year: 1997 }],
      },
      {
        snippet: "…, <https://…>, or the harbour board's own scanned tables, <https://…>.",
        notes: [
          "Ann Lee, *Tide Tables* (Hull: Quay Press, 2012), <https://example.org/tides>, or the harbour board's own scanned tables, <https://example.org/board>.",
        ],
        cites: [
          { form: 'full', type: 'book', authors: ['Lee'], title: 'Tide Tables' },
          { form: 'full', type: 'webpage' },
        ],
      },
      {
        snippet: '…, 4–5 *passim* for the bridge tolls.',
        notes: [
          'Ann Lee, *Salt Roads: A Coastal History* (Hull: Quay Press, 2004), 4–5 *passim* for the bridge tolls.',
        ],
        cites: [{ ...bookCited, year: 2004, locator: '4–5 passim' }],
      },
      { snippet: 'in', words: 'the word between a quotation and its source, cited in the example after it' },
      saltRoadsAgain(
        '“the port was shut for the whole of the year” in Lee, *Salt Roads*, 23.',
        '“the port was shut for the whole of the year” in Lee, *Salt Roads*, 23.',
        '23',
      ),
      {
        snippet: 'Thanks to Bo Chen for the maps; e-mail to the author, 4 May 2010.',
        notes: [book, 'Thanks to Bo Chen for the maps; e-mail to the author, 4 May 2010.'],
        cites: [],
      },
      {
        snippet: '*Shore Lamp*, May 4, 1882, 3; and June 3, 1883, 5.',
        cites: [
          { form: 'full', type: 'article-newspaper', container: 'Shore Lamp', year: 1882, locator: '3' },
          { form: 'short', type: 'article-newspaper', locator: 'June 3, 1883, 5' },
        ],
      },
      {
        snippet: '…; 10, no. 1 (1997).',
        notes: ['Ann Lee, “Tides,” *Journal of Shores* 8, no. 2 (1995); 10, no. 1 (1997).'],
        cites: [{ form: 'full', type: 'article-journal', authors: ['Lee'], title: 'Tides', year: 1995 }],
      },
      {
        snippet: "… see Ann Lee's Tidal Ledgers of the Coast (Hull: 1702), which …",
        notes: [
          "For an early example of such ledgers see Ann Lee's Tidal Ledgers of the Coast (Hull: 1702), which prints them whole.",
        ],
        cites: [{ form: 'full', type: 'book', authors: ['Lee'], title: 'Tidal Ledgers of the Coast', year: 1702 }],
      },
      {
        snippet: '… as held in Lee v. Chen, 156 F.3d 851 (1998), the …',
        notes: ['The tolls were upheld, as held in Lee v. Chen, 156 F.3d 851 (1998), the first case on the dues.'],
        cites: [{ form: 'full', type: 'legal_case', title: 'Lee v. Chen', year: 1998, locator: null }],
      },
      {
        snippet: '… printed later in Ann Lee, “Tides,” Journal of Shores 37 (1976): 611-29, with …',
        notes: [
          'The same tables were printed later in Ann Lee, “Tides,” Journal of Shores 37 (1976): 611-29, with a map.',
        ],
        cites: [
          {
            form: 'full',
            type: 'article-journal',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Journal of Shores',
            year: 1976,
          },
        ],
      },
      {
        snippet:
          '… every car in the city (see Ann Lee, ‘Tides’, *Shore Notes*, 4 May 2011, https://example.org/tides; Bo Chen, ‘Rivers’, *Quay News*, 5 May 2011, https://example.org/rivers) and …',
        notes: [
          'The company tracks every car in the city (see Ann Lee, ‘Tides’, *Shore Notes*, 4 May 2011, https://example.org/tides; Bo Chen, ‘Rivers’, *Quay News*, 5 May 2011, https://example.org/rivers) and says so.',
        ],
        cites: [
          {
            form: 'full',
            type: 'article-newspaper',
            authors: ['Lee'],
            title: 'Tides',
            container: 'Shore Notes',
            year: 2011,
          },
          {
            form: 'full',
            type: 'article-newspaper',
            authors: ['Chen'],
            title: 'Rivers',
            container: 'Quay News',
            year: 2011,
          },
        ],
      },
      {
        snippet: 'As Lee notes, the quays were shut (*Salt Roads*, 42).',
        notes: [book, 'As Lee notes, the quays were shut (*Salt Roads*, 42).'],
        cites: [{ ...bookCited, form: 'short', locator: '42' }],
      },
      {
        snippet: 'Lee, ‘Tides’. The map is lost.',
        notes: [journal, 'Lee, ‘Tides’. The map is lost.'],
        cites: [{ form: 'short', type: 'article-journal', title: 'Tides', locator: null }],
      },
      {
        snippet: '… in 1797. All citations are to Ann Lee, …',
        notes: [`The letters were collected in 1797. All citations are to ${book}`],
        cites: [bookCited],
      },
      {
        snippet: 'Ann Lee provides a framework. *Salt Roads* (Hull: Quay Press, 2019), 28.',
        cites: [{ form: 'full', type: 'book', authors: ['Lee'], title: 'Salt Roads', year: 2019, locator: '28' }],
      },
      {
        snippet: 'Lee lists the havens. *Salt Roads*, 317.',
        notes: [book, rivers, 'Lee lists the havens. *Salt Roads*, 317.'],
        cites: [{ ...bookCited, form: 'short', locator: '317' }],
      },
      { snippet: 'idem', words: 'the word for the names just given' },
      {
        snippet: '…; idem, *Tides* (Hull: Quay Press, 1967), 11.',
        notes: [`${rivers.slice(0, -1)}; idem, *Tides* (Hull: Quay Press, 1967), 11.`],
        cites: [
          { form: 'full', type: 'book', authors: ['Chen'], title: 'Rivers' },
          { form: 'full', type: 'book', authors: ['Chen'], title: 'Tides', locator: '11' },
        ],
      },
      {
        snippet: '… 41. Printed lists include *The Harbour Studio* (Hull: Shore Museum, 1931), 15–29.',
        notes: [
          'Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 41. Printed lists include *The Harbour Studio* (Hull: Shore Museum, 1931), 15–29.',
        ],
        cites: [
          { form: 'full', type: 'book', authors: ['Lee'], title: 'Salt Roads', locator: '41' },
          { form: 'full', type: 'book', authors: [], title: 'The Harbour Studio', year: 1931, locator: '15–29' },
        ],
      },
      {
        snippet: 'She cut a woodblock print called *Quay at Dusk* (1935).',
        words: 'a work the sentence is about, not a citation',
      },
      {
        snippet:
          'The song was printed again as "The Keeper\'s Air" in Ann Lee, *Harbour Songs* (Hull: Quay Press, 1907), 12.',
        cites: [
          {
            form: 'full',
            type: 'chapter',
            authors: ['Lee'],
            title: "The Keeper's Air",
            container: 'Harbour Songs',
            year: 1907,
            locator: '12',
          },
        ],
      },
      {
        snippet: '… (2019): 31–52. [A draft is also online.](https://example.org/item/31/)',
        notes: [
          'Bo Chen, “Rivers,” *Journal of Shores* 12, no. 3 (2019): 31–52. [A draft is also online.](https://example.org/item/31/)',
        ],
        cites: [
          { form: 'full', type: 'article-journal', authors: ['Chen'], title: 'Rivers', year: 2019 },
          { form: 'full', type: 'webpage', authors: [] },
        ],
      },
      {
        snippet: 'Also quoted in the *Harbour Lamp* (Hull, MA), 4 May 1851.',
        cites: [{ form: 'full', type: 'article-newspaper', container: 'Harbour Lamp', year: 1851 }],
      },
      {
        snippet: 'Ann Lee quoted in Bo Chen, *Rivers* (Hull: Quay Press, 1959), 12.',
        cites: [{ form: 'full', type: 'book', authors: ['Chen'], title: 'Rivers', year: 1959, locator: '12' }],
      },
      {
        snippet: 'Read the [issue on printing](https://example.org/tides/issues/12) for the details.',
        cites: [{ form: 'full', type: 'webpage', authors: [] }],
      },
      {
        snippet: 'More designs can be found in her book *Folded Tides*.',
        notes: [
          'Ann Lee, *Folded Tides: Shapes in Paper* (Hull: Quay Press, 1990), 12.',
          'More designs can be found in her book *Folded Tides*.',
        ],
        cites: [{ form: 'short', type: 'book', authors: ['Lee'], locator: null }],
      },
      {
        snippet:
          'Ann Lee, *The Harbour Mission* (Hull: Quay Press, 1849), 12, citing Bo Chen, *Journal of a Voyage* (York: Fell, 1823), 45.',
        cites: [
          { form: 'full', type: 'book', authors: ['Lee'], title: 'The Harbour Mission', locator: '12' },
          { form: 'full', type: 'book', authors: ['Chen'], title: 'Journal of a Voyage', locator: '45' },
        ],
      },
      {
        snippet:
          'This exercise is inspired by Mia Carr\'s article on "Using Tide Tables," *Medium*, <https://medium.example.org/tides>.',
        cites: [{ form: 'full', type: 'webpage', authors: ['Carr'], title: 'Using Tide Tables', container: 'Medium' }],
      },
      {
        snippet: 'Ann Mill (1987) cited in Stone, *Harbours in Transition*, 11.',
        notes: [
          'Bo Stone, *Harbours in Transition* (New York, 2006), 10.',
          'Ann Mill, *Quays and Tides* (Hull, 1987), 5.',
          'Ann Mill (1987) cited in Stone, *Harbours in Transition*, 11.',
        ],
        cites: [
          { form: 'short', authors: ['Mill'], title: 'Quays and Tides', locator: null },
          { form: 'short', authors: ['Stone'], title: 'Harbours in Transition', locator: '11' },
        ],
      },
    ],
  },
  "the chapter's bibliography": {
    types: ['book'],
    examples: [
      underHeading('Bibliography'),
      underHeading('Works Cited'),
      underHeading('Sources'),
      underHeading('References'),
      {
        ...underHeading('Bibliography', bibliographyEntry),
        notes: ['Lee and Chen, *Salt Roads*, 23.', 'Ibid., 25.'],
        cites: [{ form: 'ibid', type: 'book', authors: ['Lee', 'Chen'], title: 'Salt Roads', locator: '25' }],
      },
      underHeading('Bibliography', 'Lee and Chen, *Salt Roads*, 23.'),
      { snippet: 'Lee 2004', words: 'the definition list’s term, the entry’s key' },
      {
        snippet: ': Lee, A. 2004. *Salt Roads*. Hull: Quay Press.',
        notes: ['Lee 2004, 23.'],
        bibliography: `## Bibliography\n\n${authorDateList}`,
        cites: [{ form: 'short', type: 'book', authors: ['Lee'], title: 'Salt Roads', year: 2004, locator: '23' }],
      },
      {
        snippet: 'On the harbour: Lee 2004, 23, fig. 4; and 2006, 9.',
        bibliography: `## Bibliography\n\n${authorDateList}`,
        cites: [
          { form: 'short', type: 'book', title: 'Salt Roads', year: 2004, locator: '23, fig. 4' },
          { form: 'short', type: 'book', title: 'Quays', year: 2006, locator: '9' },
        ],
      },
    ],
  },
};

/** The README's table: each row's form name and the backticked examples of its example column. */
function readmeTable(): Array<{ form: string; snippets: string[] }> {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(readmePath, 'utf8')) as Root;
  const heading = tree.children.findIndex(
    (node) => node.type === 'heading' && toString(node) === 'Citation forms Folio reads',
  );
  const table = tree.children.slice(heading).find((node): node is Table => node.type === 'table');
  if (heading < 0 || !table) throw new Error('Unexpected README, expected a table under “Citation forms Folio reads”');
  return table.children.slice(1).map(({ children: [form, example] }) => ({
    form: toString(form),
    snippets: (example?.children ?? []).flatMap((node) => (node.type === 'inlineCode' ? [node.value] : [])),
  }));
}

/** Cites the notes as one chapter (with its bibliography) and gives the last note's citations. */
function citeLast(example: Example): ResolvedCitation[] {
  const notes = example.notes ?? [example.snippet];
  const markdown = [
    '# Tides',
    '',
    notes.map((_, index) => `Text.[^${index + 1}]`).join(' '),
    '',
    ...(example.bibliography ? [example.bibliography, ''] : []),
    ...notes.map((text, index) => `[^${index + 1}]: ${text}`),
    '',
  ].join('\n');
  // (Read as the reader reads a manuscript's Markdown, its clean normalisers run.)
  const tree = parseMarkdown(new VFile(markdown));
  const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition');
  const resolution = resolveNotes(
    definitions.map((definition) => ({ note: noteText(definition), owner: 0 })),
    bibliographyEntries(tree).map((entry) => ({ entry, owner: 0 })),
  );
  return resolution.notes.at(-1)?.citations ?? [];
}

const familyName = (name: CslName) => name.family ?? name.literal ?? '';

/** The form, the type (unless asked not to) and the other fields the expectation names, of a citation. */
function fields(citation: ResolvedCitation, expected: Cited, withType: boolean): Cited {
  const item: Partial<WorkFields> = citation.work?.item ?? {};
  const names = (item.author ?? item.editor ?? []) as CslName[];
  const issued = item.issued as { 'date-parts'?: number[][] } | undefined;
  const all: Cited = {
    form: citation.form,
    type: item.type,
    authors: names.map(familyName),
    title: item.title as string | undefined,
    container: item['container-title'] as string | undefined,
    year: issued?.['date-parts']?.[0]?.[0] ?? null,
    locator: citation.locator,
  };
  const keys = new Set(['form', ...(withType ? ['type'] : []), ...Object.keys(expected)]);
  return Object.fromEntries([...keys].map((key) => [key, all[key as keyof Cited]])) as unknown as Cited;
}

const table = readmeTable();

describe('the README’s citation forms', () => {
  it('has an expectation here for every row and every example, in order', () => {
    for (const { form, snippets } of table) {
      const row = rows[form];
      if (!row) throw new Error(`Unexpected row ${form}, expected an expectation in the test`);
      expect(
        row.examples.map((example) => example.snippet),
        form,
      ).toEqual(snippets);
    }
    expect(Object.keys(rows)).toEqual(table.map((row) => row.form));
  });

  for (const { form } of table) {
    const row = rows[form];
    if (!row) continue;
    describe(form, () => {
      for (const example of row.examples) {
        if (example.words) continue;
        it(`reads ${example.snippet}${example.gap ? ` (gap: ${example.gap})` : ''}`, () => {
          // The example is in the chapter: an ellipsis stands for a citation or the author's sentences.
          const chapter = [...(example.notes ?? [example.snippet]), example.bibliography ?? ''].join('\n');
          const parts = example.snippet.split('…').map((part) => part.trim());
          expect(parts.filter(Boolean).every((part) => chapter.includes(part))).toBe(true);
          const got = citeLast(example).map((citation, index) =>
            fields(citation, example.cites?.[index] ?? { form: citation.form, title: '' }, !example.gap),
          );
          // A citation whose example names no type may have any of its row's types (a gap's is not compared).
          const expected = (example.cites ?? []).map((cited, index) => {
            if (cited.type || example.gap) return cited;
            const type = got[index]?.type ?? '';
            return { ...cited, type: row.types.includes(type) ? type : row.types.join(' or ') };
          });
          expect(got).toEqual(expected);
        });
      }
    });
  }
});
