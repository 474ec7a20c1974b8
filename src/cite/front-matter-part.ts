/**
 * `Ann Lee, "Preface," The Quay Mercury (1650).`: a book's front or back matter (preface, introduction, foreword,
 * dedication, epilogue, afterword) named in quotes, then the book without italics and its date: a part of that
 * book, as if the citation had written `in` before it (book-after-in.ts reads the rest).
 */
const FRONT_MATTER_THEN_BOOK =
  /^(.*?[“"](?:Preface|Introduction|Foreword|Dedication|Dedicatory|Epistle Dedicatory|Epilogue|Afterword|Prologue)[,.]?[”"],?\s+)(?=\p{Lu}[^“"(]*?\s*\((?:[^()]*:\s*)?[^()]*\b(?:1[5-9]|20)\d\d\))/u;

export function markFrontMatterPart(text: string): string {
  const part = FRONT_MATTER_THEN_BOOK.exec(text);
  return part ? `${part[1]}in ${text.slice(part[1].length)}` : text;
}
