/**
 * The command contract: exit 0 on success, 1 on user error (one line on stderr saying what was
 * wrong and how to fix it), 2 on internal error.
 */
import { ZodError } from 'zod';
import { AppError } from '../core/errors.js';

export class UsageError extends Error {}

export function exitCodeFor(error: unknown): 1 | 2 {
  return error instanceof AppError || error instanceof UsageError || error instanceof ZodError ? 1 : 2;
}

export function oneLineMessage(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'error';
  return String(error);
}

/** Runs a command body and turns its failure into the contract's exit code and message. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const code = exitCodeFor(error);
    process.stderr.write(`upr-advocate: ${oneLineMessage(error)}\n`);
    if (code === 2 && process.env.UPR_DEBUG) console.error(error);
    process.exit(code);
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
