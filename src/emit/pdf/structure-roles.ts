/**
 * Chromium tags `<em>` and `<strong>` as `Em` and `Strong`, structure types PDF 2.0 added, in a
 * PDF 1.4 file: a reader of PDF 1.7's types takes them for errors (poppler: "StructElem object is
 * wrong type (Em)") and PDF/UA-1 wants every type it does not define mapped to one it does in the
 * RoleMap. PDF 2.0's new types, each with the PDF 1.7 type a 1.7 reader should take it for.
 */
export const pdf17Roles: Readonly<Record<string, string>> = {
  Em: 'Span',
  Strong: 'Span',
  Sub: 'Span',
  Title: 'H',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Part',
};
