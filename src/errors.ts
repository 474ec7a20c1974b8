/** An error in the user's input or environment: reported as one line, exit code 2, no stack. */
export class FolioError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message);
    this.name = 'FolioError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** `file:line:column: message`, the form editors and CI annotations understand. */
  format(): string {
    const place = [this.file, this.line, this.line === undefined ? undefined : (this.column ?? 1)]
      .filter((part) => part !== undefined)
      .join(':');
    return place ? `${place}: ${this.message}` : this.message;
  }
}
