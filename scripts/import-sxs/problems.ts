/** A problem in the input, located at a line of the file being imported. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** Thrown when the input cannot be imported; carries every problem found, each with its line. */
export class SxsImportError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SxsImportError';
    this.problems = problems;
  }
}

export function formatProblem({file, line, message}: Problem): string {
  return `${file}:${line}: ${message}`;
}

/** Collects problems while parsing, so one run reports all of them. */
export class Problems {
  readonly list: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(readonly file: string) {}

  add(line: number, message: string): void {
    this.list.push({file: this.file, line, message});
  }

  warn(line: number, message: string): void {
    this.warnings.push({file: this.file, line, message});
  }

  throwIfAny(): void {
    if (this.list.length > 0) {
      throw new SxsImportError(this.list);
    }
  }
}
